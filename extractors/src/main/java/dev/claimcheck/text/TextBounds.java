package dev.claimcheck.text;

/**
 * The longest stretches of text analysis works on. Every step after reading is linear in its
 * input or works on pieces no longer than these, so one block or sentence, however long or
 * hostile, costs a bounded amount of time; what lies past a bound is cut and the cut said.
 */
public final class TextBounds {
  /** Characters of one block (paragraph, list item, entry) that are analyzed. */
  public static final int MAX_BLOCK_CHARS = 20_000;
  /** Characters of one sentence kept as a claim's text. */
  public static final int MAX_SENTENCE_CHARS = 2_000;
  /** Characters of one reference entry that are parsed into fields. */
  public static final int MAX_ENTRY_CHARS = 2_000;

  private TextBounds() {}
}
