package dev.claimcheck.facts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the facts of one subject and relation disagree: their values are put in sides of
 * values that agree ({@link Fact#agrees}); more than one side is a conflict. Thread-safe.
 */
public final class Conflicts {
  /**
   * One value of a conflict and the facts that state it (or a value that agrees with it).
   *
   * @param value the side's value, the first (in value order) of its facts
   * @param facts the facts, by document and claim
   */
  public record Side(String value, List<Fact> facts) implements Serializable {
    public Side {
      facts = List.copyOf(facts);
    }
  }

  /**
   * Facts of one subject and relation that disagree.
   *
   * @param subjectKey the subject's key
   * @param relation the relation
   * @param sides the values, by value
   */
  public record Conflict(String subjectKey, String relation, List<Side> sides) implements Serializable {
    public Conflict {
      sides = List.copyOf(sides);
    }
  }

  private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::value)
      .thenComparing(Fact::documentId).thenComparing(Fact::claimId);

  private Conflicts() {}

  /** The conflict among {@code facts} (all of one subject and relation), or null when they agree. */
  public static Conflict find(List<Fact> facts) {
    if (facts.size() < 2) {
      return null;
    }
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(ORDER);
    List<List<Fact>> sides = new ArrayList<>();
    for (Fact f : sorted) {
      List<Fact> home = null;
      for (List<Fact> side : sides) {
        if (side.stream().allMatch(o -> o.agrees(f))) {
          home = side;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        sides.add(home);
      }
      home.add(f);
    }
    if (sides.size() < 2) {
      return null;
    }
    List<Side> out = new ArrayList<>();
    for (List<Fact> side : sides) {
      side.sort(Comparator.comparing(Fact::documentId).thenComparing(Fact::claimId));
      out.add(new Side(side.stream().map(Fact::value).min(Comparator.naturalOrder()).orElseThrow(), side));
    }
    Fact first = sorted.get(0);
    return new Conflict(first.subjectKey(), first.relation(), out);
  }
}
