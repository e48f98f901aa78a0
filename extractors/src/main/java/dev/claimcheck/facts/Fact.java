package dev.claimcheck.facts;

import java.io.Serializable;

/**
 * One fact a claim states.
 *
 * @param claimId the claim stating it
 * @param documentId the claim's document
 * @param subject the subject as the claim names it ("he", "the centre", "CICEC")
 * @param subjectKey the key the subject resolves to, shared across documents
 * @param subjectMatch how the key was reached: {@code name}, {@code alias}, {@code surname},
 *     {@code document subject}
 * @param relation what is stated of the subject ({@code founded}, {@code born} …)
 * @param value the value, normalized: a TIMEX3 date ({@code 1984}, {@code 1984-05}, {@code 198X}), a
 *     count in plain digits ({@code 80000}) or a name's key ({@code jane smith})
 * @param valueText the value as the claim writes it
 * @param approximate whether the claim gives the value as approximate ("about 1984")
 * @param source the claim's document's input
 * @param status the claim's status as judged before facts were compared, or null
 * @param sentence the claim's text
 * @param timelineBucket where the claim stands on the timeline ({@code TimelineBucket}), or null
 * @param kind what the value is: a date, a count or a name
 */
public record Fact(String claimId, String documentId, String subject, String subjectKey, String subjectMatch,
    String relation, String value, String valueText, boolean approximate, String source, String status,
    String sentence, String timelineBucket, Kind kind) implements Serializable {

  /** What a fact's value is. */
  public enum Kind {
    /** A date ({@link EventFacts}, {@link InfoboxFacts}). */
    DATE,
    /** A count ({@link QuantityFacts}). */
    COUNT,
    /** A name ({@link RoleFacts}). */
    NAME
  }

  /** Whether this fact's value and {@code other}'s can be the same, each within its precision. */
  public boolean agrees(Fact other) {
    if (kind != other.kind) {
      return true; // values of different kinds say nothing of each other
    }
    return switch (kind) {
      case DATE -> DateValues.agree(value, approximate, other.value, other.approximate);
      case COUNT -> QuantityValues.agree(value, approximate, other.value, other.approximate);
      case NAME -> NameValues.agree(value, other.value);
    };
  }

  /** The same fact of another subject key, reached as {@code match} says. */
  public Fact withSubject(String key, String match) {
    return new Fact(claimId, documentId, subject, key, match, relation, value, valueText, approximate, source, status,
        sentence, timelineBucket, kind);
  }

  /** What the fact says, for reasons: "founded 1986", "passengers in 2019: 95,000", "founder: Jane Smith". */
  public String says() {
    return kind == Kind.DATE ? relation + " " + valueText : relation + ": " + valueText;
  }

  /** The key facts are grouped by: the subject's key and the relation. */
  public String groupKey() {
    return subjectKey + '\u0000' + relation;
  }
}
