package dev.claimcheck.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The holidays claimcheck knows by name and the day each falls on in a year: fixed ones by their
 * day ("Christmas", "St. Patrick's Day"), the feasts that move with Easter by their distance from
 * it (reckoned by the Gregorian computus: "Palm Sunday", "Ash Wednesday", "Pentecost"; the
 * Orthodox Easter by the Julian one), and
 * those of a week of a month by their rule ("Thanksgiving", "Labor Day", "Father's Day").
 * {@link Holidays} finds them in the text. Thread-safe.
 */
final class HolidayDays {
  /** A holiday: how its name is written (a regex without groups), and its day in a year. */
  private record Holiday(Pattern name, IntFunction<LocalDate> day) {
    Holiday(String name, IntFunction<LocalDate> day) {
      this(Pattern.compile(name), day);
    }
  }

  private static final String S = "['’]s";

  /** Longer names before the shorter ones they begin with ("Christmas Eve" before "Christmas"). */
  private static final List<Holiday> ALL = List.of(
      new Holiday("Christmas Eve", y -> LocalDate.of(y, 12, 24)),
      new Holiday("Christmas(?: Day)?", y -> LocalDate.of(y, 12, 25)),
      new Holiday("New Year" + S + " Eve", y -> LocalDate.of(y, 12, 31)),
      new Holiday("New Year" + S + " Day", y -> LocalDate.of(y, 1, 1)),
      new Holiday("Thanksgiving(?: Day)?", HolidayDays::thanksgiving),
      new Holiday("Black Friday", y -> thanksgiving(y).plusDays(1)),
      new Holiday("Cyber Monday", y -> thanksgiving(y).plusDays(4)),
      new Holiday("Good Friday", y -> easter(y).minusDays(2)),
      new Holiday("(?:Eastern )?Orthodox Easter(?: Sunday)?", HolidayDays::orthodoxEaster),
      new Holiday("Easter Monday", y -> easter(y).plusDays(1)),
      new Holiday("Easter(?: Sunday)?", HolidayDays::easter),
      new Holiday("Palm Sunday", y -> easter(y).minusDays(7)),
      new Holiday("(?:Maundy|Holy) Thursday", y -> easter(y).minusDays(3)),
      new Holiday("Holy Saturday", y -> easter(y).minusDays(1)),
      new Holiday("Ash Wednesday", y -> easter(y).minusDays(46)),
      new Holiday("Shrove Tuesday", y -> easter(y).minusDays(47)),
      new Holiday("Ascension Day", y -> easter(y).plusDays(39)),
      new Holiday("Whit ?Monday", y -> easter(y).plusDays(50)),
      new Holiday("Pentecost(?: Sunday)?|Whit ?Sunday", y -> easter(y).plusDays(49)),
      new Holiday("Independence Day|the Fourth of July|July Fourth", y -> LocalDate.of(y, 7, 4)),
      new Holiday("Labor Day", y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
      new Holiday("Memorial Day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      new Holiday("Veterans['’]? Day|Armistice Day", y -> LocalDate.of(y, 11, 11)),
      new Holiday("Remembrance Sunday", y -> nth(y, 11, DayOfWeek.SUNDAY, 2)),
      new Holiday("Halloween", y -> LocalDate.of(y, 10, 31)),
      new Holiday("(?:St\\.? |Saint )?Valentine" + S + " Day", y -> LocalDate.of(y, 2, 14)),
      new Holiday("(?:St\\.?|Saint) Patrick" + S + " Day", y -> LocalDate.of(y, 3, 17)),
      // the Tuesday after the first Monday
      new Holiday("Election Day", y -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1)),
      new Holiday("Boxing Day", y -> LocalDate.of(y, 12, 26)),
      new Holiday("Martin Luther King(?: Jr\\.?)? Day", y -> nth(y, 1, DayOfWeek.MONDAY, 3)),
      new Holiday("Presidents['’]? Day", y -> nth(y, 2, DayOfWeek.MONDAY, 3)),
      new Holiday("Columbus Day", y -> nth(y, 10, DayOfWeek.MONDAY, 2)),
      new Holiday("Father" + S + " Day", y -> nth(y, 6, DayOfWeek.SUNDAY, 3)),
      new Holiday("Juneteenth", y -> LocalDate.of(y, 6, 19)),
      new Holiday("Bastille Day", y -> LocalDate.of(y, 7, 14)),
      new Holiday("Canada Day", y -> LocalDate.of(y, 7, 1)),
      new Holiday("Australia Day", y -> LocalDate.of(y, 1, 26)),
      new Holiday("Anzac Day", y -> LocalDate.of(y, 4, 25)),
      new Holiday("Guy Fawkes Night|Bonfire Night", y -> LocalDate.of(y, 11, 5)),
      new Holiday("All Saints['’]? Day", y -> LocalDate.of(y, 11, 1)),
      new Holiday("All Souls['’]? Day", y -> LocalDate.of(y, 11, 2)),
      new Holiday("May Day", y -> LocalDate.of(y, 5, 1)),
      new Holiday("Cinco de Mayo", y -> LocalDate.of(y, 5, 5)));

  /** Every holiday's name, as one alternation for a pattern to hold in a group. */
  static final String NAMES = ALL.stream().map(h -> h.name().pattern()).collect(Collectors.joining("|"));

  private HolidayDays() {}

  /** The day of the holiday {@code name} (as {@link #NAMES} matched it) in {@code year}. */
  static LocalDate dateOf(String name, int year) {
    for (Holiday holiday : ALL) {
      if (holiday.name().matcher(name).matches()) {
        return holiday.day().apply(year);
      }
    }
    throw new IllegalArgumentException("no holiday named " + name);
  }

  private static LocalDate thanksgiving(int year) {
    return nth(year, 11, DayOfWeek.THURSDAY, 4);
  }

  private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /**
   * The Orthodox churches' Easter Sunday of a year, reckoned by the Julian computus and written
   * in the Gregorian calendar (from 1583, as the other feasts).
   */
  static LocalDate orthodoxEaster(int year) {
    int d = (19 * (year % 19) + 15) % 30;
    int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    LocalDate julian = LocalDate.of(year, (d + e + 114) / 31, (d + e + 114) % 31 + 1);
    return julian.plusDays(year / 100 - year / 400 - 2); // the Julian calendar's lag behind the Gregorian
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
