package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.time.Month;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters of a year: as codes ("Q3 2019", "in Q4"), by their ordinal ("the third quarter", "the
 * final quarter of last year", "the 1988 second quarter"), by the month they end in ("the
 * December quarter"); one named without its year is of the year the tense gives, and one told in
 * the past becomes the quarter a report speaks of ({@link DateContext}). {@link CalendarRules} runs
 * them among the calendar dates; {@link ReportPeriods} reads the quarters a report names without
 * naming them. Thread-safe.
 */
final class Quarters {
  private static final String YEAR = CalendarRules.YEAR;
  static final Pattern QUARTER_CODE = Pattern.compile(
      "\\b(?:Q([1-4])(?:" + PeriodRules.CODE_AND_YEAR + YEAR + "|\\s*['’](\\d{2}))|" + YEAR
          + "\\s*[-/ ]?\\s*Q([1-4]))(?![\\p{L}\\d])");
  /** "in Q4", "Q3 results": a quarter written as a code with no year, read as "the fourth quarter" is. */
  static final Pattern BARE_QUARTER_CODE = Pattern.compile("(?<![\\p{L}\\d-])Q([1-4])(?![\\p{L}\\d-])");
  /** The words before a bare quarter code that make it a quarter, not a question's or a ranking's label. */
  private static final Set<String> BEFORE_BARE_QUARTER = Set.of("in", "for", "during", "by", "since", "until",
      "through", "of", "the", "its", "their", "this", "last", "next", "fiscal");
  /** The words after a bare quarter code that make it a quarter of a report: "Q4 earnings", "the company's Q3 results". */
  private static final Set<String> REPORTED_AFTER_BARE_QUARTER = Set.of("earnings", "results", "revenue", "revenues",
      "sales", "profit", "profits", "loss", "losses", "income", "gdp", "growth", "figures", "numbers", "report",
      "margins", "shipments", "deliveries", "guidance");
  /** The words after a bare quarter code that make it a ranking's label ("Q1 venues"). */
  private static final Set<String> NOT_AFTER_BARE_QUARTER = Set.of("venue", "venues", "category", "categories");
  static final Pattern QUARTER = Pattern.compile(
      "(?i)\\b(?:(the)\\s+)?(?:(fiscal)[\\s-]+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
          + "([- ])quarter(?:\\s+of\\s+" + YEAR + ")?(?!\\p{L})");
  /** "the second and fourth quarters", "the first and second quarters of 1988": two quarters, one name. */
  static final Pattern QUARTER_PAIR = Pattern.compile(
      "(?i)\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:and|or|&)\\s+"
          + "(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarters(?:\\s+of\\s+" + YEAR + ")?(?!\\p{L})");
  /** "… of last year", "… of the year": what makes "the final quarter" a year's fourth. */
  private static final Pattern OF_A_YEAR_SPOKEN_OF = Pattern.compile(
      "(?i)(?<!\\s)\\s++of\\s++(?:this|last|next|that|the(?:\\s++(?:following|previous|prior|same))?)\\s++year\\b");
  /**
   * "the December quarter", "the June-quarter results", "the March quarter of 2012": a company's
   * quarter named by the month it ends in.
   */
  static final Pattern MONTH_QUARTER = Pattern.compile(
      "\\b(?:(?i:the)\\s+(" + CalendarDates.FULL_MONTH_NAME + ")[- ]|(" + CalendarDates.FULL_MONTH_NAME
          + ")-)quarter(?!\\p{L})(?:\\s++of\\s++" + YEAR + "(?!\\d))?");
  /** "the 1988 second quarter", "its 1989 fourth quarter". */
  static final Pattern YEAR_QUARTER = Pattern.compile(
      "(?i)(?:\\bthe\\s+)?\\b" + YEAR + "\\s+(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?!\\p{L})");

  /**
   * What only a game's report says: its quarters are the game's ("a field goal in the third
   * quarter", "outscored Boston 30-18 in the second quarter"), no year's.
   */
  private static final Pattern OF_A_GAME = Pattern.compile(
      "\\b(?:touchdowns?|field goals?|halftime|half-time|quarterback|overtime|outscored|rebounds|free throws?"
          + "|three-pointers?|interceptions?|fumbled?|scored \\d+ points|(?:led|trailed|leading|trailing) \\d{1,3}-\\d{1,3})\\b");

  /** "… of the century", "… of the 20th century", "… of the game": a quarter of something other than a year. */
  private static final Pattern OF_SOMETHING_ELSE = Pattern.compile(
      "(?i)(?<!\\s)\\s++of\\s++(?:the|this|that|a|an|its|their|his|her)\\s++(?!(?:(?:fiscal|calendar|same|following|previous|prior"
          + "|next|last|current)\\s++)?year\\b)");

  private Quarters() {}

  static void quarterCode(Scan s, Matcher m) {
    String quarter = m.group(1) != null ? m.group(1) : m.group(5);
    String year = m.group(2) != null ? m.group(2) : m.group(4);
    DateFlag[] flags = {};
    if (year == null && m.group(3) != null) {
      year = String.valueOf(TimexWords.widenYear(Integer.parseInt(m.group(3)), s.context));
      flags = new DateFlag[] {DateFlag.TWO_DIGIT_YEAR};
    }
    if (year != null) {
      s.add(m.start(), m.end(), TimexType.DATE, year + "-Q" + quarter, null, flags);
    }
  }

  /** "in Q4", "the Q3 results": the quarter of the year the text speaks of, as "the fourth quarter". */
  static void bareQuarterCode(Scan s, Matcher m) {
    if (s.has("quartile") || s.has("journal") || s.has("rank")) {
      return; // "the journal is ranked in Q1": a quartile of a ranking
    }
    String after = s.wordAfter(m.end()).toLowerCase(Locale.ROOT);
    if ((BEFORE_BARE_QUARTER.contains(s.wordBefore(m.start())) || REPORTED_AFTER_BARE_QUARTER.contains(after))
        && !NOT_AFTER_BARE_QUARTER.contains(after)) {
      relativeQuarter(s, m.start(), m.end(), m.group(1).charAt(0) - '0');
    }
  }

  /** The number of a quarter named by its ordinal; 4 for "final" and "last". */
  static int quarterNumber(String ordinal) {
    return switch (ordinal.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }

  static void quarter(Scan s, Matcher m) {
    String word = m.group(3).toLowerCase(Locale.ROOT);
    int q = quarterNumber(word);
    if ((word.equals("final") || word.equals("last")) && m.group(5) == null
        && !OF_A_YEAR_SPOKEN_OF.matcher(s.text).region(m.end(), s.to).lookingAt()) {
      return; // "the last quarter" alone is the one before, or a game's
    }
    if (m.group(5) != null) {
      s.add(m.start(), m.end(), TimexType.DATE, m.group(5) + "-Q" + q, null);
      return;
    }
    if (ofAGame(s) || OF_SOMETHING_ELSE.matcher(s.text).region(m.end(), s.to).lookingAt()) {
      return; // a game's quarter, or a century's ("the first quarter of the century")
    }
    // "the third-quarter loss": the determiner belongs to the loss, not to the quarter
    int start = m.group(1) != null && m.group(4).equals("-") && s.beforeItsNoun(m.end())
        ? (m.group(2) != null ? m.start(2) : m.start(3)) : m.start();
    QuarterEnd ended = QuarterEnd.after(s, m.end());
    if (ended != null) {
      // "the second quarter ended Oct. 31": a company's own quarter, of the year of the day it ends
      s.relative(start, m.end(), TimexType.DATE, null, (c, context) -> {
        Integer year = ended.year(context.documentDate());
        TimePoint base = context.documentDate();
        if (year != null && !ended.ending()) {
          context.quarters().sawOver(year, q); // a company's quarter is over once its last day is, whatever the calendar's
        }
        return year == null ? c.withValue("XXXX-Q" + q, base == null ? null : base.value())
            : c.withValue(year + "-Q" + q, base == null ? null : base.value(), DateFlag.INFERRED);
      });
      return;
    }
    relativeQuarter(s, start, m.end(), q);
  }

  /** Whether the stretch reports a game ({@link #OF_A_GAME}), whose quarters are no year's. */
  private static boolean ofAGame(Scan s) {
    return OF_A_GAME.matcher(s.lower).find();
  }

  /**
   * "the second and fourth quarters": each of them, the first up to its ordinal ("the second"),
   * the second with the noun and any year written after it ("fourth quarters of 1988").
   */
  static void quarterPair(Scan s, Matcher m) {
    if (ofAGame(s)) {
      return; // a game's quarters
    }
    int first = quarterNumber(m.group(1));
    int second = quarterNumber(m.group(2));
    if (m.group(3) != null) {
      s.add(m.start(), m.end(1), TimexType.DATE, m.group(3) + "-Q" + first, null);
      s.add(m.start(2), m.end(), TimexType.DATE, m.group(3) + "-Q" + second, null);
      return;
    }
    relativeQuarter(s, m.start(), m.end(1), first);
    relativeQuarter(s, m.start(2), m.end(), second);
  }

  /**
   * "Sales in the December quarter were flat": the three months to the end of that month, as the
   * calendar quarter holding most of them ({@link QuarterEnd}); told in the past, the last such
   * month on or before the document date, and the quarter the report speaks of; else the coming one.
   */
  static void monthQuarter(Scan s, Matcher m) {
    int month = CalendarDates.month(m.group(1) != null ? m.group(1) : m.group(2));
    boolean past = s.tenseAt(m.start(), m.end()) != Tense.FUTURE;
    Integer written = m.group(3) == null ? null : Integer.valueOf(m.group(3)); // "the March quarter of 2012"
    QuarterEnd end = new QuarterEnd(!past, month, Month.of(month).minLength(), written);
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      Integer year = end.calendarYear(base);
      if (past && year != null) {
        context.quarters().sawOver(year, end.calendarQuarterNumber());
      }
      return c.withValue(end.calendarQuarter(base), base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * A quarter named without its year: of the year of the document date, by the tense it is told
   * in; told as a habit ("business is usually done in the fourth quarter"), every year's.
   */
  private static void relativeQuarter(Scan s, int start, int end, int q) {
    if (s.habitual(start, end)) {
      s.add(start, end, TimexType.DATE, "XXXX-Q" + q, null);
      return;
    }
    Tense tense = s.tenseAt(start, end);
    s.relative(start, end, TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.yearless();
      if (base == null) {
        return c.withValue("XXXX-Q" + q, null);
      }
      int year = base.year();
      if (base == context.documentDate() && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0) {
        // told in the past, a quarter not yet begun is last year's ("the fourth quarter" in
        // January's results); a quarter just over is still spoken of in the future ("reserves
        // for the third quarter will …"), so the future moves none
        if (tense == Tense.PAST && 3 * q - 2 > base.date().getMonthValue()) {
          year--;
        }
        if (tense == Tense.PAST) {
          context.quarters().sawOver(year, q);
        }
      }
      return c.withValue(year + "-Q" + q, base.value(), DateFlag.INFERRED);
    });
  }
}
