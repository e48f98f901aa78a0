package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and months written on the calendar, with their year or without it ("Oct. 5, 1989",
 * "Feb. 1", "in September"). Without one, the year comes from the document date and the tense
 * the month is told in: the nearest such day, the last one in the past, the next in the
 * future, the one passed after "ended" or "since". {@link CalendarRules} runs them.
 * Thread-safe.
 */
final class YearlessDates {
  /** Words after which a bare month name is a month ("in May", "since October"). */
  private static final Set<String> MONTH_CUES = Set.of(
      "in", "since", "until", "till", "by", "from", "through", "during", "of", "before", "after",
      "early", "late", "mid", "mid-", "throughout", "last", "this", "next", "between", "to",
      "each", "every", "around", "late-", "early-", "and", "or", "for");

  /** Words before a day or month that put it in the past: "the quarter ended Sept. 30", "since June". */
  private static final Set<String> PASSED_CUES = Set.of("ended", "since");

  /** Words before a month or day that set a deadline or a start. */
  private static final Set<String> DEADLINE_CUES = Set.of("by", "until", "till", "through", "effective", "before");

  private static final Set<String> MODIFIERS = Set.of("early", "late", "mid");

  /** A month and a dash just before a month: the second of two written as a range ("January–March"). */
  private static final Pattern MONTH_AND_DASH = Pattern.compile("\\b" + CalendarDates.MONTH_NAME + "\\s?[-–—]\\s?$");
  /**
   * A month and a comma, "and", "or" or "&" just before a month: the second of a list ("May, June
   * and July"); not after a name ("Theresa May, June Smith").
   */
  private static final Pattern MONTH_AND_COMMA = Pattern.compile(
      "(?<!\\p{Lu}\\p{L}{0,20}\\s)\\b" + CalendarDates.MONTH_NAME
          + "(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s*&\\s*|\\s+(?:and|or)\\s+)$");
  /** A day of the month right after a month name: "April 28", "April 28th". */
  private static final Pattern DAY_AFTER = Pattern.compile("\\s(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d\\p{L}])");
  /** A dash and a month right after a month: the first of two written as a range. */
  /** A noble's title and "of" before a month's name: "the Earl of March". */
  private static final Pattern TITLE_OF = Pattern.compile(
      "\\b(?:Earl|Earls|Earldom|Earldoms|Countess|Count|Duke|Dukes|Dukedom|Marquess|Baron|Barony|Lord|Lady)\\s+of\\s+$");
  /** The same title before a list of places that ends in the month's name: "Earldoms of Cambridge, Ulster and". */
  private static final Pattern TITLE_OF_LIST = Pattern.compile(
      "\\b(?:Earls|Earldoms|Dukedoms|Baronies|titles)\\s+of\\s+(?:\\p{Lu}\\p{L}+,?\\s+){1,4}(?:and|or)\\s+$");
  /** A month's or a weekday's name, alone. */
  private static final Pattern DATE_NAME = Pattern.compile(CalendarDates.MONTH_NAME + "|" + CalendarDates.WEEKDAY);
  /** A weekday's name that begins a date: "Friday, August 14". */
  private static final Pattern WEEKDAY_FIRST = Pattern.compile(CalendarDates.WEEKDAY);
  /** "and" and a month after a month: "between May and July". */
  private static final Pattern AND_MONTH = Pattern.compile("\\s+and\\s+" + CalendarDates.MONTH_NAME);
  private static final Pattern DASH_AND_MONTH = Pattern.compile("\\G\\s?[-–—]\\s?(" + CalendarDates.MONTH_NAME + ")");

