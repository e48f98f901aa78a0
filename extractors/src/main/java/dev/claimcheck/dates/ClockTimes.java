package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day on the clock ("3:30 p.m.", "14:30 local time", "0730 GMT", "10 o'clock",
 * "noon") and told by the sun with their day beside them ("at dawn on Friday", "Saturday by
 * nightfall"), on the day the text speaks of. Thread-safe.
 */
final class ClockTimes {
  /** Time zone abbreviations of three letters or more. */
  private static final String LETTER_ZONES = "GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT"
      + "|PST|PDT|AEST|AEDT|IST|JST|KST|HKT|SGT|MSK";
  /** Time zones as written after clock times, the two-letter ones and "local time" too. */
  private static final String ZONES = LETTER_ZONES + "|ET|CT|MT|PT|local time";
  private static final Pattern CLOCK = Pattern.compile(
      "(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))?\\s*([AaPp])(?:\\.\\s?[Mm]\\b\\.?|\\s?[Mm]\\b)"
          + "(?:\\s+(" + ZONES + ")\\b)?");
  /** "14:30", "10:00:00 GMT" (the seconds are read past, TIMEX3 values stop at the minute). */
  private static final Pattern CLOCK_24 = Pattern.compile(
      "(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d)?(?![\\d:])(?:\\s*(" + ZONES + "|hours|hrs|h)\\b)?");
  /**
   * "10.54 EDT": a 24-hour time written with a point, as British papers stamp their pages, only
   * before a zone of three letters or more (not a price, "$3.50", nor "3.50 ET").
   */
  private static final Pattern CLOCK_24_POINT = Pattern.compile(
      "(?=\\d)(?<![\\d:.$€£¥])([01]?\\d|2[0-3])\\.([0-5]\\d)\\s(" + LETTER_ZONES + ")\\b");
  /**
   * "0730 GMT", "0630 local time", "at 1500 hours", "At 1930 hours", "0600 hours": four figures are a
   * time only with a zone after them, or "hours" and a word of time before them or a leading zero
   * ("1500 hours of tape" is a count).
   */
  private static final Pattern CLOCK_FIGURES = Pattern.compile(
      "(?<![\\d:.,$€£¥#/-])([01]\\d|2[0-3])([0-5]\\d)(?:\\s?(?:GMT|UTC)|\\slocal\\stime"
          + "|(?<=\\b(?i:at|by|until|from|to|before|after)\\s\\d{4}|\\b0\\d{3})\\s(?:hours|hrs))\\b");
  /** "10 o'clock", "ten o'clock at night". */
  private static final Pattern O_CLOCK = Pattern.compile(
      "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock\\b"
          + "(?:\\s+(in the morning|in the afternoon|in the evening|at night))?");
  private static final Pattern NOON = Pattern.compile("(?i)\\b(noon|midday|midnight)\\b");
  /**
   * "at dawn", "before sunrise", "by nightfall": the morning or the evening of a day, after a word
   * that places something in time ("the dawn of the jet age" is no time of day). Read only with
   * the day told beside it ({@link #DAY_AFTER}, {@link #DAY_BEFORE}): on its own, "lit at dusk as
   * ever", it is as often every day's.
   */
  private static final Pattern SUN = Pattern.compile(
      "(?i)(?=[dsfn])(?<=\\b(?:at|before|after|by|until|till|since|from|around|near|toward|towards|through|past) )"
          + "(?:(dawn|daybreak|sunrise|first light)|(dusk|sunset|sundown|nightfall))\\b(?!\\s+of\\b)");
  /** The day named after a time: "at dawn on Saturday", "before dawn Friday", "at dusk yesterday". */
  private static final Pattern DAY_AFTER = Pattern.compile(
      ",?\\s{1,3}(?:on\\s{1,3})?(?:" + CalendarDates.WEEKDAY + "|" + CalendarDates.MONTH_NAME + "\\s{1,3}\\d"
          + "|\\d{1,2}\\s{1,3}" + CalendarDates.MONTH_NAME + "|(?i:yesterday|today|tomorrow)\\b)");
  /** The day named before a time: "on Saturday at dawn", "yesterday shortly before sunset". */
  private static final Pattern DAY_BEFORE = Pattern.compile(
      "(?:" + CalendarDates.WEEKDAY + "|\\b(?i:yesterday|today|tomorrow))(?:\\s{1,3}(?i:morning|evening|night))?"
          + ",?\\s{1,3}(?i:(?:just|shortly|soon|well)\\s{1,3})?"
          + "(?i:at|before|after|by|until|till|around|near|toward|towards)\\s{1,3}$");
  /**
   * What a 24-hour time may follow across a dash: a time read as one ("from 9:00 - 16:30", "9
   * a.m. – 16:30"), a weekday ("Monday – 16:30"), a year or a day of a month ("12 May 2020 –
   * 16:30", "May 12 - 16:30"); not a count or a verse ("3-16:30"). Across a comma, a day of a
   * month ("Published 5 Mar 2019, 10:00").
   */
  private static final Pattern DASH_BEFORE = Pattern.compile(
      "(?:\\b(?i:at|from|between)\\s{1,3}\\d{1,2}[:.]\\d{2}|\\d\\s?[AaPp]\\.?[Mm]\\.?|" + CalendarDates.WEEKDAY
          + "|\\b\\d{4}|" + CalendarDates.MONTH_NAME + "\\s{1,3}\\d{1,2})\\s{0,3}[-–—]\\s{0,3}$"
          // after a comma only a day written out: "Published 5 Mar 2019, 10:00", "May 23, 17:58" (not
          // "J Arthroplasty 2001, 16:37-46", a volume and its pages)
          + "|(?:" + CalendarDates.MONTH_NAME + "\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s{1,3}\\d{4})?|\\d{1,2}\\s{1,3}"
          + CalendarDates.MONTH_NAME + "(?:\\s{1,3}\\d{4})?)\\s{0,2},\\s{0,3}$");
  /**
   * "9:00–16:30", "09:00 - 17:00": two 24-hour times joined by a dash, as opening hours and
   * timetables give them; read when both fall on a five-minute mark and the second is half an
   * hour or more later (a verse range, "5:17–7:29", and lap times, "1:35–1:40", are none).
   */
  private static final Pattern TIME_THEN_DASH = Pattern.compile(
      "(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)\\s{0,3}[-–—]\\s{0,3}$");
  /** See {@link #TIME_THEN_DASH}. */
  private static final Pattern DASH_THEN_TIME = Pattern.compile(
      "\\s{0,3}[-–—]\\s{0,3}([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])");
  /**
   * What follows a game's clock, not the day's: "at 10:45 of the third period", "with 2:31 left",
   * "at 12:03 into the second half".
   */
  private static final Pattern GAME_CLOCK = Pattern.compile(
      "(?i)\\s{1,3}(?:(?:of|into)\\s{1,3}(?:the\\s{1,3})?(?:first|second|third|fourth|final|1st|2nd|3rd|4th|opening)"
          + "\\s{1,3}(?:period|quarter|half|inning|set|round|overtime)|left|remaining|to (?:play|go))\\b");
  private static final Set<String> CLOCK_CUES = Set.of("at", "by", "until", "till", "from", "to",
      "before", "after", "around", "about", "since", "between", "and");
  /** Words that tell a thing done every day: a time of day beside them is of no one day. */
  private static final Pattern EVERY_DAY = Pattern.compile(
      "(?i)\\b(?:nightly|daily|every\\s+(?:day|night|morning|evening|afternoon|weekday)"
          + "|each\\s+(?:day|night|morning|evening|afternoon|weekday)|on\\s+weekdays|weeknights)\\b");

  private ClockTimes() {}

  /**
   * Whether a figure stands before an "a" or a "p", its minutes ("10:30", "9.15") and spaces
   * between, as {@link #CLOCK} needs: the cheap look before it.
   */
  private static boolean hasAFigureBeforeAOrP(Scan s) {
    String text = s.text;
    for (int i = s.from; i < s.to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        continue;
      }
      int at = i + 1;
      if (at + 2 < s.to && (text.charAt(at) == ':' || text.charAt(at) == '.')
          && Character.isDigit(text.charAt(at + 1)) && Character.isDigit(text.charAt(at + 2))) {
        at += 3;
      }
      while (at < s.to && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at < s.to && "AaPp".indexOf(text.charAt(at)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static void apply(Scan s) {
    if (s.has("dawn") || s.has("daybreak") || s.has("sunrise") || s.has("sunset") || s.has("sundown")
        || s.has("dusk") || s.has("nightfall") || s.has("first light")) {
      s.run(SUN, m -> {
        if (DAY_AFTER.matcher(s.text).region(m.end(), s.to).lookingAt()
            || s.lookBack(DAY_BEFORE, m.start(), 40) != null) {
          at(s, m, m.group(1) != null ? "TMO" : "TEV", null);
        }
      });
    }
    if (s.hasDigit() && s.has("m") && hasAFigureBeforeAOrP(s)) {
      s.run(CLOCK, m -> clock(s, m, hour12(m.group(1), m.group(3)), m.group(2)));
    }
    if (s.has("noon") || s.has("midday") || s.has("midnight")) {
      s.run(NOON, m -> clock(s, m, m.group(1).equalsIgnoreCase("midnight") ? 24 : 12, null));
    }
    if (s.lower.indexOf(':') >= 0) {
      s.run(CLOCK_24, m -> {
        if ((m.group(3) != null || CLOCK_CUES.contains(s.wordBefore(m.start()))
            || s.lookBack(DASH_BEFORE, m.start(), 24) != null || inHoursRange(s, m))
            && !GAME_CLOCK.matcher(s.text).region(m.end(), s.to).lookingAt()) {
          clock(s, m, Integer.parseInt(m.group(1)), m.group(2));
        }
      });
    }
    if (s.hasDigit() && s.lower.indexOf('.') >= 0) {
      s.run(CLOCK_24_POINT, m -> clock(s, m, Integer.parseInt(m.group(1)), m.group(2)));
    }
    if (s.hasDigit() && (s.has("gmt") || s.has("utc") || s.has("hours") || s.has("hrs") || s.has("local time"))) {
      s.run(CLOCK_FIGURES, m -> {
        if (m.start() == s.from || s.text.charAt(m.start() - 1) != '(') {
          // "10:40 a.m. (0740 GMT)": the same time again, for readers elsewhere
          clock(s, m, Integer.parseInt(m.group(1)), m.group(2));
        }
      });
    }
    if (s.has("clock")) {
      s.run(O_CLOCK, m -> {
        int hour = (int) NumberWords.value(m.group(1));
        String part = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        boolean afternoon = part.endsWith("afternoon") || part.endsWith("evening")
            || part.endsWith("night") && hour >= 6;
        clock(s, m, afternoon && hour < 12 ? hour + 12 : hour, null);
      });
    }
  }

  /** Whether the 24-hour time {@code m} opens or closes a range of hours ({@link #TIME_THEN_DASH}). */
  private static boolean inHoursRange(Scan s, Matcher m) {
    int minute = minuteOfDay(m);
    if (minute % 5 != 0) {
      return false;
    }
    Matcher after = DASH_THEN_TIME.matcher(s.text).region(m.end(), s.to);
    if (after.lookingAt()) {
      int until = minuteOfDay(after);
      return until - minute >= 30 && until % 5 == 0;
    }
    Matcher before = s.lookBack(TIME_THEN_DASH, m.start(), 12);
    if (before == null) {
      return false;
    }
    int since = minuteOfDay(before);
    return minute - since >= 30 && since % 5 == 0;
  }

  /** The minute of the day of a match whose groups 1 and 2 are its hour and minutes. */
  private static int minuteOfDay(Matcher m) {
    return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
  }

  private static int hour12(String hour, String meridiem) {
    int h = Integer.parseInt(hour) % 12;
    return meridiem.equalsIgnoreCase("p") ? h + 12 : h;
  }

  /** A time of the day the text speaks of, else of the document's day. */
  private static void clock(Scan s, Matcher m, int hour, String minutes) {
    if (hour > 24 || Integer.parseInt(minutes == null ? "0" : minutes) > 59) {
      return;
    }
    at(s, m, String.format(Locale.ROOT, "T%02d:%s", hour, minutes == null ? "00" : minutes), null);
  }

  /**
   * A time ({@code T10:30}, {@code TMO}) of the day the text speaks of, else of the document's
   * day; of no one day in a sentence that tells a daily habit ("backups run nightly at 2 a.m.",
   * "the office usually opens at 9 a.m.").
   */
  private static void at(Scan s, Matcher m, String time, String modifier) {
    if (EVERY_DAY.matcher(s.text).region(s.from, s.to).find()
        || s.habitual(m.start(), m.end())) {
      s.add(m.start(), m.end(), TimexType.TIME, "XXXX-XX-XX" + time, modifier);
      return;
    }
    // "the strike began at midnight", told on the document's day: the midnight that began it, for
    // the one that ends it is yet to come
    boolean pastMidnight = time.startsWith("T24") && s.tenseAt(m.start(), m.end()) == Tense.PAST;
    s.relative(m.start(), m.end(), TimexType.TIME, modifier, (c, context) -> {
      TimePoint day = context.day();
      if (day == null) {
        return c.withValue("XXXX-XX-XX" + time, null);
      }
      if (pastMidnight && day != context.paragraphDate()) {
        day = new TimePoint(day.date().minusDays(1), TimePoint.Precision.DAY);
      }
      return c.withValue(day.value() + time, day.value(), DateFlag.INFERRED);
    });
  }
}
