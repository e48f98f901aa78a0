package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in figures: ISO ("2019-03-02", "2019-03-02T09:30Z", "2019-03"), numeric in the
 * document's order of day and month ("03/04/2021", "26.10.2022"), and CJK ("2019年3月2日").
 * {@link CalendarRules} runs them first. Thread-safe.
 */
final class FigureDates {
  /** "2019-03-02", "2019-03-02T09:30Z", "2018-11-15 12:15:07-05" (a time after a space, as logs and pages write it). */
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d./-])(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:(?:T|\\s(?=(?:[01]\\d|2[0-3]):[0-5]\\d))(\\d{2}):(\\d{2})"
          + "(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d/-]|\\.\\d)");
  private static final Pattern ISO_MONTH = Pattern.compile("(?<![\\d./-])(\\d{4})-(\\d{2})(?![\\d/-]|\\.\\d)");
  /** "03/04/2021", "26-10-2022", "3.4.21": a date in figures, read by {@link #numeric} and {@link NumericDateOrder}. */
  static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|[/.-]\\d)");
  private static final Pattern CJK = Pattern.compile(
      "(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?|(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern CJK_DECADE = Pattern.compile("(\\d{3})0年代");

  private FigureDates() {}

  static void apply(Scan s) {
    if (s.hasFiguresJoinedBy("-/.")) {
      s.run(ISO, m -> iso(s, m));
      s.run(NUMERIC, m -> numeric(s, m));
      if (s.hasFiguresJoinedBy("-")) {
        s.run(ISO_MONTH, m -> isoMonth(s, m));
      }
    }
    if (s.lower.indexOf('年') >= 0 || s.lower.indexOf('月') >= 0) {
      s.run(CJK, m -> cjk(s, m));
      s.run(CJK_DECADE, m -> s.add(m.start(), m.end(), TimexType.DATE, m.group(1) + "X", null));
    }
  }

  private static void iso(Scan s, Matcher m) {
    int year = Integer.parseInt(m.group(1));
    if (Integer.parseInt(m.group(3)) > 12 || Integer.parseInt(m.group(4)) > 31) {
      return; // not a date at all: a serial number, a code
    }
    Optional<String> day = CalendarDates.day(year, Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)));
    if (m.group(5) != null && day.isPresent()) {
      s.add(m.start(), m.end(), TimexType.TIME, day.get() + "T" + m.group(5) + ":" + m.group(6), null);
    } else {
      s.date(m.start(), m.end(), day);
    }
  }

  private static void isoMonth(Scan s, Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    // "2019-20" is a season of two years; "2019-10" is October 2019.
    boolean range = second == (year + 1) % 100 || second > 12;
    if (year < 1500 || year > 2099 || range || NotDates.notAYear(s, m.start(1), m.end(1))) {
      return;
    }
    CalendarDates.month(year, second)
        .ifPresent(v -> s.add(m.start(), m.end(), TimexType.DATE, v, null));
  }

  private static void numeric(Scan s, Matcher m) {
    String separator = m.group(2);
    String yearText = m.group(4);
    if (yearText.length() == 2 && !separator.equals("/")) {
      return;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
    int year = Integer.parseInt(yearText);
    if (yearText.length() == 2) {
      year = TimexWords.widenYear(year, s.context);
      flags.add(DateFlag.TWO_DIGIT_YEAR);
    }
    Optional<String> monthFirst = CalendarDates.day(year, a, b);
    Optional<String> dayFirst = CalendarDates.day(year, b, a);
    DateContext.Order order = separator.equals(".") ? DateContext.Order.DAY_MONTH : s.context.order();
    String value;
    List<String> readings = List.of();
    if (monthFirst.isPresent() && dayFirst.isPresent() && a != b) {
      if (order == DateContext.Order.MONTH_DAY) {
        value = monthFirst.get();
      } else if (order == DateContext.Order.DAY_MONTH) {
        value = dayFirst.get();
      } else {
        value = null;
        readings = List.of(monthFirst.get(), dayFirst.get());
        flags.add(DateFlag.AMBIGUOUS_ORDER);
      }
    } else if (monthFirst.isPresent()) {
      value = monthFirst.get();
    } else if (dayFirst.isPresent()) {
      value = dayFirst.get();
    } else {
      if (a > 31 || b > 31) {
        return; // not a date at all: a score, a fraction, an id
      }
      value = null;
      flags.add(DateFlag.IMPOSSIBLE_DATE);
    }
    s.add(new Candidate(m.start(), m.end(), TimexType.DATE, value, null, null, flags, readings, 0,
        null));
  }

  private static void cjk(Scan s, Matcher m) {
    if (m.group(1) != null) {
      int year = Integer.parseInt(m.group(1));
      Optional<String> value = m.group(3) != null
          ? CalendarDates.day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          : m.group(2) != null ? CalendarDates.month(year, Integer.parseInt(m.group(2)))
          : Optional.of(m.group(1));
      s.date(m.start(), m.end(), value);
      return;
    }
    int month = Integer.parseInt(m.group(4));
    int day = Integer.parseInt(m.group(5));
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.reference();
      if (base == null) {
        return c.withValue(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), null);
      }
      Optional<String> value = CalendarDates.day(base.year(), month, day);
      return value.isPresent() ? c.withValue(value.get(), base.value(), DateFlag.INFERRED)
          : c.withValue(null, base.value(), DateFlag.IMPOSSIBLE_DATE);
    });
  }
}
