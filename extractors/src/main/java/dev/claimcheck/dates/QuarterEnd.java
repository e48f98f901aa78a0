package dev.claimcheck.dates;

import dev.claimcheck.text.CalendarDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a quarter is said to end on, right after it ("the quarter ended Sept. 30", "the second
 * quarter ending July 31, 1989"), which places a quarter the text does not date otherwise.
 *
 * @param ending whether it is told as still to end ("ending"), not as over ("ended")
 * @param month the month of the day, 1 to 12
 * @param day the day of the month
 * @param written the year written with the day, or null
 */
record QuarterEnd(boolean ending, int month, int day, Integer written) {
  /** The spaces are taken whole and only from the first of a run, so a search stays linear. */
  private static final Pattern ENDED_ON = Pattern.compile("(?<!\\s)\\s++(?i:(ended|ending))\\s++("
      + CalendarDates.MONTH_NAME + ")\\s++(\\d{1,2})(?!\\d)(?:,?\\s++" + CalendarRules.YEAR + "(?!\\d))?");

  /** The day a quarter whose name ends at {@code at} is said to end on, or null. */
  static QuarterEnd after(Scan s, int at) {
    if (!s.has("end")) {
      return null;
    }
    Matcher m = ENDED_ON.matcher(s.text).region(at, s.to);
    if (!m.lookingAt()) {
      return null;
    }
    int day = Integer.parseInt(m.group(3));
    return day < 1 || day > 31 ? null : new QuarterEnd(m.group(1).equalsIgnoreCase("ending"),
        CalendarDates.month(m.group(2)), day, m.group(4) == null ? null : Integer.valueOf(m.group(4)));
  }

  /**
   * The year of the day: the one written, else, against a document dated to the day, that of the
   * last such day on or before it (ended) or the first on or after it (ending); null without either.
   */
  Integer year(TimePoint documentDate) {
    if (written != null) {
      return written;
    }
    if (documentDate == null || documentDate.precision() != TimePoint.Precision.DAY) {
      return null;
    }
    int before = Tense.lastOnOrBefore(documentDate, month, day);
    if (!ending) {
      return before;
    }
    YearMonth named = YearMonth.of(before, month);
    LocalDate then = named.atDay(Math.min(day, named.lengthOfMonth()));
    return then.isEqual(documentDate.date()) ? before : before + 1;
  }

  /**
   * The calendar quarter that holds the most of the three months to the day: that of the middle
   * month (May to July is the second; November to January the fourth of the year before), as
   * {@code 1989-Q2}, {@code XXXX-Q2} when the year is not known.
   */
  String calendarQuarter(TimePoint documentDate) {
    Integer year = calendarYear(documentDate);
    return (year == null ? "XXXX" : String.valueOf(year)) + "-Q" + calendarQuarterNumber();
  }

  /** The number (1 to 4) of the calendar quarter of {@link #calendarQuarter}. */
  int calendarQuarterNumber() {
    int middle = month == 1 ? 12 : month - 1;
    return (middle - 1) / 3 + 1;
  }

  /**
   * The year of the calendar quarter of {@link #calendarQuarter} (the year before for the three
   * months to January), or null.
   */
  Integer calendarYear(TimePoint documentDate) {
    Integer year = year(documentDate);
    return year == null ? null : month == 1 ? year - 1 : year;
  }
}
