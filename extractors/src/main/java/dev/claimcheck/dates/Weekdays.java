package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the week and weekends named without a date ("said Thursday", "will meet on Monday",
 * "the previous Friday", "over the weekend"), read against the document date by the tense of
 * their clause. Every one is flagged relative and keeps the date it was resolved against.
 * Thread-safe.
 */
final class Weekdays {
  /**
   * "over the weekend", "spent the weekend", "the weekend's violence": the weekend the news is
   * about; "ahead of the weekend" the coming one.
   */
  private static final Pattern WEEKEND = Pattern.compile(
      "(?i)(?<=\\b(?:over|during|on|at|for|since|past|until|till|by|through|throughout|into|before|after"
          + "|ahead of|spen(?:t|ds?|ding)) )the weekend\\b|\\bthe weekend(?=['’]s\\b)");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?:\\b(?i:(?:the\\s+)?(previous|preceding|prior|following)"
          + "|(last|next|this coming|this past|this|coming|past))\\s+)?"
          + "(" + CalendarDates.WEEKDAY + ")(?:\\s+(?i:(morning|afternoon|evening|night)(s?))\\b)?");

  /**
   * "the first Tuesday in November", "the last Friday of March 2012", "the second Monday of every
   * month", a listing's "First Sunday of the month": a weekday counted within a month, never the
   * weekday nearest the document date.
   */
  private static final String COUNT = "first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th)";
  private static final Pattern COUNTED_IN_A_MONTH = Pattern.compile(
      "\\b(?i:(?:the\\s+)?(" + COUNT + ")\\s+)(" + CalendarDates.WEEKDAY + ")\\s+(?i:of|in)\\s+"
          + "(?:(" + CalendarDates.FULL_MONTH_NAME + ")(?:,?\\s+" + CalendarRules.YEAR + "(?!\\d))?"
          + "|(?i:(?:every|each|the|a|that)\\s+month)\\b)");
  /**
   * "the first " before a weekday, or "First " heading a listing's line: it is counted within a
   * month when "of" or "in" follows.
   */
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?i)\\b(?:the\\s+)?(?:" + COUNT + ")\\s+$");

  /** After the first weekday of a pair, the second with a part of the day in the plural: " and Tuesday nights". */
  private static final Pattern PAIRED_PARTS = Pattern.compile(
      "\\s{1,3}(?:and|or|&)\\s{1,3}(?:" + CalendarDates.WEEKDAY + ")\\s{1,3}(?i:(morning|afternoon|evening|night)s)\\b");

  /** "two Fridays ago", "three Sundays ago": that many such weekdays back from the document date. */
  private static final Pattern WEEKDAYS_AGO = Pattern.compile(
      "(?i)\\b(two|three|four|five|six|[2-9])\\s+(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)"
          + "\\s+ago\\b");

  /**
   * "a week ago Sunday", "two weeks from Friday", "three days from tomorrow": steps back or on
   * from a day named after them, which is one expression ("a week from today" is a step from the
   * document date, "a week ago yesterday" one back from yesterday: {@link Shifts}).
   */
  private static final Pattern STEPS_FROM_A_DAY = Pattern.compile(
      "(?i)\\b(a|one|two|three|four|five|six|[1-9])\\s+(week|day)s?\\s+(ago|from)\\s+(?:(tomorrow)\\b|(?-i:("
          + CalendarDates.WEEKDAY + ")))");

  /** How many days before the document date a day the sentence wrote is a story's, not the news'. */
  private static final int FAR_BEHIND_DAYS = 31;
  /** Words before a day that make it the end of a wait, or one to come ("come Monday"). */
  private static final Set<String> DEADLINE_CUES = Set.of("until", "till", "by", "come");
  /** The same words before a time of the day: "until 6 a.m. on Monday", "by noon Friday". */
  private static final Pattern DEADLINE_AT_A_TIME = Pattern.compile(
      "(?i)\\b(?:until|till|by)\\s" + Tense.CLOCK_BEFORE_A_DAY
          + "(?:\\s\\p{Lu}{2,4})?\\s(?:on\\s)?$");
  /** A weekday's name in any case, as {@link Scan#wordBefore} gives it ("monday", "tues."). */
  private static final Pattern WEEKDAY_ANY_CASE = Pattern.compile(CalendarDates.WEEKDAY, Pattern.CASE_INSENSITIVE);
  /** "was postponed until Sunday", "adjourned to Monday": the day put off to, still to come. */
  private static final Pattern PUT_OFF_UNTIL = Pattern.compile(
      "(?i)\\b(?:postponed|delayed|adjourned|deferred|rescheduled|put off|pushed back)\\s+(?:until|till|to)\\s+$");
  /** "ahead of Friday's summit", "in advance of Sunday's vote": a day still to come. */
  private static final Pattern AHEAD_OF = Pattern.compile("(?i)\\b(?:ahead|in advance) of\\s+$");

  /** The capitalised names a weekday is written with, or begins with ("Tue" for "Tue." and "Tues."). */
  private static final List<String> WEEKDAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "Mon.", "Tue", "Wed.", "Thu", "Fri.", "Sat.", "Sun.");

  private Weekdays() {}

  static void weekends(Scan s) {
    if (s.has("the weekend")) {
      s.run(WEEKEND, m -> weekend(s, m));
    }
  }

  /** Whether the stretch writes a weekday's name, as {@link #WEEKDAY} needs (a cheap look before the pattern). */
  private static boolean namesAWeekday(Scan s) {
    for (String name : WEEKDAY_NAMES) {
      if (s.hasAsWritten(name)) {
        return true;
      }
    }
    return false;
  }

  static void weekdays(Scan s) {
    if (namesAWeekday(s)) {
      if (s.has("first ") || s.has("second ") || s.has("third ") || s.has("fourth ") || s.has("fifth ")
          || s.has("last ") || s.has("final ") || s.hasDigit()) {
        s.run(COUNTED_IN_A_MONTH, m -> countedInAMonth(s, m));
      }
      s.run(WEEKDAY, m -> weekday(s, m));
      if (s.has("s ago")) {
        s.run(WEEKDAYS_AGO, m -> weekdaysAgo(s, m));
      }
    }
    if (s.has(" ago ") || s.has(" from ")) {
      s.run(STEPS_FROM_A_DAY, m -> stepsFromADay(s, m));
    }
  }

  /**
   * "a week ago Sunday": the last Sunday before the document date, a week back; "two weeks from
   * Friday": the coming Friday, two weeks on; "three days from tomorrow" three days after it.
   * None without a document day.
   */
  private static void stepsFromADay(Scan s, Matcher m) {
    int count = (int) NumberWords.value(m.group(1));
    long days = m.group(2).equalsIgnoreCase("week") ? 7L * count : count;
    boolean back = m.group(3).equalsIgnoreCase("ago");
    boolean tomorrow = m.group(4) != null;
    if (!back && !tomorrow && days < 7) {
      return; // "it ran two days from Monday": a stretch that began then
    }
    DayOfWeek target = tomorrow ? null : DayOfWeek.of(CalendarDates.weekday(m.group(5)));
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      if (base == null || base.precision() != TimePoint.Precision.DAY) {
        return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      java.time.LocalDate day = tomorrow ? base.date().plusDays(1)
          : base.date().with(back ? TemporalAdjusters.previous(target) : TemporalAdjusters.next(target));
      return c.withValue((back ? day.minusDays(days) : day.plusDays(days)).toString(), base.value(),
          DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * "two Fridays ago": the last Friday before the document date, and a week back for each one
   * more (on Wednesday, March 13, March 1); none without a document day.
   */
  private static void weekdaysAgo(Scan s, Matcher m) {
    int count = (int) NumberWords.value(m.group(1));
    String name = m.group(2);
    DayOfWeek target = DayOfWeek.of(CalendarDates.weekday(name.substring(0, name.length() - 1)));
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      if (base == null || base.precision() != TimePoint.Precision.DAY) {
        return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      java.time.LocalDate date = base.date().with(TemporalAdjusters.previous(target)).minusWeeks(count - 1L);
      return c.withValue(date.toString(), base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * "the first Tuesday in November", "the 4th Tuesday in May": that day of the month named, in the
   * year written or the one the tense gives (as for a month named alone); told as a habit ("it
   * meets on", "falls on") the month of no one year; "of every month" is no one day, and none is read.
   */
  private static void countedInAMonth(Scan s, Matcher m) {
    if (m.group(3) == null) {
      return; // "the second Monday of every month"
    }
    int month = CalendarDates.month(m.group(3));
    DayOfWeek day = DayOfWeek.of(CalendarDates.weekday(m.group(2)));
    String count = m.group(1);
    // "4th" its figure; a word its place, -1 (the last in the month) for "last" and "final"
    int nth = Character.isDigit(count.charAt(0)) ? count.charAt(0) - '0' : TimexWords.ordinal(count);
    if (m.group(4) != null) {
      int year = Integer.parseInt(m.group(4));
      s.add(m.start(), m.end(), TimexType.DATE, countedDay(year, month, nth, day), null);
      return;
    }
    if (s.habitual(m.start(), m.end())) {
      // "it currently meets on the third Tuesday in February": that day of every year's February
      s.add(m.start(), m.end(), TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), null);
      return;
    }
    Tense tense = s.clauseTense(m.start(), m.end());
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.yearless();
      if (base == null) {
        return c.withValue(String.format(Locale.ROOT, "XXXX-%02d", month), null);
      }
      int year = base.precision().compareTo(TimePoint.Precision.MONTH) >= 0 && tense != null
          ? tense.year(base.year(), month, base.date().getMonthValue()) : base.year();
      return c.withValue(countedDay(year, month, nth, day), base.value(), DateFlag.INFERRED);
    });
  }

  /**
   * The nth such weekday of the month (the last for -1); the month alone when it has no such
   * day ("the fifth Tuesday in February 2021").
   */
  private static String countedDay(int year, int month, int nth, DayOfWeek day) {
    java.time.LocalDate found = java.time.LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
    return found.getMonthValue() == month ? found.toString() : String.format(Locale.ROOT, "%d-%02d", year, month);
  }

  /**
   * The weekend just past (or, told in the future or awaited as a weekday is, "ahead of the
   * weekend", "runs until the weekend", the coming one), against the document date.
   */
  private static void weekend(Scan s, Matcher m) {
    Tense tense = s.around(m.start(), m.end());
    boolean future = tense == Tense.FUTURE || awaited(s, m.start(), m.end(), tense);
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      if (base == null || base.precision() != TimePoint.Precision.DAY) {
        return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      java.time.LocalDate saturday = base.date().with(future
          ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY) : TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return c.withValue(new TimePoint(saturday, TimePoint.Precision.WEEK).value() + "-WE", base.value(),
          DateFlag.RELATIVE_DATE);
    });
  }

  private static void weekday(Scan s, Matcher m) {
    if (s.lookBack(COUNT_BEFORE, m.start(), 16) != null && s.wordAfter(m.end()).matches("(?i)of|in")) {
      return; // "the first Tuesday in November" is counted in its month
    }
    String which = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT)
        : m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    // News mostly reports what happened: a day is a coming one when the words before it in its
    // clause are in the future ("will meet … on Thursday"), or, with none told before it, those
    // after it ("Monday's meeting will decide"), or an arrangement in the present ("are meeting
    // Monday"); after "said Thursday" comes what was said that day.
    // A deadline not told in the past is a coming day: "he has until Friday to decide" (awaited, below).
    Tense tense = s.clauseTense(m.start(), m.end());
    boolean future = tense == Tense.FUTURE || awaited(s, m.start(), m.end(), tense);
    // "said Tuesday that the vote would be held Thursday": the Thursday after that Tuesday
    boolean fromThePast = future && Tense.seenFromThePast(s.text.substring(s.from, s.to), m.start() - s.from);
    int day = CalendarDates.weekday(m.group(3));
    String part = m.group(4);
    String everyPart = part != null && !m.group(5).isEmpty() ? part : null;
    if (part == null) {
      Matcher pair = PAIRED_PARTS.matcher(s.text).region(m.end(), s.to);
      everyPart = pair.lookingAt() ? pair.group(1) : null;
    }
    if (everyPart != null && which.isEmpty()) {
      // "Monday and Tuesday nights": that part of every such day, the first of the pair's too
      s.add(m.start(), m.end(), TimexType.SET, "XXXX-WXX-" + day + "T" + TimexWords.partOfDay(everyPart), null);
      return;
    }
    if (which.isEmpty() && s.wordBefore(m.start()).equals("a") && !s.beforeItsNoun(m.end())) {
      // "on a Friday", "on a Sunday night": some such day, not the one nearest the document date
      // ("at a Thursday news conference" is the article of the conference, held that Thursday)
      s.add(m.start(), m.end(), part == null ? TimexType.DATE : TimexType.TIME,
          "XXXX-WXX-" + day + (part == null ? "" : "T" + TimexWords.partOfDay(part)), null);
      return;
    }
    s.relative(m.start(), m.end(), part == null ? TimexType.DATE : TimexType.TIME, null,
        (c, context) -> {
          TimePoint base = context.documentDate();
          TimePoint then = s.dateOfItsClause(context, c.start());
          if (then != null && then.precision() == TimePoint.Precision.DAY && (base == null
              || ChronoUnit.DAYS.between(then.date(), base.date()) > FAR_BEHIND_DAYS)) {
            return dayAfterWritten(c, then, which, day, part);
          }
          if (base == null || base.precision() != TimePoint.Precision.DAY) {
            return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
          }
          DayOfWeek target = DayOfWeek.of(day);
          java.time.LocalDate date = switch (which) {
            case "next", "coming", "this coming" -> base.date().with(TemporalAdjusters.next(target));
            case "last", "past", "this past" -> base.date().with(TemporalAdjusters.previous(target));
            // "the previous Friday": the one before the Friday the news is about (the last one)
            case "previous", "preceding", "prior" -> base.date().with(TemporalAdjusters.previousOrSame(target))
                .minusWeeks(1);
            case "following" -> base.date().with(TemporalAdjusters.next(target));
            // the day of the document's week, unless the tense puts it on the other side of the
            // document date: "This Sunday, they welcomed a baby" told on a Tuesday is the last one
            case "this" -> thisWeeks(base.date(), target, tense);
            // News mostly reports what happened: a bare weekday is the last one on or before
            // the date, unless the sentence speaks of the future: from a day it named before,
            // when that future is seen from it.
            default -> future
                ? toldFrom(context, base, fromThePast).with(TemporalAdjusters.nextOrSame(target))
                : base.date().with(TemporalAdjusters.previousOrSame(target));
          };
          String value = date.toString() + (part == null ? "" : "T" + TimexWords.partOfDay(part));
          return c.withValue(value, base.value(), DateFlag.RELATIVE_DATE);
        });
  }

  /**
   * Whether the words just before the weekday at {@code start} make it one still awaited, whatever
   * the tense: "ahead of Friday's summit", "was postponed until Sunday", a deadline granted, "was
   * given until Friday to leave"; with no tense told around
   * it ({@code tense} null), a deadline, "he has until Friday", "until 6 a.m. on Monday", or the
   * end of what goes on, "the festival runs through Sunday" (not the end of a range of weekdays,
   * "open Monday through Friday", nor of what has gone on, "has fallen through Friday").
   */
  private static boolean awaited(Scan s, int start, int end, Tense tense) {
    if (s.lookBack(AHEAD_OF, start, 20) != null || s.lookBack(PUT_OFF_UNTIL, start, 40) != null) {
      return true;
    }
    String cue = s.wordBefore(start);
    if ((cue.equals("until") || cue.equals("till")) && s.wordAfter(end).equals("to")
        && !s.wordBefore(s.wordStartBefore(start)).equals("had")) {
      return true; // a deadline granted: "gave the government until Friday to respond", not "had until Friday to"
    }
    if (tense != null) {
      return false;
    }
    if (DEADLINE_CUES.contains(cue) || s.lookBack(DEADLINE_AT_A_TIME, start, 32) != null) {
      return true;
    }
    return cue.equals("through") && s.endsWhatGoesOn(cue, start)
        && !WEEKDAY_ANY_CASE.matcher(s.wordBefore(s.wordStartBefore(start))).matches();
  }

  /**
   * "this Sunday": the day of the document date's week (weeks begin on Monday); the last such day
   * when that lies ahead but the clause is told in the past, the next when it lies behind but
   * the clause speaks of the future.
   */
  private static java.time.LocalDate thisWeeks(java.time.LocalDate base, DayOfWeek target, Tense tense) {
    java.time.LocalDate day = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .with(TemporalAdjusters.nextOrSame(target));
    if (tense == Tense.PAST && day.isAfter(base)) {
      return base.with(TemporalAdjusters.previous(target));
    }
    return tense == Tense.FUTURE && day.isBefore(base) ? base.with(TemporalAdjusters.next(target)) : day;
  }

  /**
   * The day a coming weekday counts on from: the day its sentence named before it when the future
   * is seen from that day and the day is a week or less before the document date ("said Tuesday
   * that the vote would be held Thursday", told on Friday, is the day before); else the document
   * date.
   */
  private static java.time.LocalDate toldFrom(DateContext context, TimePoint base, boolean fromThePast) {
    TimePoint said = context.dayOfSentence();
    if (fromThePast && said != null) {
      long behind = ChronoUnit.DAYS.between(said.date(), base.date());
      if (behind > 0 && behind < 7) {
        return said.date();
      }
    }
    return base.date();
  }

  /**
   * "On 5 June 1990 he arrived, and on Friday he left": a weekday after a day its sentence wrote,
   * long before the document date, is the first such weekday on or after that day ("last",
   * "previous": the one before it), not one near the document date.
   */
  private static Candidate dayAfterWritten(Candidate c, TimePoint then, String which, int day, String part) {
    DayOfWeek target = DayOfWeek.of(day);
    java.time.LocalDate date = switch (which) {
      case "last", "past", "this past", "previous", "preceding", "prior" ->
          then.date().with(TemporalAdjusters.previous(target));
      case "next", "following", "coming", "this coming" -> then.date().with(TemporalAdjusters.next(target));
      default -> then.date().with(TemporalAdjusters.nextOrSame(target));
    };
    String value = date.toString() + (part == null ? "" : "T" + TimexWords.partOfDay(part));
    return c.withValue(value, then.value(), DateFlag.RELATIVE_DATE);
  }
}