  /** Determiners before a month that modifies a noun: "a June agreement", "the July report". */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her",
      "our", "that");

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
    if (yearText != null) {
      s.date(start, end, CalendarDates.day(Integer.parseInt(yearText), month, day));
      return;
    }
    Tense tense = tenseOf(s, start, end);
    // "the quarter ended Sept. 30", "since June 1": a day already passed, however near the coming one
    boolean passed = PASSED_CUES.contains(s.wordBefore(start));
    s.relative(start, end, TimexType.DATE, null, (c, context) -> {
      TimePoint reference = context.yearless();
      if (reference == null) {
        return c.withValue(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), null);
      }
      int year = reference != context.documentDate() ? reference.year()
          : passed && reference.precision() == TimePoint.Precision.DAY
              ? Tense.lastOnOrBefore(reference, month, day)
          : reference.precision() == TimePoint.Precision.DAY ? tense.nearestYear(reference, month, day)
          : reference.precision().compareTo(TimePoint.Precision.MONTH) >= 0
          ? tense.year(reference.year(), month, reference.date().getMonthValue()) : reference.year();
      year = yearOfWeekday(reference, year, month, day, weekday);
      Optional<String> value = CalendarDates.day(year, month, day);
      return value.isPresent()
          ? c.withValue(value.get(), reference.value(), DateFlag.INFERRED)
          : c.withValue(null, reference.value(), DateFlag.IMPOSSIBLE_DATE);
    });
  }

  /**
   * {@code year}, or the year before or after it in which the day falls on {@code weekday} when
   * it does not in {@code year} and in only one of those; {@code year} for no weekday (0), and
   * for a day within a month of {@code reference}, where a wrong weekday is a slip of the writer's
   * ("Friday March 5" told on March 10).
   */
  private static int yearOfWeekday(TimePoint reference, int year, int month, int day, int weekday) {
    if (weekday == 0 || fallsOn(year, month, day, weekday)) {
      return year;
    }
    Optional<String> guessed = CalendarDates.day(year, month, day);
    if (guessed.isEmpty()
        || Math.abs(ChronoUnit.DAYS.between(reference.date(), LocalDate.parse(guessed.get()))) <= 31) {
      return year;
    }
    boolean before = fallsOn(year - 1, month, day, weekday);
    boolean after = fallsOn(year + 1, month, day, weekday);
    return before == after ? year : before ? year - 1 : year + 1;
  }

  private static boolean fallsOn(int year, int month, int day, int weekday) {
    return CalendarDates.day(year, month, day).map(d -> LocalDate.parse(d).getDayOfWeek().getValue() == weekday)
        .orElse(false);
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
   * "the following March", "the previous June": the first such month after (before) the date the
   * text speaks of; none without a month to count from.
   */
  private static void monthAfterOrBefore(Scan s, Matcher m, int month, int direction) {
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.followOn();
      if (base == null || base.precision().compareTo(TimePoint.Precision.MONTH) < 0) {
        return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      int year = yearOfMonthFrom(base.year(), base.date().getMonthValue(), month, direction);
      return c.withValue(String.format(Locale.ROOT, "%04d-%02d", year, month), base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * The year of the first {@code month} after ({@code direction} 1) or the last before (-1) the
   * month {@code baseMonth} of {@code baseYear}: "next January", "last June", "the following March".
   */
  private static int yearOfMonthFrom(int baseYear, int baseMonth, int month, int direction) {
    boolean wraps = direction > 0 ? month <= baseMonth : month >= baseMonth;
    return wraps ? baseYear + direction : baseYear;
  }

  static void bareMonth(Scan s, Matcher m) {
    String which = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    String before = s.wordBefore(m.start(2));
    boolean cued = which != null || MONTH_CUES.contains(before) && !afterAName(s, m.start(2), before)
        || (m.start(2) > s.from && s.text.charAt(m.start(2) - 1) == '-'
            && MONTH_CUES.contains(s.wordBefore(m.start(2) - 1)))
        || modifiesNoun(s, m, before);
    boolean hyphened = m.start(2) > s.from && s.text.charAt(m.start(2) - 1) == '-';
    // "in the January–March period", "the May-June elections": two months written as a range
    Matcher nextMonth = DASH_AND_MONTH.matcher(s.text).region(m.end(), s.to);
    boolean first = which == null && nextMonth.lookingAt();
    boolean ofARange = first || which == null && s.lookBack(MONTH_AND_DASH, m.start(2), 14) != null
        || which == null && before.equals("between") && AND_MONTH.matcher(s.text).region(m.end(), s.to).lookingAt();
    // "in May, June and September": a month listed after another
    String next = s.wordAfter(m.end());
    boolean listed = which == null && s.lookBack(MONTH_AND_COMMA, m.start(2), 24) != null
        && (next.isEmpty() || !Character.isUpperCase(next.charAt(0)));
    cued |= ofARange || listed;
    if (which != null && DAY_AFTER.matcher(s.text).region(m.end(), s.to).lookingAt()) {
      return; // "coming April 28": the day is the date, which the day rules read
    }
    if (!cued || (m.group(2).equals("May") && which == null && !hyphened && !ofARange && !listed
        && !Set.of("in", "since", "until", "by", "from", "during", "of", "early", "late", "mid", "through", "till")
        .contains(before) && !DETERMINERS.contains(before))) {
      return;
    }
    int month = CalendarDates.month(m.group(2));
    // The first of two months takes its year from the second's: "the November–January period"
    int endMonth = first ? CalendarDates.month(nextMonth.group(1)) : month;
    int yearShift = month > endMonth ? -1 : 0;
    if (which != null && which.startsWith("the ")) {
      monthAfterOrBefore(s, m, month, which.equals("the following") || which.equals("the next") ? 1 : -1);
      return;
    }
    if ("that".equals(which)) { // "that January": the month of the year the text speaks of
      s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
        TimePoint base = context.reference();
        String year = base == null ? "XXXX" : String.format(Locale.ROOT, "%04d", base.year());
        return c.withValue(year + String.format(Locale.ROOT, "-%02d", month), base == null ? null : base.value(),
            DateFlag.RELATIVE_DATE);
      });
      return;
    }
    Tense tense = tenseOf(s, m.start(), m.end());
    boolean passed = which == null && PASSED_CUES.contains(before); // "since August" has begun
    boolean fromThePast = which == null && tense == Tense.FUTURE
        && Tense.seenFromThePast(s.text.substring(s.from, s.to), m.start() - s.from);
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = which == null ? context.yearless() : context.documentDate();
      if (base == null) {
        return c.withValue(String.format(Locale.ROOT, "XXXX-%02d", month), null);
      }
      TimePoint then = context.paragraphDate();
      if (fromThePast && then != null && then.precision().compareTo(TimePoint.Precision.MONTH) >= 0
          && base == context.documentDate() && then.date().isBefore(base.date().withDayOfMonth(1))) {
        // "He said in October that he would step down in January": the first January after October
        int year = then.year() + (endMonth <= then.date().getMonthValue() ? 1 : 0) + yearShift;
        return c.withValue(String.format(Locale.ROOT, "%04d-%02d", year, month), then.value(), DateFlag.INFERRED);
      }
      int year = base.year();
      int baseMonth = base.date().getMonthValue();
      boolean fromDocumentDate = base == context.documentDate()
          && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0;
      if ("last".equals(which)) {
        year = yearOfMonthFrom(year, baseMonth, month, -1);
      } else if ("next".equals(which) || "coming".equals(which)) {
        year = yearOfMonthFrom(year, baseMonth, month, 1);
      } else if (passed && fromDocumentDate && base.precision() == TimePoint.Precision.DAY) {
        year = Tense.lastOnOrBefore(base, endMonth, 1) + yearShift;
      } else if (which == null && fromDocumentDate && base.precision() == TimePoint.Precision.DAY) {
        year = tense.nearestYear(base, endMonth, 15) + yearShift;
      } else if (which == null && fromDocumentDate) {
        year = tense.year(year, endMonth, baseMonth) + yearShift;
      }
      String value = String.format(Locale.ROOT, "%04d-%02d", year, month);
      return which == null
          ? c.withValue(value, base.value(), DateFlag.INFERRED)
          : c.withValue(value, base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * Whether the month's cue is "of" after a title ("the Earl of March", "the Earldoms of
   * Cambridge, Ulster and March") or "and"/"or" after a capitalised word that is no date
   * ("Ulster and March"): the month's name is a place's or a name's.
   */
  private static boolean afterAName(Scan s, int at, String before) {
    if (!before.equals("and") && !before.equals("or") && !before.equals("of")) {
      return false;
    }
    if (before.equals("of")) {
      return s.lookBack(TITLE_OF, at, 24) != null;
    }
    int back = at;
    while (back > s.from && s.text.charAt(back - 1) == ' ') {
      back--;
    }
    back -= before.length();
    String word = s.wordBefore(back);
    int wordEnd = back;
    while (wordEnd > s.from && s.text.charAt(wordEnd - 1) == ' ') {
      wordEnd--;
    }
    int wordStart = wordEnd - word.length();
    return !word.isEmpty() && wordStart >= s.from && Character.isUpperCase(s.text.charAt(wordStart))
        && !DATE_NAME.matcher(s.text.substring(wordStart, wordEnd)).matches() && !opensSentence(s, wordStart)
        || s.lookBack(TITLE_OF_LIST, at, 60) != null;
  }

  /** Whether a sentence (the scanned stretch) begins at {@code at}. */
  private static boolean opensSentence(Scan s, int at) {
    int i = at;
    while (i > s.from && Character.isWhitespace(s.text.charAt(i - 1))) {
      i--;
    }
    return i == s.from;
  }

  /**
   * A month as a noun's modifier or owner: "a June agreement", "the July report", "July's
   * exports". "May" is no month here unless a determiner stands before it ("May's" is a name's as
   * often), and nor is a month after a capitalised word ("Theresa May's", "Carter June's").
   */
  private static boolean modifiesNoun(Scan s, Matcher m, String before) {
    int end = m.end(2);
    if (DETERMINERS.contains(before)) {
      return s.beforeItsNoun(end);
    }
    boolean possessive = end + 1 < s.to && (s.text.charAt(end) == '\'' || s.text.charAt(end) == '’')
        && s.text.charAt(end + 1) == 's' && (end + 2 == s.to || !Character.isLetter(s.text.charAt(end + 2)));
    if (!possessive || m.group(2).equals("May")) {
      return false;
    }
    int back = m.start(2);
    while (back > s.from && s.text.charAt(back - 1) == ' ') {
      back--;
    }
    return back == s.from || !Character.isUpperCase(s.text.charAt(back - before.length()));
  }

  /**
   * The tense a month or day without a year is read in: its clause's, else its sentence's. A
   * deadline or a start told in the past ("set a deadline by February", "created an office,
   * effective Feb. 1") may lie on either side of the telling: it is read as the nearest one.
   */
  private static Tense tenseOf(Scan s, int start, int end) {
    Tense tense = s.tenseAt(start, end);
    return tense == Tense.PAST && DEADLINE_CUES.contains(cueBefore(s, start)) ? Tense.PRESENT : tense;
  }

  /** The word before {@code at}, looking past "early", "late" or "mid" ("until mid-November"). */
  private static String cueBefore(Scan s, int at) {
    int back = at > s.from && s.text.charAt(at - 1) == '-' ? at - 1 : at;
    String before = s.wordBefore(back);
    if (!MODIFIERS.contains(before)) {
      return before;
    }
    while (back > s.from && s.text.charAt(back - 1) == ' ') {
      back--;
    }
    return s.wordBefore(back - before.length());
  }

}
