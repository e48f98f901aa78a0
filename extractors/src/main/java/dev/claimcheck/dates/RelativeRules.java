package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions whose value depends on when the text was written or on an earlier date of the
 * paragraph: "last year", "yesterday", "now", "the next day" (counted steps, "40 years ago",
 * "two weeks later", are {@link Shifts}'; days of the week and weekends {@link Weekdays}').
 * Every one is flagged relative and keeps the date it was resolved against. Thread-safe.
 */
final class RelativeRules {
  /** "The day before, police had …": a day after or before the one the text speaks of, alone in its clause. */
  private static final Pattern DAY_BEFORE = Pattern.compile(
      "(?i)\\bthe\\s+day\\s+(before|after)(?=\\s*(?:[,.;:!?]|$))");
  /** "today is the eighth day of the strike", "it's the second day of an offensive": the day told from. */
  private static final Pattern NTH_DAY_NOW = Pattern.compile(
      "(?i)\\b(?:it\\s+is|it['’]s|today\\s+is|this\\s+is)\\s+((?:the\\s+)?(?:" + TimexWords.ORDINALS
          + "|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?day)\\b");
  /** "the day after tomorrow", "the week before last": two steps from the document date. */
  private static final Pattern TWO_AWAY = Pattern.compile(
      "(?i)\\bthe\\s+day\\s+(after\\s+tomorrow|before\\s+yesterday)\\b"
          + "|\\bthe\\s+(week|weekend|month|year)\\s+before\\s+last\\b");
  private static final Pattern DEICTIC = Pattern.compile(
      "(?i)\\b(?:(the)\\s+)?(last|this past|this coming|that same|this same|this|next|past|previous|coming"
          + "|following|same|current|that|preceding|prior)\\s+(year|month|week|weekend|decade|century|quarter|day|morning"
          + "|afternoon|evening|night)\\b");
  /**
   * "will one day be", "hopes to one day follow", "may someday work": a day to come, unnamed
   * (not the stretch of a day, "it lasted one day", nor "up to one day"). Alone, "someday" is
   * left untagged, as TimeML's news leaves it.
   */
  private static final String SOME_DAY = "(?=(?:one|some) ?day)(?<=\\b(?:will|would|could|might|may|can|shall|should|must) "
      + "|\\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|plans?|planned|aims?|aimed|dreams?|dreamed"
      + "|intends?|intended|expects?|expected) to )(?:one day|some ?day)";
  private static final Pattern SIMPLE = Pattern.compile(
      "(?i)\\b(yesterday|today|tomorrow|tonight|now|currently|nowadays|presently|these days"
          + "|recently|lately|(?<=\\bat\\s)present|(?<=\\d[–—-])present|(?<=\\d\\s[–—-]\\s)present"
          + "|(?<=\\bat\\s)the moment|the (?:past|last) (?:years|months|decades|weeks|days)\\b(?!\\s+of\\b)"
          + "|the past|the future"
          + "|the present(?: day)?|recent (?:years|months|decades|weeks|days)|the near (?:future|term)"
          + "|the short term|a later date"
          + "|(?:the )?coming (?:days|weeks|months|years|quarters)|future (?:quarters|years)"
          + "|the (?:days|weeks|months|years) ahead|" + SOME_DAY + ")\\b(?![-‐])");
  /**
   * "For the week, the index dropped", "the week's most active session", "the level of the week
   * following": a week the text speaks of without saying which, as TimeML writes it
   * ({@code 1989-WXX}); not a label's, "the track of the week", "Top Tweets of the Week".
   */
  private static final Pattern THE_WEEK = Pattern.compile(
      "(?i)\\bthe week\\b(?=['’]s\\b|\\s*,)|(?<=\\bfor )the week\\b(?!\\s+(?:of|before|after|ahead|ended|ending|to)\\b)"
          + "|(?<=\\bof )the week(?=\\s+(?:following|before|after)\\b)");
  /** Words of {@link #SIMPLE} that, before their noun, qualify it: "the present study", "the future king". */
  private static final Set<String> QUALIFIERS = Set.of("the present", "the past", "the future", "the short term");
  /** What makes "the last year" the last of something else: "the last year of the war". */
  private static final Pattern OF_AFTER = Pattern.compile("\\s{1,3}of\\b");
  /**
   * A possessive before "last": "my last year at Reed College", "his last night in Paris", the
   * final one of someone's ("our last year's results" is the year before).
   */
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?i)\\b(?:my|your|his|her|its|our|their)\\s{1,3}$");
  /** An ordinal and "and" before "last": "the eighth and last year". */
  private static final Pattern ORDINAL_AND_BEFORE = Pattern.compile(
      "(?i)\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))"
          + "\\s{1,3}(?:and|or)\\s{1,3}(?:the\\s{1,3})?$");

  private RelativeRules() {}

  static void apply(Scan s) {
    if (Shifts.namesAStep(s)) {
      Shifts.apply(s);
    }
    if (Durations.namesAUnit(s) || s.has("morning") || s.has("afternoon") || s.has("evening") || s.has("night")) {
      s.run(DEICTIC, m -> deictic(s, m));
    }
    // "day" as SIMPLE writes it: "today", "yesterday", "someday", or after a space ("these days",
    // "one day"), not the "day" of a weekday
    if (s.has("now") || s.has("today") || s.has("yesterday") || s.has(" day") || s.has("someday")
        || s.has("tomorrow") || s.has("tonight") || s.has("current") || s.has("present") || s.has("recent")
        || s.has("lately") || s.has("moment") || s.has("the past")
        || s.has("last years") || s.has("last months") || s.has("last weeks") || s.has("last days")
        || s.has("last decades")
        || s.has("the future") || s.has("the near") || s.has("coming") || s.has("future ") || s.has(" ahead")
        || s.has("short term") || s.has("later date")) {
      s.run(SIMPLE, m -> simple(s, m));
    }
    PartsOfDay.apply(s);
    if (s.has("the week")) {
      s.run(THE_WEEK, m -> s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
        TimePoint base = context.reference();
        return base == null ? null : c.withValue(base.year() + "-WXX", base.value(), DateFlag.RELATIVE_DATE);
      }));
    }
    Weekdays.weekends(s);
    ReportPeriods.apply(s);
    PeriodParts.apply(s);
    if (s.has("the day before") || s.has("the day after")) {
      s.run(DAY_BEFORE, m -> spokenOf(s, m, "day", m.group(1).equalsIgnoreCase("before") ? -1 : 1));
    }
    if (s.has(" day") && (s.has("it") || s.has("today is") || s.has("this is"))) {
      s.run(NTH_DAY_NOW, m -> s.relative(m.start(1), m.end(1), TimexType.DATE, null, (c, context) -> {
        TimePoint today = context.documentDate();
        return today == null || today.precision() != TimePoint.Precision.DAY ? null
            : c.withValue(today.value(), today.value(), DateFlag.RELATIVE_DATE);
      }));
    }
    if (s.has("before last") || s.has("after tomorrow") || s.has("before yesterday")) {
      s.run(TWO_AWAY, m -> twoAway(s, m));
    }
    Weekdays.weekdays(s);
  }

  private static void deictic(Scan s, Matcher m) {
    boolean the = m.group(1) != null;
    // "that same year" is "the same year": the one spoken of
    String which = m.group(2).toLowerCase(Locale.ROOT).replaceFirst("^th(?:at|is)\\s+same$", "same");
    String unitWord = m.group(3).toLowerCase(Locale.ROOT);
    boolean partOfDay = unitWord.matches("morning|afternoon|evening|night");
    if (which.equals("last") && (OF_AFTER.matcher(s.text).region(m.end(), s.to).lookingAt()
        || ORDINAL_AND_BEFORE.matcher(s.text).region(Math.max(s.from, m.start() - 24), m.start()).find()
        || !the && s.lookBack(POSSESSIVE_BEFORE, m.start(), 8) != null
        && !s.possessive(m.end()))) {
      // "the last year of the war", "the eighth and last year", "my last year at Reed": a year of something else
      return;
    }
    if (the && (which.equals("past") || which.equals("last")) && !partOfDay) {
      if (unitWord.equals("day") || unitWord.equals("weekend")) {
        return; // "the last day of …" is an ordinal, not a stretch of time
      }
      if (!unitWord.matches("year|decade") || s.context.documentDate() == null) {
        s.add(m.start(), m.end(), TimexType.DURATION, "P1" + UnitOfTime.of(unitWord).code, null);
        return;
      }
      // "over the past year", "in the last decade": TimeML writes the year (decade) before this
      // one; without a document date there is none to count from, and the stretch stays
    }
    if (unitWord.equals("quarter") && (which.equals("this") || which.equals("that") || which.equals("same"))) {
      return; // ReportPeriods reads these, as the quarter a report last named
    }
    boolean followOn = which.matches("following|previous|preceding|prior|same|that")
        || the && which.equals("next");
    if (unitWord.equals("day") && !followOn) {
      return; // "this day", "last day": not a date
    }
    int shift = switch (which) {
      case "last", "past", "this past", "previous", "preceding", "prior" -> -1;
      case "next", "coming", "this coming", "following" -> 1;
      default -> 0;
    };
    if (unitWord.equals("night") && which.equals("last")) {
      shift = -1;
    }
    int by = shift;
    // "this coming weekend" told on a weekday is this week's; on a Saturday or Sunday, next week's
    boolean comingWeekend = unitWord.equals("weekend") && (which.equals("coming") || which.equals("this coming"));
    // "Last year" in a sentence about a quarter is that quarter a year before.
    boolean quarterly = unitWord.equals("year") && by == -1 && s.lower.contains("quarter");
    // "In 1990 he said he would retire next year": a future seen from the past counts from the
    // date the sentence wrote before it, when that lies in an earlier year (month) than the
    // document's (not from a date told from the document's, "up from last year. … would mean a
    // dividend this year")
    boolean fromThePast = !followOn && (unitWord.equals("year") || unitWord.equals("month"))
        && Tense.seenFromThePast(s.text.substring(s.from, s.to), m.start() - s.from);
    s.relative(m.start(), m.end(), partOfDay ? TimexType.TIME : TimexType.DATE, null,
        (c, context) -> {
          TimePoint base = followOn ? context.followOn() : context.documentDate();
          TimePoint then = fromThePast ? context.dateWrittenBefore(c.start()) : null;
          if (then != null && base != null && earlierPeriod(then, base, unitWord)) {
            base = then;
          }
          if (quarterly && context.quarters().any()) {
            return c.withValue(context.quarters().quarter(-4), base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
          }
          if (base == null) {
            return c.withValue(null, null, DateFlag.RELATIVE_DATE);
          }
          int steps = comingWeekend && base.precision() == TimePoint.Precision.DAY
              && base.date().getDayOfWeek().getValue() <= 5 ? 0 : by;
          String value = value(base, unitWord, steps);
          if (value == null && base != context.documentDate() && context.documentDate() != null) {
            base = context.documentDate(); // "that day" after a month: the day the text speaks from
            value = value(base, unitWord, by);
          }
          return c.withValue(value, base.value(), DateFlag.RELATIVE_DATE);
        });
  }

  /** Whether {@code then} lies in a year (or, for "month", a month) before {@code now}'s. */
  private static boolean earlierPeriod(TimePoint then, TimePoint now, String unit) {
    if (then.year() != now.year() || !unit.equals("month")) {
      return then.year() < now.year();
    }
    return then.precision().compareTo(TimePoint.Precision.MONTH) >= 0
        && now.precision().compareTo(TimePoint.Precision.MONTH) >= 0
        && then.date().getMonthValue() < now.date().getMonthValue();
  }

  /** The value of the period named by {@code unit} that lies {@code shift} periods from base. */
  static String value(TimePoint base, String unit, int shift) {
    int year = base.year();
    return switch (unit) {
      case "year" -> String.valueOf(year + shift);
      // "In 1994 … that month": a month of a year named alone is unknown, as TimeML writes it
      case "month" -> base.precision() == TimePoint.Precision.YEAR ? year + "-XX"
          : base.plus(shift, ChronoUnit.MONTHS, TimePoint.Precision.MONTH).value();
      case "week" -> base.precision().compareTo(TimePoint.Precision.WEEK) < 0 ? null
          : base.plus(shift, ChronoUnit.WEEKS, TimePoint.Precision.WEEK).value();
      case "weekend" -> base.precision().compareTo(TimePoint.Precision.WEEK) < 0 ? null
          : base.plus(shift, ChronoUnit.WEEKS, TimePoint.Precision.WEEK).value() + "-WE";
      case "decade" -> (year / 10 + shift) + "X";
      case "century" -> String.format(Locale.ROOT, "%02dXX", year / 100 + shift);
      case "quarter" -> {
        int q = (base.date().getMonthValue() - 1) / 3 + shift;
        yield (year + Math.floorDiv(q, 4)) + "-Q" + (Math.floorMod(q, 4) + 1);
      }
      case "day" -> base.precision() != TimePoint.Precision.DAY ? null
          : base.plus(shift, ChronoUnit.DAYS, TimePoint.Precision.DAY).value();
      default -> base.precision() != TimePoint.Precision.DAY ? null
          : base.plus(shift, ChronoUnit.DAYS, TimePoint.Precision.DAY).value() + "T"
              + TimexWords.partOfDay(unit);
    };
  }

  /**
   * The period of {@code unit} lying {@code shift} periods from the last date the text named (else
   * its own date): "the day before", "the day after".
   */
  private static void spokenOf(Scan s, Matcher m, String unit, int shift) {
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.followOn();
      String value = base == null ? null : value(base, unit, shift);
      return c.withValue(value, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  private static void twoAway(Scan s, Matcher m) {
    String unit = m.group(2) == null ? "day" : m.group(2).toLowerCase(Locale.ROOT);
    int shift = m.group(1) != null && m.group(1).toLowerCase(Locale.ROOT).startsWith("after") ? 2 : -2;
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      return c.withValue(base == null ? null : value(base, unit, shift), base == null ? null : base.value(),
          DateFlag.RELATIVE_DATE);
    });
  }

  /** The days "yesterday", "today" or "tomorrow" lie from the document date. */
  static int dayShift(String word) {
    return word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
  }

  /**
   * Whether {@code word} qualifies the word after it, ending at {@code end}: "the present study",
   * "the past three summers", "the past 25 games", "the future king", "the short term outlook".
   * "In the past", "in the future" are the time ("in the future subject to approval"; "in the
   * present study" is not); "of" is none ("the future of farming"), nor is a verb: a past ("had
   * in the past promised", "versions of the past designed to") or, after "the future", which so
   * often opens a clause, a present in -s ("what the future holds"; "the present cases", "the
   * past comments" are plural nouns).
   */
  private static boolean qualifies(Scan s, String word, int start, int end) {
    if (end + 1 < s.to && s.text.charAt(end) == ' ' && Character.isDigit(s.text.charAt(end + 1))) {
      return true; // "has missed the past 25 games"
    }
    String next = s.wordAfter(end).toLowerCase(Locale.ROOT);
    boolean adverb = (word.equals("the past") || word.equals("the future")) && s.wordBefore(start).equals("in");
    return s.beforeItsNoun(end) && !adverb && !next.equals("of")
        && PastWords.edge(next, true) != 0
        && !(word.equals("the future") && next.endsWith("s") && !next.endsWith("ss"));
  }

  private static void simple(Scan s, Matcher m) {
    String word = m.group(1).toLowerCase(Locale.ROOT);
    if (QUALIFIERS.contains(word) && qualifies(s, word, m.start(), m.end())) {
      return;
    }
    if (word.endsWith(" ahead")) {
      // "in the weeks ahead": a stretch of unstated length from now, as TimeML writes it (PXW)
      String unit = word.substring(4, word.indexOf(' ', 4) - 1); // "weeks" less its "s"
      s.add(m.start(), m.end(), TimexType.DURATION, Durations.value(NumberWords.VAGUE, unit), null);
      return;
    }
    if (word.startsWith("recent ") || word.startsWith("the past ") || word.startsWith("the last ")) {
      // "in recent years", "over the past weeks": a stretch of unstated length reaching now, as
      // TimeML writes it (PXY)
      String unit = word.substring(word.lastIndexOf(' ') + 1, word.length() - 1);
      s.add(m.start(), m.end(), TimexType.DURATION, Durations.value(NumberWords.VAGUE, unit), null);
      return;
    }
    s.relative(m.start(), m.end(), word.equals("tonight") ? TimexType.TIME : TimexType.DATE, null,
        (c, context) -> {
          TimePoint base = context.documentDate();
          String anchor = base == null ? null : base.value();
          String value = switch (word) {
            case "yesterday", "today", "tomorrow", "tonight" -> {
              if (base == null || base.precision() != TimePoint.Precision.DAY) {
                yield null;
              }
              String day = base.plus(dayShift(word), ChronoUnit.DAYS, TimePoint.Precision.DAY).value();
              yield word.equals("tonight") ? day + "TNI" : day;
            }
            case "recently", "lately", "the past" -> "PAST_REF";
            case "the future", "the near future", "the near term", "the short term", "a later date", "one day",
                "some day", "someday" -> "FUTURE_REF";
            default -> word.startsWith("recent") ? "PAST_REF"
                : word.contains("coming") || word.startsWith("future") ? "FUTURE_REF" : "PRESENT_REF";
          };
          return c.withValue(value, anchor, DateFlag.RELATIVE_DATE);
        });
  }
}
