package dev.claimcheck.extract;

import dev.claimcheck.text.Prose;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stylistic signals of a sentence: whether it quotes someone, and whether it hedges.
 * Stateless and thread-safe.
 */
public final class StyleFlags {
  private static final Pattern QUOTATION =
      Pattern.compile("[“\"«]([^”\"»]{2,})[”\"»]");
  private static final Pattern HEDGE = Pattern.compile(
      "\\b(?:(?:is|are|was|were|been|being) (?:widely |generally |often |sometimes )?"
          + "(?:considered|believed|thought|said|reported|alleged|rumou?red|understood|claimed)"
          + "|reportedly|allegedly|purportedly|supposedly|apparently|arguably|ostensibly"
          + "|so-called|may have|might have|may be|might be|is likely|are likely|possibly"
          + "|it is (?:claimed|said|believed|thought)|some say|seems to|seem to|appears to"
          + "|appear to)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Every hedge contains one of these; most sentences contain none, and skip the pattern. */
  private static final List<String> HEDGE_CUES = List.of(
      "consider", "believ", "thought", "said", "report", "alleg", "rumo", "underst", "claim",
      "purport", "suppos", "apparent", "arguabl", "ostensib", "so-called", "may ", "might",
      "likely", "possibl", "some say", "seem", "appear");

  /** A quotation this long is a quote whether or not a source is named. */
  private static final int QUOTE_WORDS = 6;
  /** With a named source, a quotation this long is a quote of that source. */
  private static final int ATTRIBUTED_QUOTE_WORDS = 3;

  private StyleFlags() {}

  /** Whether the sentence quotes someone (a scare quote or a quoted name is not a quote). */
  public static boolean quotes(String sentence, boolean attributed) {
    Matcher m = QUOTATION.matcher(sentence);
    while (m.find()) {
      int words = Prose.words(m.group(1));
      if (words >= QUOTE_WORDS || (attributed && words >= ATTRIBUTED_QUOTE_WORDS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence hedges ("is considered", "reportedly", "so-called"). */
  public static boolean hedges(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String cue : HEDGE_CUES) {
      if (lower.contains(cue)) {
        return HEDGE.matcher(sentence).find();
      }
    }
    return false;
  }
}
