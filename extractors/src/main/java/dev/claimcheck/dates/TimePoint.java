package dev.claimcheck.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * A calendar date known to some precision (a year, a month, a week, a day): what relative
 * expressions are resolved against and what they resolve to. Immutable.
 *
 * @param date the first day of the period
 * @param precision how much of the date is known
 */
public record TimePoint(LocalDate date, Precision precision) {

  /** The last year a value writes in four figures: a step beyond it is past the calendar's years. */
  static final int LAST_YEAR = 9999;

  /** How much of a date is known. */
  public enum Precision { YEAR, MONTH, WEEK, DAY }

  /** The point an ISO value ({@code 2022}, {@code 2022-10}, {@code 2022-10-26…}) names, if any. */
  public static Optional<TimePoint> parse(String iso) {
    if (iso == null || iso.length() < 4 || !isDigits(iso, 0, 4)) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(iso.substring(0, 4));
      if (iso.length() >= 7 && iso.charAt(4) == '-' && isDigits(iso, 5, 7)) {
        int month = Integer.parseInt(iso.substring(5, 7));
        if (iso.length() >= 10 && iso.charAt(7) == '-' && isDigits(iso, 8, 10)) {
          return Optional.of(new TimePoint(
              LocalDate.of(year, month, Integer.parseInt(iso.substring(8, 10))), Precision.DAY));
        }
        return Optional.of(new TimePoint(LocalDate.of(year, month, 1), Precision.MONTH));
      }
      return iso.length() == 4 ? Optional.of(new TimePoint(LocalDate.of(year, 1, 1), Precision.YEAR))
          : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The day an ISO value begins with ({@code 2013-02-27}, {@code 2013-02-27T16:39},
   * {@code 2013-02-27TNI}), if it names one: none for a month, a year or a week.
   */
  public static Optional<LocalDate> day(String iso) {
    return parse(iso).filter(p -> p.precision() == Precision.DAY).map(TimePoint::date);
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The year. */
  public int year() {
    return date.getYear();
  }

  /**
   * The point {@code amount} units away, at {@code result} precision. A point is a day at the
   * finest, so hours and minutes move it by the whole days they make ("36 hours ago": a day
   * back, rounded towards the point).
   */
  public TimePoint plus(long amount, ChronoUnit unit, Precision result) {
    if (unit.isTimeBased()) {
      long days = amount * unit.getDuration().getSeconds() / 86_400;
      return new TimePoint(date.plusDays(days), result);
    }
    return new TimePoint(date.plus(amount, unit), result);
  }

  /** The middle day of its period (its day itself at day precision), at the same precision. */
  public TimePoint middle() {
    LocalDate middle = switch (precision) {
      case YEAR -> date.withDayOfYear(date.lengthOfYear() / 2 + 1);
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth() / 2 + 1);
      case WEEK -> date.with(java.time.DayOfWeek.THURSDAY);
      case DAY -> date;
    };
    return new TimePoint(middle, precision);
  }

  /** The same point at a coarser (or equal) precision. */
  public TimePoint at(Precision coarser) {
    return coarser.compareTo(precision) <= 0 ? new TimePoint(date, coarser) : this;
  }

  /** The TIMEX3 value: {@code 2022}, {@code 2022-10}, {@code 2022-W43}, {@code 2022-10-26}. */
  public String value() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> date.toString();
    };
  }
}
