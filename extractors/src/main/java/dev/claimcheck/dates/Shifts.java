package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counted steps from a date: "40 years ago" and "a year from now" from the document date, "two
 * weeks later" and "a year earlier" from the paragraph's date. {@link RelativeRules} runs them
 * where a unit of time is named. Thread-safe.
 */
final class Shifts {
  /**
   * The units a step is counted in, abbreviated as web pages write them too ("6 hrs ago", "3 mins
   * ago"); a night is a day's step ("three nights ago").
   */
  private static final String UNIT =
      "(years?|months?|fortnights?|weeks?|days?|nights?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?"
          + "|hrs?|mins?|secs?|wks?|yrs?|mos?)";
  /** Words that approximate or bound a step: "about a week ago", "more than a decade later". */
  private static final String STEP_MODIFIER = "about|around|approximately|roughly|nearly|almost|some|just|only"
      + "|more than|less than|at least";
  /** "a week or so ago": the count is a rough one. */
  private static final String OR_SO = "(?:\\s+or\\s+so)?";
  /** "two and a half years", "a minute and a half": a half after the count or after the unit. */
  private static final String HALF_AFTER_COUNT = "(?:[\\s-]+and[\\s-]+a[\\s-]+half|\\s+1/2|\\s?½)?";
  private static final String HALF_AFTER_UNIT = "(?:\\s+and\\s+a\\s+half)?";
  /** "half a century later", "half an hour ago": half of one unit, before its "a". */
  private static final String HALF_OF = "(?:half[\\s-]+(?=an?\\b))?";
  /** "half" just before a step's count: "half a century later". */
  private static final Pattern HALF_BEFORE_COUNT = Pattern.compile("(?i)\\bhalf[\\s-]+$");
  private static final Pattern HALF_AFTER = Pattern.compile("(?i)(?<!\\s)\\s+and\\s+a\\s+half\\b");
  private static final Pattern AGO = Pattern.compile(
      "(?i)(?<![\\d,.])\\b(?:(" + STEP_MODIFIER + ")\\s+)?" + HALF_OF + "(" + NumberWords.COUNT + ")" + HALF_AFTER_COUNT
          + "[\\s-]+" + UNIT + HALF_AFTER_UNIT + OR_SO + "\\s+ago\\b");
  /**
   * "years ago", "weeks ago": steps without a count. TimeML writes them as the stretch of unstated
   * length back from now (PXM), where "several weeks ago" is a past date.
   */
  private static final Pattern UNCOUNTED_AGO = Pattern.compile(
      "(?i)\\b(years|months|weeks|days|decades|centuries)\\s+ago\\b");
  /**
   * "a year ago today", "ten years ago this month", "a week ago yesterday": the step back lands on
   * the day, month or week the words after it name, not only in its own unit.
   */
  private static final Pattern AGO_ANCHOR = Pattern.compile(
      "(?i)(?<!\\s)\\s{1,3}(?:(today|yesterday)|this\\s{1,3}(month|week))\\b");
  /** "Hours later", "weeks earlier": as "years ago", the stretch of unstated length (PTXH, PXW). */
  private static final Pattern UNCOUNTED_LATER = Pattern.compile(
      "(?i)\\b(years|months|weeks|days|hours|minutes|decades)\\s+(?:later|earlier)\\b(?!\\s+than\\b)");
  private static final Pattern LATER = Pattern.compile(
      "(?i)(?<![\\d,.])\\b(?:(" + STEP_MODIFIER + ")\\s+)?" + HALF_OF + "(" + NumberWords.COUNT + ")" + HALF_AFTER_COUNT
          + "[\\s-]+" + UNIT + HALF_AFTER_UNIT + OR_SO
          + "\\s+(later|earlier|afterwards?|previously|from (?:now|today)"
          + "|before(?=\\s*[,.;])|after(?=\\s*[,.;]))\\b(?!\\s+than\\b)");

