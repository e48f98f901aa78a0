package dev.claimcheck.analysis;

import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.text.Prose;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence is a claim: a declarative statement (or a dated infobox line), not a question, a lead-in to
 * a list ("CECC serves as:"), a label or a list fragment. Thread-safe.
 */
final class ClaimFilter {
  private static final int MIN_WORDS = 4;
  /** Prose this long counts as a statement even without a final full stop. */
  private static final int UNPUNCTUATED_MIN_WORDS = 8;

  /** A calendar date's value: a year, a month or a day ({@code 1984}, {@code 1984-05}, {@code 1984-05-02}). */
  private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private ClaimFilter() {}

  /**
   * Whether an infobox line is a claim: its value holds a calendar date ("Founded: 1984",
   * "Born: 12 May 1950"). Other lines are names and labels ("Operator: Orrin Lake Transport"),
   * facts the page states about its subject with nothing in time to check.
   */
  static boolean isInfoboxClaim(List<TemporalExpression> dates) {
    return dates.stream().anyMatch(t -> t.value() != null && CALENDAR_DATE.matcher(t.value()).matches());
  }

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
