package dev.claimcheck.analysis;

import dev.claimcheck.facts.InfoboxFacts;
import dev.claimcheck.facts.Relations;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.text.Prose;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence is a claim: a declarative statement (or a dated infobox line), not
 * a question, a lead-in to a list ("CECC serves as:"), a label, a list fragment or a time stamp.
 * Thread-safe.
 */
final class ClaimFilter {
  private static final int MIN_WORDS = 4;
  /** Prose this long counts as a statement even without a final full stop. */
  private static final int UNPUNCTUATED_MIN_WORDS = 8;

  /** A calendar date's value: a year, a month or a day ({@code 1984}, {@code 1984-05}, {@code 1984-05-02}). */
  private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /**
   * Words a time stamp is written with besides its dates: "Published 4:23 p.m. ET Oct. 1, 2018 |
   * Updated …", "Posted on April 21, 2014", "Last modified on Mon 27 Nov 2017 11.32 EST".
   */
  private static final Set<String> STAMP_WORDS = Set.of("published", "updated", "posted", "modified", "last",
      "first", "originally", "written", "reviewed", "filed", "edited", "created", "on", "at", "by", "and", "the",
      "of", "et", "est", "edt", "pst", "pdt", "cst", "cdt", "gmt", "utc", "bst", "cet", "cest", "am", "pm", "a", "p",
      "m", "h", "hrs", "min", "read", "mins", "minute", "minutes", "ago", "comments", "comment", "video", "photo",
      "updates", "share", "print");

  private ClaimFilter() {}

  /**
   * Whether a sentence is a time stamp, not a statement: with its dates and times set aside, it
   * holds no word in lower case (or in a script without case) but the words stamps are written
   * with ("Posted on April 21, 2014", "Aug. 6, 2019, 4:34 p.m.", "By Travis Zimpfer on March 2,
   * 2017"). A statement tells of something in words of its own ("He died in 1990.").
   *
   * @param text the document's text
   * @param sentence where the sentence stands in it
   * @param dates the sentence's temporal expressions
   */
  static boolean isStamp(String text, Span sentence, List<TemporalExpression> dates) {
    if (dates.isEmpty()) {
      return false;
    }
    int i = sentence.start();
    int end = sentence.end();
    while (i < end) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int from = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++;
      }
      // A capitalized word may be a name in a by-line; a word of a script without case
      // (Chinese, Arabic) is a word of its own like a lower-case one.
      if (Character.isUpperCase(c) || Character.isTitleCase(c) || TemporalExpression.anyCovers(dates, from)) {
        continue;
      }
      String word = text.substring(from, i).toLowerCase(java.util.Locale.ROOT);
      if (!STAMP_WORDS.contains(word)) {
        return false; // a word of its own
      }
    }
    return true;
  }

  /**
   * Whether an infobox line is a claim: its value holds a calendar date ("Founded: 1984",
   * "Born: 12 May 1950"), or its label names a role facts are compared on ("Founder: Jane
   * Smith", {@link Relations#roleOfLabel}). Other lines ("Operator: Orrin Lake Transport") are
   * descriptions with nothing to check against other documents.
   */
  static boolean isInfoboxClaim(String line, List<TemporalExpression> dates) {
    if (dates.stream().anyMatch(t -> t.value() != null && CALENDAR_DATE.matcher(t.value()).matches())) {
      return true;
    }
    int cut = InfoboxFacts.labelEnd(line);
    return cut > 0 && cut + 1 < line.length() && Relations.roleOfLabel(line.substring(0, cut)) != null;
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
