package dev.claimcheck.model;

import java.util.Locale;

/** Flags a claim can carry besides its status. Output names are the lower-case enum names. */
public enum Flag {
  /** Cited only by the citation at the end of its paragraph. */
  PARAGRAPH_CITATION,
  /** An editor tagged it "citation needed". */
  CITATION_NEEDED,
  /** An editor tagged it "better source needed". */
  BETTER_SOURCE_NEEDED,
  /** It quotes someone. */
  QUOTE,
  /** It is hedged ("is considered", "reportedly", "so-called"). */
  HEDGED,
  /** It carries a relative date ("40 years ago") that goes stale. */
  RELATIVE_DATE,
  /** It is attributed to its own subject. */
  SELF_SOURCED,
  /** It is a fact from an infobox, emitted by readers of structured pages. */
  INFOBOX,
  /** The sentence was longer than a sentence can be and only its start was kept. */
  TRUNCATED;

  /** The name used in outputs, such as {@code paragraph_citation}. */
  public String outputName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
