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

  /**
   * The conflict among {@code facts} (all of one subject and relation), or null when they agree.
   * Facts that give the same value are compared once: a group of thousands of facts that repeat
   * a few values costs a few comparisons, not a comparison per pair.
   */
  public static Conflict find(List<Fact> facts) {
    if (facts.size() < 2) {
      return null;
    }
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(ORDER);
    // The distinct values, in the order their first fact stands, each with its facts.
    java.util.Map<String, List<Fact>> byValue = new java.util.LinkedHashMap<>();
    for (Fact f : sorted) {
      byValue.computeIfAbsent(f.value() + (f.approximate() ? "~" : "=") + f.kind(),
          k -> new ArrayList<>()).add(f);
    }
    if (byValue.size() < 2) {
      return null;
    }
    List<List<Fact>> sides = new ArrayList<>();
    List<List<Fact>> representatives = new ArrayList<>();
    for (List<Fact> same : byValue.values()) {
      Fact f = same.get(0);
      int home = -1;
      for (int i = 0; i < sides.size() && home < 0; i++) {
        if (representatives.get(i).stream().allMatch(o -> o.agrees(f))) {
          home = i;
        }
      }
      if (home < 0) {
        sides.add(new ArrayList<>());
        representatives.add(new ArrayList<>());
        home = sides.size() - 1;
      }
      sides.get(home).addAll(same);
      representatives.get(home).add(f);
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
