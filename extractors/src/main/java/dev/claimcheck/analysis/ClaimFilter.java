package dev.claimcheck.analysis;

import dev.claimcheck.model.BlockKind;
import dev.claimcheck.text.Prose;

/**
 * Decides whether a sentence is a claim: a declarative statement, not a question, a lead-in to
 * a list ("CECC serves as:"), a label or a list fragment. Thread-safe.
 */
final class ClaimFilter {
  private static final int MIN_WORDS = 4;
  /** Prose this long counts as a statement even without a final full stop. */
  private static final int UNPUNCTUATED_MIN_WORDS = 8;

  private ClaimFilter() {}

  /** Whether {@code sentence} (markers removed, white space folded) from a block of {@code kind} is a claim. */
  static boolean isClaim(String sentence, BlockKind kind) {
    if (Prose.words(sentence) < MIN_WORDS) {
      return false;
    }
    String end = sentence.replaceAll("[\"'”’»)\\]\\s]+$", "");
    if (end.endsWith("?") || end.endsWith("？") || end.endsWith(":")) {
      return false;
    }
    if (Prose.endsSentence(sentence)) {
      return true;
    }
    return kind == BlockKind.PARAGRAPH && Prose.words(sentence) >= UNPUNCTUATED_MIN_WORDS;
  }
}
