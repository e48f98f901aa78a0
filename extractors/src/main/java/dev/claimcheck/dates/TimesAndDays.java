package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day read with the days beside them, part of {@link Neighbours}' reading: "noon
 * Thursday" and "5 p.m. EST Nov. 9" as one expression, "at 10 a.m. on Monday" and "on Thursday at
 * 10:30 a.m." as times of those days, a range of times as of the day its end names ("from 9 a.m.
 * to 5 p.m. Monday") or of the day before it in a listing ("Saturday 14 September 10:00am-4:00pm").
 * Works on the tagger's candidates in text order, in place; stateless.
 */
final class TimesAndDays {
  /** A short aside in brackets between a time and its day, the time elsewhere: "(0740 GMT)". */
  private static final Pattern SHORT_ASIDE = Pattern.compile("\\([^()]{1,24}\\)(?:\\s*,?\\s*on)?");
  /** A time zone written in capitals between a time and its day: "5 p.m. EST Nov. 9" (not "9 a.m. but Monday"). */
  private static final Pattern TIME_ZONE = Pattern.compile("\\p{Lu}{1,3}T,?");
  /** What may stand between a day and the time of it that follows: "Thursday at 10:30 a.m.". */
  private static final Pattern DAY_THEN_TIME = Pattern.compile(
      ",?\\s*(?:(?:at|about|around|at about|at around|shortly after|just after|just before|before|after"
          + "|by|until)\\b|@|[-–])?"); // "Friday 23 August @ 7:45 pm", "Sun Sep 1 - 16:30", as listings write them
  private static final Pattern DAY_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}(?:T(?:MO|AF|EV|NI))?");

  /** A part of a day told from the document's: "this morning" ({@code 2013-03-20TMO}), "last night". */
  private static final Pattern PART_OF_A_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");
  /** "a.m." or "p.m." at the end of a clock time: its hour is said already. */
  private static final Pattern AM_OR_PM = Pattern.compile("(?i)[ap]\\.?m\\.?$");
  /** A clock time's hours and minutes in its value: "T09:30". */
  private static final Pattern CLOCK = Pattern.compile("T(\\d{2}):(\\d{2})");
  /** An hour after "at" just before a part of a day: "at 10 this morning", "at 7.30 last night". */
  private static final Pattern HOUR_BEFORE = Pattern.compile("(?i)\\bat\\s(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s$");

  private TimesAndDays() {}

  /**
   * "at 10 a.m. on Monday 14 March": a time takes its day from the date that follows it; "on
   * Thursday at 10:30 a.m.", "Thursday night at 10:30": from the day just before it. Not from an
   * end of a range of days ("9:00 - 17:00, Monday to Friday"): the time is of each of its days.
   */
  static void join(String text, List<Candidate> out) {
    joinHoursToPartsOfDays(text, out);
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate first = out.get(i);
      Candidate then = out.get(i + 1);
      if (then.type() == TimexType.TIME && then.value() != null && dayGuessed(then)
          && first.value() != null && DAY_VALUE.matcher(first.value()).matches()
          && !endsARangeOfDays(text, out, i)
          && DAY_THEN_TIME.matcher(text.substring(first.end(), then.start()).strip().toLowerCase(Locale.ROOT))
              .matches()) {
        int t = then.value().indexOf('T');
        out.set(i + 1, then.withValueKept(first.value().substring(0, 10) + then.value().substring(t)));
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate time = out.get(i);
      Candidate day = out.get(i + 1);
      if (time.type() != TimexType.TIME || time.value() == null || day.type() != TimexType.DATE
          || day.value() == null || day.value().length() != 10 || !dayGuessed(time)
          || endsARangeOfDays(text, out, i + 1) || endsARangeOfTheDayBefore(text, out, i)) {
        continue;
      }
      String between = text.substring(time.end(), day.start()).strip().toLowerCase(Locale.ROOT);
      int t = time.value().indexOf('T');
      if (t < 0) {
        continue;
      }
      String value = day.value() + time.value().substring(t);
      if (between.isEmpty() || between.equals(",")
          || TIME_ZONE.matcher(text.substring(time.end(), day.start()).strip()).matches()) {
        // "noon Thursday", "5 p.m. EST Nov. 9", "5 p.m., Nov. 6": one expression, the time of that day
        out.set(i, time.widened(time.start(), day.end(), time.modifier()).withValueKept(value));
        out.remove(i + 1);
        rangeBeginsThatDay(text, out, i, day.value());
      } else if (between.equals("on") || between.equals(", on") || SHORT_ASIDE.matcher(between).matches()) {
        // "at 10 a.m. on Monday", "at 10:40 a.m. (0740 GMT) Friday": the time of that day
        out.set(i, time.withValueKept(value));
        rangeBeginsThatDay(text, out, i, day.value());
      }
    }
  }

  /**
   * "9:30 this morning", "at 10 this morning", "at 7 last night": one expression, that hour of
   * that day, in the afternoon and evening (and a night's from six) the hour after noon.
   */
  private static void joinHoursToPartsOfDays(String text, List<Candidate> out) {
    for (int k = 0; k < out.size(); k++) {
      Candidate part = out.get(k);
      Matcher day = part.type() == TimexType.TIME && part.value() != null
          ? PART_OF_A_DAY.matcher(part.value()) : null;
      if (day == null || !day.matches()) {
        continue;
      }
      Candidate time = k > 0 ? out.get(k - 1) : null;
      Matcher clock = time != null && time.type() == TimexType.TIME && time.value() != null
          ? CLOCK.matcher(time.value()) : null;
      if (clock != null && clock.find() && text.substring(time.end(), part.start()).equals(" ")) {
        boolean written = AM_OR_PM.matcher(text.substring(time.start(), time.end())).find();
        String hours = PartsOfDay.hourOf(Integer.parseInt(clock.group(1)), day.group(2), written);
        String value = day.group(1) + "T" + hours + ":" + clock.group(2);
        // the day is the part's now, no longer guessed: "midnight tonight" keeps it in a range
        out.set(k - 1, time.widened(time.start(), part.end(), time.modifier()).withValueKept(value).withFlagsOf(part));
        out.remove(k);
        k--;
        continue;
      }
      int from = Math.max(k > 0 ? out.get(k - 1).end() : 0, part.start() - 12);
      Matcher hour = HOUR_BEFORE.matcher(text).region(from, part.start());
      if (hour.find()) {
        String hours = PartsOfDay.hourOf(Integer.parseInt(hour.group(1)), day.group(2), false);
        String value = day.group(1) + "T" + hours + ":" + (hour.group(2) == null ? "00" : hour.group(2));
        out.set(k, part.widened(hour.start(1), part.end(), part.modifier()).withValueKept(value));
      }
    }
  }

  /** Whether the time {@code out.get(k)} has a day written just before it ("Saturday 14 September 10:00am"). */
  private static boolean dayBefore(String text, List<Candidate> out, int k) {
    return k >= 1 && out.get(k - 1).value() != null && DAY_VALUE.matcher(out.get(k - 1).value()).matches()
        && DAY_THEN_TIME.matcher(text.substring(out.get(k - 1).end(), out.get(k).start()).strip()
            .toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * Whether the time {@code out.get(k)} ends a range of times that a day written before it has:
   * "Saturday 14 September 10:00am-4:00pm Sunday 15 September …", where the day after is the next one's.
   */
  private static boolean endsARangeOfTheDayBefore(String text, List<Candidate> out, int k) {
    return k >= 2 && out.get(k - 1).type() == TimexType.TIME
        && Neighbours.RANGE_WORDS.contains(text.substring(out.get(k - 1).end(), out.get(k).start()).strip().toLowerCase(Locale.ROOT))
        && dayBefore(text, out, k - 1);
  }

  /**
   * "from 9 a.m. to 5 p.m. Monday", "noon to 3 p.m. Friday": the time that begins a range whose
   * end {@code out.get(k)} has the day {@code day}, its own day only guessed, is of that day too.
   */
  private static void rangeBeginsThatDay(String text, List<Candidate> out, int k, String day) {
    if (k == 0) {
      return;
    }
    Candidate begin = out.get(k - 1);
    if (begin.type() != TimexType.TIME || begin.value() == null || !dayGuessed(begin)
        || !Neighbours.RANGE_WORDS.contains(text.substring(begin.end(), out.get(k).start()).strip().toLowerCase(Locale.ROOT))) {
      return;
    }
    if (dayBefore(text, out, k - 1)) {
      return; // "Saturday 14 September 10:00am-4:00pm Sunday …": the range is of the day before it
    }
    int t = begin.value().indexOf('T');
    if (t >= 0) {
      out.set(k - 1, begin.withValueKept(day + begin.value().substring(t)));
    }
  }

  /**
   * Whether the date {@code out.get(k)} begins or ends a range of dates written with a dash, "to",
   * "through" or "until" ("Monday to Friday", "Mon–Fri"), with or without "from".
   */
  private static boolean endsARangeOfDays(String text, List<Candidate> out, int k) {
    return k > 0 && joinedAsRange(text, out.get(k - 1), out.get(k))
        || k + 1 < out.size() && joinedAsRange(text, out.get(k), out.get(k + 1));
  }

  private static boolean joinedAsRange(String text, Candidate a, Candidate b) {
    if (a.type() != TimexType.DATE || b.type() != TimexType.DATE || b.start() < a.end()) {
      return false;
    }
    String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
    return !between.equals("and") && Neighbours.RANGE_WORDS.contains(between);
  }

  /** Whether a time's day was guessed (from the document date) or is unknown ("XXXX-XX-XXT20:00"). */
  private static boolean dayGuessed(Candidate time) {
    return time.flags().contains(DateFlag.INFERRED) || time.value().startsWith("XXXX-XX-XX");
  }
}
