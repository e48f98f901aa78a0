package dev.claimcheck.analysis;

import dev.claimcheck.dates.DateContext;
import dev.claimcheck.dates.TemporalTagger;
import dev.claimcheck.dates.TimePoint;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.text.Prose;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The date a document's own text is stamped with, for a document whose container gives no
 * publication date (plain text, a page without its metadata): the first line near its top that
 * holds a day and nothing more than the words of a stamp ("Tuesday, October 15, 2013",
 * "Published 4:33 p.m. ET Feb. 27, 2013 | Updated 4:39 p.m. ET", "Posted June 28, 2007 by
 * Cubana in Cuba Human Rights"). A line that tells anything else ("Born 4 July 1976", "Date:
 * Sunday 15 September 2019 Start Time: 08:00am"), a range ("March 3, 1940 – May 5, 2020"), a
 * caption, a reference and a day after the document's capture are no stamp. Stateless and
 * thread-safe.
 */
public final class DateLine {
  /**
   * How far down a document its stamp may stand: its first blocks, within its first characters
   * (a page's menus may come first, a line each).
   */
  static final int HEAD_BLOCKS = 120;
  static final int HEAD_CHARS = 10_000;
  /** A stamp is a short line. */
  static final int MAX_LINE_CHARS = 120;

  /** The words a stamp may hold beside its day and time. */
  private static final Set<String> STAMP_WORDS = Set.of("published", "posted", "updated", "last", "modified",
      "first", "date", "dated", "created", "issued", "on", "at", "am", "pm", "and");
  /**
   * What a stamp may name beside its day: an author ("By Neil Genzlinger", "by Cubana in Cuba
   * Human Rights", a name of four words at most and a section of four), a handle ("@NBCLatino"),
   * a site ("NCAA.com").
   */
  private static final Pattern NAMES = Pattern.compile(
      "(?:^|\\s)(?i:by)\\s+" + words(4) + "(?:\\s+(?i:in)\\s+" + words(4) + ")?"
          + "|(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{N}_]++"
          + "|(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}-]++\\.(?:com|org|net|co\\.uk|com\\.au|[a-z]{2})\\b");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /**
   * Blocks that tell of something else: a caption's photo, a cited work, a fact box's event
   * ("Date | 1 July 1916").
   */
  private static final Set<BlockKind> NO_STAMP = Set.of(BlockKind.CAPTION, BlockKind.REFERENCE_ENTRY,
      BlockKind.CODE, BlockKind.FORMULA, BlockKind.INFOBOX, BlockKind.TABLE_ROW);

  private DateLine() {}

  /** From one to {@code most} capitalised words. */
  private static String words(int most) {
    return "\\p{Lu}[\\p{L}.'’-]*+(?:\\s++\\p{Lu}[\\p{L}.'’-]*+){0," + (most - 1) + "}";
  }

  /** The day ({@code YYYY-MM-DD}) {@code document}'s text is stamped with, or null. */
  public static String of(Document document) {
    String text = document.text();
    LocalDate captured = TimePoint.day(document.retrieved()).orElse(null);
    List<Block> blocks = document.blocks();
    for (int i = 0; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
      Block block = blocks.get(i);
      if (block.span().start() >= HEAD_CHARS) {
        break;
      }
      if (NO_STAMP.contains(block.kind()) || block.span().length() > MAX_LINE_CHARS
          || !Prose.hasDigit(block.text())) {
        continue;
      }
      LocalDate day = stamp(text, block);
      if (day != null && (captured == null || !day.isAfter(captured))) {
        return day.toString();
      }
    }
    return null;
  }

  /** The day of the line {@code block} when it is a stamp, else null. */
  private static LocalDate stamp(String text, Block block) {
    List<TemporalExpression> found = TemporalTagger.tag(text, block.span(), List.of(),
        DateContext.of(null, (String) null));
    LocalDate day = null;
    StringBuilder rest = new StringBuilder();
    int at = block.span().start();
    for (TemporalExpression e : found) {
      if (e.has(DateFlag.RANGE_BEGIN) || e.has(DateFlag.RANGE_END)) {
        return null;
      }
      if (day == null) {
        day = TimePoint.day(e.value()).orElse(null);
      }
      rest.append(text, at, e.span().start()).append(' ');
      at = e.span().end();
    }
    rest.append(text, at, block.span().end());
    if (day == null) {
      return null;
    }
    String words = NAMES.matcher(rest).replaceAll(" ");
    for (String word : NOT_A_WORD.split(words)) {
      // a zone or an agency in capitals ("EDT", "AP") may stand beside the day too
      boolean capitals = word.length() <= 4 && word.chars().allMatch(Character::isUpperCase);
      if (!word.isEmpty() && !capitals && !STAMP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return day;
  }

}
