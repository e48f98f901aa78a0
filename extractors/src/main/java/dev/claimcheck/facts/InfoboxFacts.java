package dev.claimcheck.facts;

import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.TemporalExpression;
import java.util.List;

/**
 * The fact an infobox line states: the relation its label names ({@link Relations#ofLabel}),
 * of the document's own subject (an infobox describes what its page is about), with the first
 * date its value gives. A line whose label names no relation, or whose value has no date to
 * compare, states none. Thread-safe.
 */
public final class InfoboxFacts {
  /** How the subject of an infobox line is reached, as {@code conflicts.jsonl} shows it. */
  public static final String MATCH = "infobox of the document subject";

  private InfoboxFacts() {}

  /** The facts of {@code claim}, an infobox line of the document read from {@code source}. */
  public static List<Fact> of(Claim claim, String source, DocumentSubjects subjects) {
    if (!claim.flags().contains(Flag.INFOBOX) || subjects.documentSubject() == null) {
      return List.of();
    }
    String text = claim.text();
    int cut = labelEnd(text);
    if (cut <= 0) {
      return List.of();
    }
    String relation = Relations.ofLabel(text.substring(0, cut));
    if (relation == null) {
      return List.of();
    }
    for (TemporalExpression date : claim.dates()) {
      if (date.span().start() - claim.span().start() >= cut && DateValues.comparable(date.value())) {
        return List.of(new Fact(claim.id(), claim.documentId(), subjects.title(), subjects.documentSubject().key(),
            MATCH, relation, date.value(), date.text(), "APPROX".equals(date.modifier()), source,
            claim.status() == null ? null : claim.status().name(), text, TimelineBucket.of(claim), Fact.Kind.DATE));
      }
    }
    return List.of();
  }

  /**
   * Where the line's label ends: at its colon or tab ("Founded: 1984"), else before its first
   * digit ("Founded 12 May 1984"); -1 when it has none.
   */
  public static int labelEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':' || c == '\t') {
        return i;
      }
      if (Character.isDigit(c)) {
        return i;
      }
    }
    return -1;
  }
}
