package dev.claimcheck.dates;

import java.util.regex.Pattern;

/**
 * The tense a sentence is told in, as far as its words show it: what decides whether a month
 * named without a year, against the document date, is the last one or the next one.
 */
enum Tense {
  PAST, PRESENT, FUTURE;

  private static final Pattern FUTURE_WORDS = Pattern.compile(
      "\\b(?:will|shall|'ll|is to|are to|going to|scheduled|expected to|plans? to|due to|set to"
          + "|next)\\b");
  private static final Pattern PAST_WORDS = Pattern.compile(
      "\\b(?:was|were|had|did|said|went|came|began|became|made|took|rose|fell|grew|saw|met|won"
          + "|lost|held|paid|sold|told|found|brought|built|\\p{L}{3,}ed)\\b");

  /** The tense of a sentence, given in lower case. */
  static Tense of(String lowerSentence) {
    if (FUTURE_WORDS.matcher(lowerSentence).find()) {
      return FUTURE;
    }
    return PAST_WORDS.matcher(lowerSentence).find() ? PAST : PRESENT;
  }

  /**
   * The year of a month named without one, told in this tense, against the document's year and
   * month: in the past, the last such month on or before the document date; in the future,
   * the next on or after it; in the present, the document's year.
   */
  int year(int documentYear, int month, int documentMonth) {
    if (this == PAST && month > documentMonth) {
      return documentYear - 1;
    }
    if (this == FUTURE && month < documentMonth) {
      return documentYear + 1;
    }
    return documentYear;
  }
}
