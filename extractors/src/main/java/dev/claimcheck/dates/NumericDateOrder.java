package dev.claimcheck.dates;

import dev.claimcheck.text.CalendarDates;
import java.util.regex.Matcher;

/**
 * The order of day and month a document writes its dates in figures, told by the dates that
 * read one way only: "5/30/2018" is month first, "26/10/2022" day first. A document whose
 * dates read one way only all agree is read that way throughout, so its "6/02/2018" is
 * 2 June when "5/30/2018" stands beside it; with no such date, or with both kinds, the order
 * stays unknown. Dates with points ("3.4.2021") are day first wherever they stand and tell
 * nothing of the rest. Thread-safe.
 */
public final class NumericDateOrder {
  private NumericDateOrder() {}

  /** The order the figures of {@code text} show, or {@link DateContext.Order#UNKNOWN}. */
  public static DateContext.Order of(String text) {
    boolean monthFirst = false;
    boolean dayFirst = false;
    Matcher m = FigureDates.NUMERIC.matcher(text);
    while (m.find()) {
      String separator = m.group(2);
      if (separator.equals(".") || m.group(4).length() == 2 && !separator.equals("/")) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      // a two-figure year is read as a leap year: only whether the day exists at all counts here
      int year = m.group(4).length() == 2 ? 2000 : Integer.parseInt(m.group(4));
      boolean readsMonthFirst = CalendarDates.day(year, a, b).isPresent();
      boolean readsDayFirst = CalendarDates.day(year, b, a).isPresent();
      monthFirst |= readsMonthFirst && !readsDayFirst;
      dayFirst |= readsDayFirst && !readsMonthFirst;
      if (monthFirst && dayFirst) {
        return DateContext.Order.UNKNOWN;
      }
    }
    return monthFirst ? DateContext.Order.MONTH_DAY : dayFirst ? DateContext.Order.DAY_MONTH
        : DateContext.Order.UNKNOWN;
  }
}
