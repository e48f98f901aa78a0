package dev.claimcheck.model;

import java.util.Locale;

/** What a temporal expression's value rests on, or what is wrong with it. */
public enum DateFlag {
  /** Resolved against the document date or an earlier date ("40 years ago", "now"): goes stale. */
  RELATIVE_DATE,
  /** "As of 2020": true at that date, so it goes stale like a relative one. */
  AS_OF,
  /** Part of the value (the year of "October 26") was taken from the context. */
  INFERRED,
  /** A numeric date whose day and month could be read either way; both readings are kept. */
  AMBIGUOUS_ORDER,
  /** A two-digit year, widened by the stated rule. */
  TWO_DIGIT_YEAR,
  /** Written like a date but no such day exists ("February 30"); the value is left null. */
  IMPOSSIBLE_DATE,
  /** More than ten years after the document date (or after 2100 with none). */
  FUTURE_YEAR,
  /** A year naming an event ("the 2008 crisis"), not when the sentence's action happened. */
  EVENT_REFERENCE,
  /** The first end of a range or interval ("1984" in "1984–1989"). */
  RANGE_BEGIN,
  /** The last end of a range or interval. */
  RANGE_END,
  /** The date the claim's main verb refers to. */
  PRIMARY;

  /** The name used in outputs, such as {@code relative_date}. */
  public String outputName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
