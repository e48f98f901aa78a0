package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges of dates written as one expression: of years ("1914–1918", "1990-99", "1903-4", "the
 * Tang dynasty (618–907)"), of months ("November–January 1990") and of days ("17-19 October
 * 2016", "May 11–22, 2016"). Each end is its own expression, flagged as the range's beginning or
 * end, and preferred over what other rules read in its place. {@link CalendarRules} runs them in
 * its order among the other calendar dates. Thread-safe.
 */
final class DateRanges {
  private static final String YEAR = CalendarRules.YEAR;
  private static final String MONTH = CalendarRules.MONTH;
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(?<![\\p{L}\\d$€£¥#./:,\\-–])" + YEAR
          + "\\s*([–—/-])\\s*(1\\d{3}|20\\d{2}|\\d{1,2})(?![\\p{L}\\d%]|[:.,]\\d)");
  /** A month name right after a number: the number is its day ("28 Feb"), not a year. */
  private static final Pattern DAY_BEFORE_MONTH = Pattern.compile(
      "(?<!\\s)\\s*+(?:of\\s++)?" + CalendarDates.MONTH_NAME);
  /**
   * "the Tang dynasty (618–907)", "Zhang Zeduan (960–1028 AD)": a range of years of three figures
   * in brackets of their own, right after a name.
   */
  private static final Pattern EARLY_RANGE_AFTER_NAME = Pattern.compile(
      "(?=[1-9])(?<=\\p{Lu}\\p{L}{1,30}\\s\\()([1-9]\\d{2})\\s?[–—-]\\s?([1-9]\\d{2,3})(?=\\s?(?:AD|CE)?\\))");
  private static final Pattern MONTH_RANGE = Pattern.compile(
      MONTH + "\\s*(?:[–—-]|\\s(?:to|until|till|through)\\s)\\s*" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");
  /** What joins the two days of a range: a dash, "to", "through", "until". */
  private static final String DAYS_TO = "\\s*(?:[–—-]|\\s(?:to|through|until|till)\\s)\\s*";
  private static final Pattern DAY_RANGE = Pattern.compile(
      "(?<![\\d.,:/])(\\d{1,2})" + DAYS_TO + "(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
      MONTH + "\\s+(\\d{1,2})" + DAYS_TO + "(\\d{1,2}),?\\s+" + YEAR + "(?!\\d)");
  /** "March 2 and 9, 2006", "June 3 or 4, 2001": two days of a month, the year written after the second. */
  private static final Pattern MONTH_TWO_DAYS = Pattern.compile(
      MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+(?:and|or|&)\\s+)(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR
          + "(?!\\d)");

  private DateRanges() {}

  /** Ranges of years. */
  static void ofYears(Scan s) {
    s.run(YEAR_RANGE, m -> yearRange(s, m));
    if (s.has("(")) {
      s.run(EARLY_RANGE_AFTER_NAME, m -> earlyRange(s, m));
    }
  }

  /** Ranges of months and of days, with their year written. */
  static void ofMonthsAndDays(Scan s) {
    s.run(MONTH_RANGE, m -> monthRange(s, m));
    s.run(DAY_RANGE, m -> dayRange(s, m, m.group(1), m.group(2), m.group(3), m.group(4)));
    s.run(MONTH_DAY_RANGE, m -> dayRange(s, m, m.group(2), m.group(3), m.group(1), m.group(4)));
    s.run(MONTH_TWO_DAYS, m -> twoDays(s, m));
  }

  /** Two days of one month with the year written once: each is its own date in that year. */
  private static void twoDays(Scan s, Matcher m) {
    int year = Integer.parseInt(m.group(4));
    int month = CalendarDates.month(m.group(1));
    int firstDay = Integer.parseInt(m.group(2));
    int secondDay = Integer.parseInt(m.group(3));
    Optional<String> first = CalendarDates.day(year, month, firstDay);
    Optional<String> second = CalendarDates.day(year, month, secondDay);
    if (first.isEmpty() || second.isEmpty() || firstDay >= secondDay) {
      return;
    }
    int firstEnd = m.end(2);
    while (firstEnd < m.end() && Character.isLetter(s.text.charAt(firstEnd)) && firstEnd < m.start(3)) {
      firstEnd++; // "May 3rd": the ordinal's letters are the day's
    }
    preferred(s, m.start(), firstEnd, first.get(), EnumSet.noneOf(DateFlag.class));
    preferred(s, m.start(3), m.end(), second.get(), EnumSet.noneOf(DateFlag.class));
  }

  private static void earlyRange(Scan s, Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second <= first || second - first > 500 || NotDates.labels(s.wordBefore(m.start(1) - 1))) {
      return;
    }
    rangeEnd(s, m.start(1), m.end(1), String.format(Locale.ROOT, "%04d", first), DateFlag.RANGE_BEGIN);
    rangeEnd(s, m.start(2), m.end(2), String.format(Locale.ROOT, "%04d", second), DateFlag.RANGE_END);
  }

  /** One end of a range of dates, preferred over what other rules read in its place. */
  private static void rangeEnd(Scan s, int start, int end, String value, DateFlag which) {
    preferred(s, start, end, value, EnumSet.of(which));
  }

  /** A date this class reads, preferred over what other rules read in its place. */
  private static void preferred(Scan s, int start, int end, String value, EnumSet<DateFlag> flags) {
    s.add(new Candidate(start, end, TimexType.DATE, value, null, null, flags, List.of(), 1, null));
  }

  private static void yearRange(Scan s, Matcher m) {
    if (continuesAsNumericDate(s.text, m.end(), m.group(2))) {
      return; // "2008-11-10" is one day, never the years 2008 to 2011
    }
    int first = Integer.parseInt(m.group(1));
    String secondText = m.group(3);
    // "1990-99", "1903-4": the second year written short, with the first's leading figures
    boolean written = secondText.length() == 4;
    int figures = secondText.length() == 2 ? 100 : 10;
    int second = written ? Integer.parseInt(secondText) : first / figures * figures + Integer.parseInt(secondText);
    if (!written && figures == 100 && second < first) {
      second += 100;
    }
    boolean slash = m.group(2).equals("/");
    if (second <= first || second - first > 200 || (slash && second != first + 1)
        || NotDates.notAYear(s, m.start(1), m.end(1), true) || NotDates.notAYear(s, m.start(3), m.end(3), true)
        && written) {
      return;
    }
    if (!written && !slash && second > first + 30) {
      return; // "1990-99" yes; "2001-45" is more likely an id or a score
    }
    if (!written && DAY_BEFORE_MONTH.matcher(s.text).region(m.end(), s.to).lookingAt()) {
      return; // "27 Dec 2012 - 28 Feb 2022": the "28" is a day of the month after it
    }
    if (!written && s.lookBack(PeriodRules.SEASON_BEFORE_YEAR, m.start(1), 16) != null) {
      return; // "the winter of 1941–42": one season across the turn of the year, which PeriodRules reads
    }
    rangeEnd(s, m.start(1), m.end(1), String.valueOf(first), DateFlag.RANGE_BEGIN);
    rangeEnd(s, m.start(3), m.end(3), String.valueOf(second), DateFlag.RANGE_END);
  }

  /** Whether the separator goes on after {@code end} with another number, as in a numeric date. */
  private static boolean continuesAsNumericDate(String text, int end, String separator) {
    return end + 1 < text.length() && text.startsWith(separator, end) && Character.isDigit(text.charAt(end + 1));
  }

  private static void monthRange(Scan s, Matcher m) {
    int year = Integer.parseInt(m.group(3));
    int first = CalendarDates.month(m.group(1));
    int last = CalendarDates.month(m.group(2));
    int firstYear = first > last ? year - 1 : year;
    rangeEnd(s, m.start(1), m.end(1), CalendarDates.month(firstYear, first).orElse(null), DateFlag.RANGE_BEGIN);
    rangeEnd(s, m.start(2), m.end(), CalendarDates.month(year, last).orElse(null), DateFlag.RANGE_END);
  }

  private static void dayRange(Scan s, Matcher m, String firstDay, String lastDay,
      String monthName, String yearText) {
    int year = Integer.parseInt(yearText);
    int month = CalendarDates.month(monthName);
    Optional<String> first = CalendarDates.day(year, month, Integer.parseInt(firstDay));
    Optional<String> last = CalendarDates.day(year, month, Integer.parseInt(lastDay));
    if (first.isEmpty() || last.isEmpty() || first.get().compareTo(last.get()) >= 0) {
      return;
    }
    boolean monthFirst = m.start() == m.start(3) || m.group(1).equals(monthName);
    int firstEnd = monthFirst ? m.end(2) : m.end(1);
    int lastStart = monthFirst ? m.start(3) : m.start(2);
    rangeEnd(s, m.start(), firstEnd, first.get(), DateFlag.RANGE_BEGIN);
    rangeEnd(s, lastStart, m.end(), last.get(), DateFlag.RANGE_END);
  }
}
