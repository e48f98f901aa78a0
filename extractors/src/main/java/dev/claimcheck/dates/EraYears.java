package dev.claimcheck.dates;

import dev.claimcheck.model.TimexType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written with their era: "AD 79", "300 CE" ({@code 0079}, {@code 0300}) and years before
 * the common era, "753 BC", "711–585 BCE", "12,000 years BC", written as TimeML writes them,
 * {@code BC0753}. A year before the era is never read as the year of the same number after it.
 * {@link CalendarRules} runs them; centuries before the era are {@link PeriodRules}'. Thread-safe.
 */
final class EraYears {
  /** The words that put a year before the common era, as written (capitals, with or without points). */
  static final String BEFORE_THE_ERA = "(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)(?![\\p{L}\\d])";
  /** A year count as written before an era: "753", "12,000". */
  private static final String COUNT = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,5})";
  /** "AD 79", "79 AD", "A.D. 800", "300 CE": a year of the common era, however few its digits. */
  private static final Pattern COMMON_ERA = Pattern.compile(
      "\\b(?:A\\.?D\\.?\\s?(\\d{1,4})(?!\\d|[.,:/-]\\d|\\s*(?:BC|BCE|B\\.C\\.))|(?<![\\d.,$-])(\\d{1,4})\\s?(?:AD|A\\.D\\.|CE|C\\.E\\.))"
          + "(?![\\p{L}\\d])");
  /** "years" between a count and its era: "30,000 years BC". */
  private static final String YEARS = "(?:\\s+years)?";
  /** "753 BC", "12,000 BCE", "300 B.C.", "30,000 years BC". */
  private static final Pattern BEFORE_ERA = Pattern.compile(
      "(?<![\\p{L}\\d.,$€£¥#/])(" + COUNT + ")" + YEARS + "\\s?" + BEFORE_THE_ERA);
  /** A range's other end after a year: "–585", " and 3045". */
  private static final String OTHER_END = "\\s*(?:[–—-]|\\s(?:and|to|or|until)\\s)\\s*" + COUNT;
  /** The first year of "711–585 BCE", "between 3111 and 3045 BC": the era written once serves both. */
  private static final Pattern BEFORE_ERA_RANGE_START = Pattern.compile(
      "(?<![\\p{L}\\d.,$€£¥#/-])(" + COUNT + ")(?=" + OTHER_END + YEARS + "\\s?" + BEFORE_THE_ERA + ")");
  /** After a year: an era before the common one, directly or after the range's other end. */
  private static final Pattern BEFORE_ERA_AFTER = Pattern.compile(
      "^(?:" + OTHER_END + ")?" + YEARS + "\\s?" + BEFORE_THE_ERA);

  /** Words before a year that make it qualify the noun after it: "the 2010 BC election". */
  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that");

  private EraYears() {}

  static void apply(Scan s) {
    if (s.hasAsWritten("AD") || s.hasAsWritten("A.D.") || s.hasAsWritten("CE") || s.hasAsWritten("C.E.")) {
      s.run(COMMON_ERA, m -> {
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (year > 0 && !aLabel(s, m)) {
          s.add(m.start(), m.end(), TimexType.DATE, String.format(Locale.ROOT, "%04d", year), null);
        }
      });
    }
    if (s.hasAsWritten("BC") || s.hasAsWritten("B.C.")) {
      s.run(BEFORE_ERA, m -> beforeTheEra(s, m));
      s.run(BEFORE_ERA_RANGE_START, m -> beforeTheEra(s, m));
    }
  }

  /**
   * Whether the number at {@code start}…{@code end} is a year that an era after it puts before
   * the common one; not when "BC" names British Columbia ("the 2008 BC Lions season").
   */
  static boolean beforeTheEra(Scan s, int start, int end) {
    Matcher era = BEFORE_ERA_AFTER.matcher(s.text).region(end, s.to);
    return era.lookingAt() && !namesAPlace(s, start, end, era.end());
  }

  private static void beforeTheEra(Scan s, Matcher m) {
    long year = Long.parseLong(m.group(1).replace(",", ""));
    if (year > 0 && year < 100_000 && beforeTheEra(s, m.start(1), m.end(1))) {
      s.add(m.start(), m.end(), TimexType.DATE, String.format(Locale.ROOT, "BC%04d", year), null);
    }
  }

  /**
   * Whether the "BC" ending at {@code eraEnd} names a place that a noun follows: after a year
   * with a determiner before it ("the 2010 BC election"), or a modern year before a name ("in
   * 2011 BC Hydro raised rates"); "in 753 BC Rome was founded" keeps its era.
   */
  private static boolean namesAPlace(Scan s, int start, int end, int eraEnd) {
    if (eraEnd + 1 >= s.to || s.text.charAt(eraEnd) != ' ' || !Character.isLetter(s.text.charAt(eraEnd + 1))
        || s.text.charAt(eraEnd - 1) == '.') {
      return false;
    }
    if (DETERMINERS.contains(s.wordBefore(start))) {
      return true;
    }
    String digits = s.text.substring(start, end).replace(",", "");
    int year = digits.length() <= 5 ? Integer.parseInt(digits) : Integer.MAX_VALUE;
    return Character.isUpperCase(s.text.charAt(eraEnd + 1)) && year >= 1800
        && year <= DateContext.LATEST_UNDATED_YEAR;
  }

  /** "the AD 2 battery", "3 CE edition": a label or a count before its noun, not a year. */
  private static boolean aLabel(Scan s, Matcher m) {
    String before = s.wordBefore(m.start());
    return before.equals("the") || before.equals("a") || s.beforeItsNoun(m.end());
  }
}