  /**
   * "(it will open) in two weeks", "in about five years", "in a few days' time": told of a coming
   * time, the date that many steps on from the document date (the clause's tense is checked in
   * code); not a stretch named whole ("in two years of fighting", "in two weeks' worth").
   */
  private static final Pattern IN_TIME = Pattern.compile(
      "(?i)(?<=\\bin\\s)(?:(" + STEP_MODIFIER + ")\\s+)?" + HALF_OF + "(" + NumberWords.COUNT + ")" + HALF_AFTER_COUNT
          + "[\\s-]+" + UNIT + HALF_AFTER_UNIT
          + "\\b(?![\\s-]+(?:of|old|ago|later|earlier|from|before|after|running)\\b|['’]s?\\s+(?!time\\b)\\p{L})");

  /** The units a step may name that are no unit of a stretch: "two nights later", "6 hrs ago". */
  private static final String[] STEP_ONLY_UNITS = {"night", "hr", "min", "sec", "wk", "yr", "mo"};

  private Shifts() {}

  /**
   * Whether the stretch may hold a step: "ago", or a unit of {@link #UNIT} beginning a word, as
   * each step writes its unit after a space, a hyphen or a count.
   */
  static boolean namesAStep(Scan s) {
    return s.has("ago") || Durations.namesAUnit(s) || s.beginsAWord(STEP_ONLY_UNITS);
  }

  static void apply(Scan s) {
    if (s.has("ago")) {
      s.run(AGO, m -> {
        Matcher anchor = AGO_ANCHOR.matcher(s.text).region(m.end(), s.to);
        if (anchor.lookingAt()) {
          agoFromADay(s, m, anchor);
        } else {
          shifted(s, m, -1, false);
        }
      });
      s.run(UNCOUNTED_AGO, m -> s.add(m.start(), m.end(), TimexType.DURATION,
          Durations.value(NumberWords.VAGUE, m.group(1)), null));
    }
    if (s.has("in ")) {
      s.run(IN_TIME, m -> {
        if (s.clauseTense(m.start(), m.end()) == Tense.FUTURE) {
          inTime(s, m);
        }
      });
    }
    if (s.has("later") || s.has("earlier") || s.has("after") || s.has("before")
        || s.has("previously") || s.has("from now") || s.has("from today")) {
      s.run(LATER, m -> later(s, m));
      if (s.has("s later") || s.has("s earlier")) {
        s.run(UNCOUNTED_LATER, m -> s.add(m.start(), m.end(1), TimexType.DURATION,
            Durations.value(NumberWords.VAGUE, m.group(1)), null));
      }
    }
  }

