package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a period the text speaks of, or of one counted from its date: "the end of the
 * year", "the start of the month", "the first half of next year", "year-end", "by mid-year".
 * {@link RelativeRules} runs them among the relative expressions. Thread-safe.
 */
final class PeriodParts {
  private static final Pattern PART_OF = Pattern.compile(
      "(?i)\\bthe\\s+(end|beginning|start|middle|close)\\s+of\\s+the\\s+(year|month|week|decade|century)\\b"
          // "by week's end", "at month's start": the same part, told the other way round
          + "|\\b(week|month)['’]s\\s+(end|beginning|start|close)\\b");
  /**
   * "the first half of the year", "the second half of next year", "the last two quarters of this
   * year": a half, as TimeML writes it (H1, H2).
   */
  private static final Pattern HALF_OF_YEAR = Pattern.compile(
      "(?i)\\bthe\\s+(first|second|1st|2nd|latter|last)\\s+(?:half|two\\s+quarters)\\s+of\\s+(the|this|last|next)\\s+year\\b");
  /**
   * "year-end", "by year end", "at last year's end": the close of a year, as TimeML writes it;
   * "by mid-year", "since midyear" its middle.
   */
  private static final Pattern YEAR_END = Pattern.compile(
      "(?i)\\b(?:(last|this|next)\\s+)?(?:year(?:-end|\\s+end|['’]s\\s+end)|(mid-?year))\\b(?!-)");

  private PeriodParts() {}

  static void apply(Scan s) {
    if (s.has("year-end") || s.has("year end") || s.has("s end") || s.has("midyear") || s.has("mid-year")) {
      s.run(YEAR_END, m -> {
        if (s.beforeItsNoun(m.end())) {
          return; // "a year-end party", "a mid-year review"
        }
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean middle = m.group(2) != null;
        boolean since = which.isEmpty() && s.wordBefore(m.start()).equals("since");
        s.relative(m.start(), m.end(), TimexType.DATE, middle ? "MID" : "END", (c, context) -> {
          TimePoint base = context.documentDate();
          if (base == null) {
            return c.withValue(null, null, DateFlag.RELATIVE_DATE);
          }
          // "since year-end" counts from the last one passed; "since mid-year" from this year's
          // once July has come
          int shift = !since ? TimexWords.shift(which)
              : middle && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0
                  && base.date().getMonthValue() >= 7 ? 0 : -1;
          return c.withValue(String.valueOf(base.year() + shift), base.value(), DateFlag.RELATIVE_DATE);
        });
      });
    }
    if (s.has(" of the year") || s.has(" of the month") || s.has(" of the week") || s.has(" of the decade")
        || s.has(" of the century") || s.has("k's ") || s.has("h's ") || s.has("k’s ") || s.has("h’s ")) {
      s.run(PART_OF, m -> partOf(s, m));
    }
    if (s.has("half of ") || s.has("two quarters of ")) {
      s.run(HALF_OF_YEAR, m -> halfOfYear(s, m));
    }
  }

  /**
   * "the end of the year": of the year (month, week, decade, century) the text speaks of, with the
   * part as modifier; told in the future, not of one gone by ({@link DateContext#ahead}); after
   * "since" in a clause not told in the past, of the document's.
   */
  private static void partOf(Scan s, Matcher m) {
    String part = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
    String unitWord = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
    TimePoint.Precision unit = switch (unitWord) {
      case "year", "decade", "century" -> TimePoint.Precision.YEAR;
      case "month" -> TimePoint.Precision.MONTH;
      default -> TimePoint.Precision.DAY; // a week is read from a day, and written as its week
    };
    Tense tense = s.tenseAt(m.start(), m.end());
    boolean future = tense == Tense.FUTURE;
    // "shares have fallen since the start of the year": a stretch that reaches to the time of
    // writing begins in the document's year, not in one the text spoke of before
    boolean sinceToNow = tense != Tense.PAST && s.wordBefore(m.start()).equalsIgnoreCase("since");
    s.relative(m.start(), m.end(), TimexType.DATE, TimexWords.modifier("the " + part + " of"),
        (c, context) -> {
          TimePoint base = future ? context.ahead(context.reference(), c.start())
              : sinceToNow && context.documentDate() != null ? context.documentDate() : context.reference();
          if (base != null && base.precision().compareTo(unit) < 0) {
            base = context.documentDate(); // "the start of the month" after a year named: the text's month
          }
          if (base == null || base.precision().compareTo(unit) < 0) {
            return c.withValue(null, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
          }
          if (unitWord.equals("decade") || unitWord.equals("century")) {
            // "by the end of the decade": 201X, as "this decade" is written
            return c.withValue(RelativeRules.value(base, unitWord, 0), base.value(), DateFlag.RELATIVE_DATE);
          }
          TimePoint.Precision written = unit == TimePoint.Precision.DAY ? TimePoint.Precision.WEEK : unit;
          return c.withValue(base.at(written).value(), base.value(), DateFlag.RELATIVE_DATE);
        });
  }

  private static void halfOfYear(Scan s, Matcher m) {
    String ordinal = m.group(1).toLowerCase(Locale.ROOT);
    String half = ordinal.startsWith("f") || ordinal.startsWith("1") ? "-H1" : "-H2";
    String which = m.group(2).toLowerCase(Locale.ROOT);
    boolean future = which.equals("the") && s.tenseAt(m.start(), m.end()) == Tense.FUTURE;
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      // "the year" is the one the text speaks of; "this", "last" and "next" count from its date
      TimePoint base = !which.equals("the") ? context.documentDate()
          : future ? context.ahead(context.reference(), c.start()) : context.reference();
      if (base == null) {
        return c.withValue(null, null, DateFlag.RELATIVE_DATE);
      }
      int year = base.year() + TimexWords.shift(which);
      return c.withValue(year + half, base.value(), DateFlag.RELATIVE_DATE);
    });
  }
}
