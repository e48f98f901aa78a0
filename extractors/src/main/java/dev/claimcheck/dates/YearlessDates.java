package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days written on the calendar, with their year or without it ("Oct. 5, 1989", "Feb. 1", "on
 * the 15th"). Without one, the year comes from the document date and the tense the day is told
 * in: the nearest such day, the last one in the past, the next in the future, the one passed
 * after "ended" or "since"; a weekday written with the day picks among the years next to that.
 * {@link BareMonths} reads months named alone the same way. {@link CalendarRules} runs them.
 * Thread-safe.
 */
final class YearlessDates {
  /** Words before a day or month that put it in the past: "the quarter ended Sept. 30", "since June". */
  static final Set<String> PASSED_CUES = Set.of("ended", "since");

  /** What may stand before a date that opens its sentence: "In", "On", "In early", "By late". */
  static final Pattern OPENING_WORDS = Pattern.compile(
      "(?i)\\s*(?:(?:in|on|by|during|until|since)\\s+)?(?:(?:early|late|mid)[- ]?\\s*)?");
  /** Words before a month or day that set a deadline or a start. */
  private static final Set<String> DEADLINE_CUES = Set.of("by", "until", "till", "through", "effective", "before");

  private static final Set<String> MODIFIERS = Set.of("early", "late", "mid");

  /** A weekday's name that begins a date: "Friday, August 14". */
  private static final Pattern WEEKDAY_FIRST = Pattern.compile(CalendarRules.WEEKDAY_BEFORE_A_DAY);

  private YearlessDates() {}

  static void monthDay(Scan s, Matcher m, String monthName, String dayText,
      String yearText, String the) {
    int start = m.start();
    if (the != null && m.group(3) == null) {
      start = m.start(2); // "the" only belongs to "the 26th of October"
    }
    Matcher weekday = WEEKDAY_FIRST.matcher(s.text).region(m.start(), m.end());
    int named = weekday.lookingAt() ? CalendarDates.weekday(weekday.group()) : 0;
    monthDay(s, start, m.end(), CalendarDates.month(monthName), Integer.parseInt(dayText), yearText, named);
  }

  /** The day {@code day} of {@code month} at {@code start}–{@code end}, in its year or inferred one. */
  static void monthDay(Scan s, int start, int end, int month, int day, String yearText) {
    monthDay(s, start, end, month, day, yearText, 0);
  }

  /**
   * As {@link #monthDay(Scan, int, int, int, int, String)}, the day named {@code weekday} (1 for
   * Monday to 7, 0 for none): an inferred year is the one next to the guess in which the day
   * falls on that weekday, when the guess's does not ("Friday, August 14" told on 1 January 2020
   * is 2020's, a Friday, not 2019's, a Wednesday).
   */
  private static void monthDay(Scan s, int start, int end, int month, int day, String yearText, int weekday) {
    if (day < 1 || day > 31 || month < 1) {
      return;
    }
    if (yearText == null) {
      yearText = s.yearOnTheNextLine(end); // "on Oct. 28,⏎⏎2018." where a page broke the date
    }
    if (yearText != null) {
      s.date(start, end, CalendarDates.day(Integer.parseInt(yearText), month, day));
      return;
    }
    Tense tense = tenseOf(s, start, end);
    // "the quarter ended Sept. 30", "since June 1": a day already passed, however near the coming one
    boolean passed = PASSED_CUES.contains(s.wordBefore(start));
    // "On Jan. 5, the company hired …": a day that opens a sentence told in the past is behind it
    boolean fronted = tense == Tense.PAST && opensItsSentence(s, start, end);
    s.relative(start, end, TimexType.DATE, null, (c, context) -> {
      Integer written = s.yearWrittenBefore(context, start);
      TimePoint reference = written != null ? new TimePoint(java.time.LocalDate.of(written, 1, 1),
          TimePoint.Precision.YEAR) : context.yearless();
      Integer echoed = written == null ? context.yearOfDayWritten(month, day, c.start()) : null;
      if (echoed != null) {
        // "On July 5, 1997, …" before "the events of July 5-6": the day named again
        return CalendarDates.day(echoed, month, day).map(v -> c.withValue(v, String.valueOf(echoed), DateFlag.INFERRED))
            .orElse(c);
      }
      if (reference == null) {
        return c.withValue(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), null);
      }
      int year = written != null || reference != context.documentDate() ? reference.year()
          : (passed || fronted) && reference.precision() == TimePoint.Precision.DAY
              ? Tense.lastOnOrBefore(reference, month, day)
          : reference.precision() == TimePoint.Precision.DAY ? tense.nearestYear(reference, month, day)
          : reference.precision().compareTo(TimePoint.Precision.MONTH) >= 0
          ? tense.year(reference.year(), month, reference.date().getMonthValue()) : reference.year();
      year = yearOfWeekday(reference, year, month, day, weekday);
      Optional<String> value = CalendarDates.day(year, month, day);
      if (value.isEmpty() && month == 2 && day == 29) {
        // a leap day is of a year the guess is not: its year stays unknown, unless the text
        // writes it after ("February 29 of that year")
        return c.withValue("XXXX-02-29", reference.value());
      }
      return value.isPresent()
          ? c.withValue(value.get(), reference.value(), DateFlag.INFERRED)
          : c.withValue(null, reference.value(), DateFlag.IMPOSSIBLE_DATE);
    });
  }

  /**
   * {@code year}, or the nearest year before or after it, up to three away, in which the day falls
   * on {@code weekday} when it does not in {@code year} ("Sat Aug 24" in a fixture list read
   * against 2017 is 2019's), {@code year} when a year as far before and one as far after both
   * fit; {@code year} for no weekday (0), and for a day within a month of {@code reference},
   * where a wrong weekday is a slip of the writer's ("Friday March 5" told on March 10).
   */
  private static int yearOfWeekday(TimePoint reference, int year, int month, int day, int weekday) {
    if (weekday == 0 || fallsOn(year, month, day, weekday)) {
      return year;
    }
    if (!YearMonth.of(year, month).isValidDay(day)
        || Math.abs(ChronoUnit.DAYS.between(reference.date(), LocalDate.of(year, month, day))) <= 31) {
      return year;
    }
    for (int step = 1; step <= 3; step++) {
      boolean before = fallsOn(year - step, month, day, weekday);
      boolean after = fallsOn(year + step, month, day, weekday);
      if (before != after) {
        return before ? year - step : year + step;
      }
      if (before) {
        return year;
      }
    }
    return year;
  }

  private static boolean fallsOn(int year, int month, int day, int weekday) {
    return YearMonth.of(year, month).isValidDay(day)
        && LocalDate.of(year, month, day).getDayOfWeek().getValue() == weekday;
  }

  /**
   * The second of two days of one month written once ("Aug. 7-8", "August 11 and 12"): the day
   * {@code day} of the month and year the first, {@code firstDay}, was read in.
   */
  static void secondDay(Scan s, int start, int end, int month, int firstDay, int day) {
    if (day <= firstDay || day > 31) {
      return;
    }
    s.relative(start, end, TimexType.DATE, null, (c, context) -> {
      TimePoint first = context.followOn();
      if (first == null || first.precision() != TimePoint.Precision.DAY
          || first.date().getDayOfMonth() != firstDay) {
        // the first day's year is unknown too ("Aug 17-29" with no date to go by), or the first
        // day was read as no date, and the number is none either
        return context.yearless() == null
            ? c.withValue(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), null, DateFlag.INFERRED) : null;
      }
      Optional<String> value = CalendarDates.day(first.year(), first.date().getMonthValue(), day);
      return value.isPresent()
          ? c.withValue(value.get(), first.value(), DateFlag.INFERRED)
          : c.withValue(null, first.value(), DateFlag.IMPOSSIBLE_DATE);
    });
  }

  /**
   * "on the 15th", "by the 3rd": a day of the month the text speaks of (else the document's),
   * the month before when told in the past of a day still to come, the month after when told in
   * the future of one gone; not "on the 5th floor", "on the 3rd Infantry", "on the 5th of …" nor
   * "from the 6th to 8th centuries".
   */
  static void ordinalDay(Scan s, Matcher m) {
    int day = Integer.parseInt(m.group(2));
    int start = m.start(1);
    int end = m.end(1);
    String next = s.wordAfter(end);
    if (s.beforeItsNoun(end) || next.equalsIgnoreCase("of")
        || !next.isEmpty() && Character.isUpperCase(next.charAt(0))
        || PeriodRules.FIRST_OF_TWO_CENTURIES.matcher(s.text).region(start, s.to).lookingAt()) {
      return; // "from the 6th to 8th centuries" is a century
    }
    Tense tense = tenseOf(s, start, end);
    s.relative(start, end, TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.reference();
      if (base == null || base.precision().compareTo(TimePoint.Precision.MONTH) < 0) {
        return null;
      }
      LocalDate month = base.date().withDayOfMonth(1);
      if (base == context.documentDate() && base.precision() == TimePoint.Precision.DAY) {
        int today = base.date().getDayOfMonth();
        if (tense == Tense.PAST && day > today) {
          month = month.minusMonths(1);
        } else if (tense == Tense.FUTURE && day < today) {
          month = month.plusMonths(1);
        }
      }
      Optional<String> value = CalendarDates.day(month.getYear(), month.getMonthValue(), day);
      return value.isPresent()
          ? c.withValue(value.get(), base.value(), DateFlag.INFERRED)
          : c.withValue(null, base.value(), DateFlag.IMPOSSIBLE_DATE);
    });
  }

  /**
   * Whether the expression opens its sentence and a comma closes it, with no more than a
   * preposition and "early", "mid" or "late" before it: "In January, the company hired …", "On
   * Jan. 5, it said …", the time the main clause's verb is told at.
   */
  static boolean opensItsSentence(Scan s, int start, int end) {
    return end < s.to && s.text.charAt(end) == ','
        && OPENING_WORDS.matcher(s.text).region(s.from, start).matches();
  }

  /**
   * The tense a month or day without a year is read in: its clause's, else its sentence's. A
   * deadline or a start told in the past ("set a deadline by February", "created an office,
   * effective Feb. 1") may lie on either side of the telling: it is read as the nearest one.
   */
  static Tense tenseOf(Scan s, int start, int end) {
    Tense tense = s.tenseAt(start, end);
    if (tense == Tense.PAST && DEADLINE_CUES.contains(cueBefore(s, start))) {
      return Tense.PRESENT;
    }
    // "funds the government through Sept. 30", "is closed until Jan. 5": told in the present, the
    // end of what goes on now is still to come
    return tense == Tense.PRESENT && s.endsWhatGoesOn(cueBefore(s, start), start) ? Tense.FUTURE : tense;
  }

  /** The word before {@code at}, looking past "early", "late" or "mid" ("until mid-November"). */
  private static String cueBefore(Scan s, int at) {
    int back = at > s.from && s.text.charAt(at - 1) == '-' ? at - 1 : at;
    String before = s.wordBefore(back);
    return MODIFIERS.contains(before) ? s.wordBefore(s.wordStartBefore(back)) : before;
  }

}