  /**
   * "a year ago today": the document date a year back, as a day; "ten years ago this month" its
   * month ten years back; "a week ago yesterday" the day before it a week back. A count with a
   * half, or none, is read as the step alone.
   */
  private static void agoFromADay(Scan s, Matcher m, Matcher anchor) {
    double count = count(m);
    UnitOfTime unit = unit(m.group(3));
    if (count != Math.rint(count) || count < 1 || unit.ofTheDay()) {
      shifted(s, m, -1, false);
      return;
    }
    boolean yesterday = "yesterday".equalsIgnoreCase(anchor.group(1));
    TimePoint.Precision precision = anchor.group(2) == null ? TimePoint.Precision.DAY
        : anchor.group(2).equalsIgnoreCase("month") ? TimePoint.Precision.MONTH : TimePoint.Precision.WEEK;
    long steps = (long) count * unit.stepsPerUnit;
    s.relative(m.start(), anchor.end(), TimexType.DATE, modifier(m), (c, context) -> {
      TimePoint base = context.documentDate();
      if (base == null || base.precision() != TimePoint.Precision.DAY) {
        return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      TimePoint day = yesterday ? base.plus(-1, ChronoUnit.DAYS, TimePoint.Precision.DAY) : base;
      return c.withValue(day.plus(-steps, unit.step, precision).value(), base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /** "40 years ago" (from the document date), "two weeks later" (from the paragraph's date). */
  private static void shifted(Scan s, Matcher m, int sign, boolean followOn) {
    double count = count(m);
    UnitOfTime unit = unit(m.group(3));
    boolean ofMonths = ReportPeriods.comparesMonths(s);
    s.relative(m.start(), m.end(), TimexType.DATE, modifier(m), (c, context) ->
        shift(c, context, count, unit, sign, followOn, ofMonths));
  }

  /**
   * "will close in two years" from the document date; "said in 1990 he would retire in five
   * years", a future seen from the past, from the date the sentence wrote before it (1995), at
   * the precision of the step's unit either way.
   */
  private static void inTime(Scan s, Matcher m) {
    double count = count(m);
    UnitOfTime unit = unit(m.group(3));
    if (count == NumberWords.VAGUE) {
      // "in a few minutes": no date to land on, the stretch of unstated length (PTXM)
      s.add(m.start(), m.end(), TimexType.DURATION, Durations.value(count, unit), modifier(m));
      return;
    }
    boolean fromThePast = Tense.seenFromThePast(s.text.substring(s.from, s.to), m.start() - s.from);
    String stretch = Durations.value(count, unit);
    s.relative(m.start(), m.end(), TimexType.DATE, modifier(m), (c, context) -> {
      TimePoint then = context.dateWrittenBefore(c.start());
      TimePoint now = context.documentDate();
      boolean fromThen = fromThePast && then != null && (now == null || then.date().isBefore(now.date()));
      return orTheStretch(c, shift(c, fromThen ? then : now, count, unit, 1, false, false, context), c.end(), stretch);
    });
  }

  /**
   * The date {@code count} units before ({@code sign} -1) or after the paragraph's or the
   * document's date; in a report by quarters, a year back is the same quarter a year before, or
   * that quarter's year in a sentence about months more than a quarter's ({@code ofMonths}).
   */
  private static Candidate shift(Candidate c, DateContext context, double count, UnitOfTime unit, int sign,
      boolean followOn, boolean ofMonths) {
    return shift(c, followOn ? context.reference() : context.documentDate(), count, unit, sign, followOn, ofMonths,
        context);
  }

  /** As above, from {@code base}. */
  private static Candidate shift(Candidate c, TimePoint base, double count, UnitOfTime unit, int sign,
      boolean followOn, boolean ofMonths, DateContext context) {
    if (count == 1 && unit == UnitOfTime.YEAR && sign < 0 && context.quarters().any()) {
      // "a year ago" is the same quarter a year before; "the nine months … a year earlier" its
      // year; "in February, down from 8.1% a year earlier" that month's
      return c.withValue(context.yearBack(ofMonths), base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
    }
    double inSteps = count * unit.stepsPerUnit;
    ChronoUnit finer = inSteps == Math.rint(inSteps) ? unit.step : halfUnit(unit.step);
    if (count == NumberWords.VAGUE || finer == null) {
      return c.withValue(sign < 0 ? "PAST_REF" : "FUTURE_REF",
          base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
    }
    // "12,000 years ago" with no document date: before the era, whenever the text was written
    if (base == null && sign < 0 && !followOn && inSteps * unit.step.getDuration().getSeconds()
        >= DateContext.LATEST_UNDATED_YEAR * ChronoUnit.YEARS.getDuration().getSeconds()) {
      return c.withValue("PAST_REF", null, DateFlag.RELATIVE_DATE);
    }
    if (base == null || (unit.ofTheDay() && base.precision() != TimePoint.Precision.DAY)) {
      return c.withValue(null, null, DateFlag.RELATIVE_DATE);
    }
    // "65 million years ago", "a million years from now": beyond the calendar's years
    if (inSteps * unit.step.getDuration().getSeconds() / ChronoUnit.YEARS.getDuration().getSeconds()
        >= (sign < 0 ? base.year() : TimePoint.LAST_YEAR - base.year())) {
      return c.withValue(sign < 0 ? "PAST_REF" : "FUTURE_REF", base.value(), DateFlag.RELATIVE_DATE);
    }
    // "June 1 … a decade later": a step of decades lands in a year, however precise its base
    TimePoint.Precision precision = followOn && !unit.longerThanAYear()
        ? base.precision() : coarserOf(unit.precision(), base.precision());
    // "In March … a day earlier": a step finer than its base is taken from the base's middle, not
    // its first day, which would land it in February
    TimePoint from = unit.precision().compareTo(base.precision()) > 0 ? base.middle() : base;
    // "two and a half years ago": thirty months, at the precision of years
    long steps = finer == unit.step ? (long) inSteps : Math.round(inSteps * unit.step.getDuration().getSeconds()
        / finer.getDuration().getSeconds());
    TimePoint shifted = from.plus(sign * steps, finer, precision);
    if (shifted.year() < 1) {
      return c.withValue("PAST_REF", base.value(), DateFlag.RELATIVE_DATE); // "2000 years ago": before the era
    }
    return c.withValue(shifted.value(), base.value(), DateFlag.RELATIVE_DATE);
  }

  /**
   * "three days later", "a month before": after a date of the same paragraph, the day it lands
   * on ("The dam failed on June 1. Two weeks later …"); with none to follow, as TimeML writes
   * it, the stretch ("three days") is the expression and "later" the signal relating it to an
   * event. "A year earlier" is the date a year before, as reports compare their results.
   */
  private static void later(Scan s, Matcher m) {
    if (m.group(4).toLowerCase(Locale.ROOT).startsWith("from")) {
      shifted(s, m, 1, false); // "a year from now": from the document date
      return;
    }
    int sign = m.group(4).toLowerCase(Locale.ROOT).matches("earlier|previously|before") ? -1 : 1;
    double count = count(m);
    UnitOfTime unit = unit(m.group(3));
    if (sign < 0 && count == 1 && unit == UnitOfTime.YEAR) {
      shifted(s, m, sign, true);
      return;
    }
    Matcher halfAfter = HALF_AFTER.matcher(s.text).region(m.end(3), m.end());
    int stretchEnd = halfAfter.lookingAt() ? halfAfter.end() : m.end(3); // "a minute and a half"
    String stretch = Durations.value(count, unit);
    if (count == NumberWords.VAGUE) {
      // "A few days later": no day to land on, the stretch of unstated length (PXD)
      s.add(m.start(), stretchEnd, TimexType.DURATION, stretch, modifier(m));
      return;
    }
    s.relative(m.start(), m.end(), TimexType.DATE, modifier(m), (c, context) -> orTheStretch(c,
        context.paragraphDate() != null ? shift(c, context, count, unit, sign, true, false) : null, stretchEnd, stretch));
  }

  /**
   * The date a step lands on, or, with no date to count it from (or none to the day, for a step
   * of hours), the stretch itself as TimeML writes it ("in two hours" PT2H; "three days" of
   * "three days later", {@code end} before "later"); {@code landed} null when there was none to count from.
   */
  private static Candidate orTheStretch(Candidate c, Candidate landed, int end, String stretch) {
    return landed != null && landed.value() != null ? landed : new Candidate(c.start(), end, TimexType.DURATION,
        stretch, c.modifier(), null, c.flags(), c.readings(), c.priority(), null);
  }

  /**
   * The unit a count with a half is stepped in ("two and a half years" is thirty months), or null
   * for a unit with no exact half in a finer one (months).
   */
  private static ChronoUnit halfUnit(ChronoUnit unit) {
    return switch (unit) {
      case YEARS -> ChronoUnit.MONTHS;
      case WEEKS -> ChronoUnit.HALF_DAYS;
      case DAYS -> ChronoUnit.HOURS;
      case HOURS -> ChronoUnit.MINUTES;
      default -> null;
    };
  }

  /** The unit a step's word names; a night steps by days. */
  private static UnitOfTime unit(String word) {
    return word.regionMatches(true, 0, "night", 0, 5) ? UnitOfTime.DAY : UnitOfTime.of(word);
  }

  /** The steps counted, with a half when the words give one ("an hour and a half later", "half a year ago"). */
  private static double count(Matcher m) {
    double count = NumberWords.value(m.group(2));
    if (HALF_BEFORE_COUNT.matcher(m.group()).region(0, m.start(2) - m.start()).find()) {
      return count / 2; // "half a century later"
    }
    String words = m.group().toLowerCase(Locale.ROOT);
    boolean half = words.contains("half") || words.contains("1/2") || words.contains("½");
    return half && count != NumberWords.VAGUE ? count + 0.5 : count;
  }

  /** The modifier a shift's words give it: "about a week ago", "a week or so ago" (APPROX). */
  private static String modifier(Matcher m) {
    String modifier = Durations.modifier(m.group(1));
    return modifier == null && m.group().toLowerCase(Locale.ROOT).contains(" or so") ? "APPROX" : modifier;
  }

  /** The coarser of two precisions: a shift cannot be more precise than its base. */
  private static TimePoint.Precision coarserOf(TimePoint.Precision wanted,
      TimePoint.Precision base) {
    return wanted.compareTo(base) <= 0 ? wanted : base;
  }
}
