package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a company's report speaks of without naming them in full, as news of results
 * writes them: "the quarter", "the year-ago quarter", "year-earlier", "this year's third
 * quarter", "the 1988 period", "for the year", "the year ended June 30". In a report by
 * quarters (the document has named one) they are quarters; {@link DateContext} keeps the
 * quarter spoken of. {@link RelativeRules} runs them among the relative expressions.
 * Thread-safe.
 */
final class ReportPeriods {
  /**
   * A quarter a report speaks of without naming it: "the quarter", "the latest quarter", "the
   * year-ago quarter", "the year-earlier period" (in a report by quarters); not the first part of a
   * compound, "its quarter-century low", "the quarter-to-quarter comparison".
   */
  private static final Pattern QUARTER_REF = Pattern.compile(
      "(?i)\\b(?:the|its|this|that)\\s+(?:(?:comparable|corresponding|same)\\s+(?=year-))?(?:(latest|most recent|recent"
          + "|current|year-ago|year-earlier|comparable|corresponding|year-before|previous|preceding|prior|same)\\s+)?"
          + "(?:fiscal\\s+)?(?:(?<=year-ago |year-earlier |year-before )(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?"
          + "(quarter|period)\\b(?![-‐]\\p{L})(?:\\s+(?:a year (?:ago|earlier)|(?:of )?(?:last|the previous|the prior) year)\\b)?");
  /**
   * "the same period of 2021": the quarter spoken of, in the year named after it. The spaces
   * are taken whole and only from the first of a run, so a search over a long run of spaces
   * stays linear.
   */
  private static final Pattern OF_YEAR_AFTER = Pattern.compile("(?<!\\s)\\s++of\\s++" + CalendarRules.YEAR + "\\b");
  /**
   * Stretches of months other than a quarter that results are reported for: "the nine months",
   * "the first seven months", "the first two months", "the first half".
   */
  private static final Pattern MONTHS_OF_A_REPORT = Pattern.compile(
      "\\b(?:(?:two|four|five|six|seven|eight|nine|ten|eleven|twelve|[24-9]|1[0-2])[- ]months?|(?:first|second) half)\\b");
  /** "the year-earlier nine months", "the year-ago six months": the stretch of months a year before. */
  private static final Pattern YEAR_BEFORE_MONTHS = Pattern.compile(
      "(?i)\\bthe\\s+(?:comparable\\s+|corresponding\\s+|same\\s+)?year-(?:ago|earlier|before)\\s+"
          + "(three|six|nine|twelve)[- ]months?\\b");
  /** "this year's third quarter", "next year's first quarter". */
  private static final Pattern YEARS_QUARTER = Pattern.compile(
      "(?i)\\b(this|last|next) year['’]s (first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b");
  /** "the 1988 quarter", "the 1989 period" in a report by quarters: that year's quarter of the report. */
  private static final Pattern YEAR_PERIOD = Pattern.compile("\\b[Tt]he ((?:19|20)\\d{2}) (?:quarter|period)\\b");
  /** "year-earlier", "year-ago" as words of their own: the same quarter (or year) a year before. */
  private static final Pattern YEAR_BEFORE = Pattern.compile(
      "(?i)\\b(year-(?:earlier|ago))\\b(?!\\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ])?(?:quarter|period)\\b)");
  /** What follows a year that is the twelve months to a day or month: "ended June 30", "to April 2012". */
  private static final String TO_AN_END =
      "\\s+(?:ended|ending|(?:to|through)\\s+(?-i:" + CalendarDates.MONTH_NAME + "))\\b";
  /**
   * A company's year as reports name it: "for the year", "the full year", "the current fiscal
   * year"; with "ended", "ending" or "to" a month after it, a year-long stretch.
   */
  private static final Pattern REPORT_YEAR = Pattern.compile(
      "(?i)\\bthe (?:(full|current|latest|fiscal|current fiscal|latest fiscal|full fiscal) )?year\\b"
          + "(?!-|" + TO_AN_END + "|\\s+of\\b|\\s+\\d|\\s+[a-z]+ty\\b|\\s+(?:two|nineteen))");
  /** What stands before a report's year: "for the year", "in the full year", "the rest of the year". */
  private static final Pattern BEFORE_REPORT_YEAR = Pattern.compile(
      "(?i)\\b(?:for|during|in|through|throughout|over|(?:months|half|quarter|part|rest|remainder|balance|weeks) of) $");
  /** "the year ended June 30", "the fiscal year ending in March", "the year to April": a year-long stretch. */
  private static final Pattern YEAR_ENDED = Pattern.compile(
      "(?i)\\bthe (?:(?:full|current|latest|fiscal|current fiscal|latest fiscal|full fiscal) )?year"
          + "(?=" + TO_AN_END + ")");

  private ReportPeriods() {}

  static void apply(Scan s) {
    if (s.has("year")) {
      s.run(REPORT_YEAR, m -> {
        if (s.lookBack(BEFORE_REPORT_YEAR, m.start(), 24) != null) {
          reportYear(s, m);
        }
      });
      s.run(YEAR_ENDED, m -> s.add(m.start(), m.end(), TimexType.DURATION, "P1Y", null));
    }
    if (s.has("year's") || s.has("year’s")) {
      s.run(YEARS_QUARTER, m -> {
        int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "last" -> -1;
          case "next" -> 1;
          default -> 0;
        };
        int q = Quarters.quarterNumber(m.group(2));
        s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
          TimePoint base = context.documentDate();
          if (base == null) {
            return c.withValue("XXXX-Q" + q, null, DateFlag.RELATIVE_DATE);
          }
          String quarter = (base.year() + shift) + "-Q" + q;
          context.quarters().saw(quarter); // the quarter the report speaks of, once it is over
          return c.withValue(quarter, base.value(), DateFlag.RELATIVE_DATE);
        });
      });
    }
    if ((s.has("quarter") || s.has("period")) && s.context.quarters().any()) {
      s.run(YEAR_PERIOD, m -> {
        String year = m.group(1);
        s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
          String quarter = context.quarters().quarter(0);
          return c.withValue(quarter == null ? year : year + quarter.substring(4), context.documentDateText(),
              DateFlag.RELATIVE_DATE);
        });
      });
    }
    if (s.has("quarter") || s.has("period")) {
      s.run(QUARTER_REF, m -> quarterReference(s, m));
    }
    if (s.has("year-earlier") || s.has("year-ago") || s.has("year-before")) {
      s.run(YEAR_BEFORE_MONTHS, m -> s.add(m.start(), m.end(), TimexType.DURATION,
          "P" + NumberWords.timex(NumberWords.value(m.group(1))) + "M", null));
      boolean ofMonths = comparesMonths(s);
      s.run(YEAR_BEFORE, m -> s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) ->
          yearBefore(c, context, ofMonths)));
    }
  }

  /**
   * "the quarter" is the one the report speaks of; "the year-ago quarter" the same a year
   * before; "the previous quarter" the one before; "that quarter" the one named last. "The
   * period" counts only in a report by quarters, and only with such a word before it.
   */
  private static void quarterReference(Scan s, Matcher m) {
    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String lower = m.group().toLowerCase(Locale.ROOT);
    boolean yearBefore = which.startsWith("year-") || which.equals("comparable") || which.equals("corresponding")
        || lower.endsWith(" year") || lower.endsWith(" ago") || lower.endsWith(" earlier");
    // "the period" names a quarter only in a report by quarters, unless it is the year-before one;
    // whether the text reports quarters is known once the sentences before it are read
    boolean period = m.group(3).equalsIgnoreCase("period") && !yearBefore;
    if (period && which.isEmpty()) {
      return;
    }
    QuarterEnd ended = m.group(2) == null && !yearBefore && !period && which.matches("|latest|most recent|recent")
        ? QuarterEnd.after(s, m.end()) : null;
    if (ended != null) {
      quarterEndedOn(s, m, ended);
      return;
    }
    Matcher ofYear = OF_YEAR_AFTER.matcher(s.text).region(m.end(), s.to);
    String yearAfter = ofYear.lookingAt() ? ofYear.group(1) : null;
    int end = yearAfter != null ? ofYear.end() : m.end(); // "the same period of 1997" is one expression
    int ordinal = m.group(2) == null ? 0 : Quarters.quarterNumber(m.group(2));
    int shift = yearBefore ? -4 : which.matches("previous|preceding|prior") ? -1 : 0;
    boolean current = which.equals("current") || lower.startsWith("this");
    boolean pointsBack = which.isEmpty() && lower.startsWith("that") || which.equals("same") && !yearBefore;
    // "the same period of last year" beside "the first seven months": that stretch's year, no quarter
    boolean ofMonths = m.group(3).equalsIgnoreCase("period") && comparesMonths(s);
    s.relative(m.start(), end, TimexType.DATE, null, (c, context) -> {
      if (period && !context.quarters().any()) {
        return null;
      }
      if (yearBefore && yearAfter == null && ordinal == 0 && !current && !pointsBack) {
        // "the same period last year": the quarter, the stretch's year or the month the sentence spoke of
        return c.withValue(context.yearBack(ofMonths), context.documentDateText(), DateFlag.RELATIVE_DATE);
      }
      if (ofMonths) {
        return c.withValue(yearAfter != null ? yearAfter : context.quarters().quarterOrYear(shift, true),
            context.documentDateText(), DateFlag.RELATIVE_DATE);
      }
      TimePoint base = context.documentDate();
      if (current && base != null && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0) {
        // "the current quarter" is the one the document is written in.
        return c.withValue(base.year() + "-Q" + ((base.date().getMonthValue() - 1) / 3 + 1), base.value(),
            DateFlag.RELATIVE_DATE);
      }
      String quarter = pointsBack ? context.quarters().namedLast() : context.quarters().quarter(shift);
      if (yearAfter != null && quarter != null) {
        return c.withValue(yearAfter + quarter.substring(4), context.documentDateText(), DateFlag.RELATIVE_DATE);
      }
      if (ordinal > 0) {
        // "the year-ago third quarter": that quarter of the year before the one spoken of
        TimePoint dated = context.documentDate();
        String year = quarter != null ? quarter.substring(0, 4) : dated == null ? null : String.valueOf(dated.year() - 1);
        quarter = year == null ? "XXXX-Q" + ordinal : year + "-Q" + ordinal;
      }
      return c.withValue(quarter, context.documentDateText(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * "the quarter ended July 31": the three months to that day, as the calendar quarter that holds
   * the most of them (May to July is the second), in the year of that day. It does not become the
   * quarter the report speaks of: a company's quarter need not be the calendar's, and the one the
   * report named stays what "a year earlier" counts from.
   */
  private static void quarterEndedOn(Scan s, Matcher m, QuarterEnd ended) {
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      return c.withValue(ended.calendarQuarter(base), base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * Whether the sentence speaks of a stretch of months other than a quarter ("the nine months",
   * "the first half"): a year back from it is a year, not a quarter.
   */
  static boolean comparesMonths(Scan s) {
    return (s.has("months") || s.has("half")) && MONTHS_OF_A_REPORT.matcher(s.lower).find();
  }

  /**
   * "year-earlier" results: the same quarter a year before in a report by quarters (its year in a
   * sentence about more months, {@code ofMonths}), else last year.
   */
  private static Candidate yearBefore(Candidate c, DateContext context, boolean ofMonths) {
    if (context.quarters().any()) {
      return c.withValue(context.yearBack(ofMonths), context.documentDateText(), DateFlag.RELATIVE_DATE);
    }
    TimePoint base = context.documentDate();
    return c.withValue(base == null ? null : String.valueOf(base.year() - 1),
        base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
  }

  /** "for the year": the year the text speaks of. */
  private static void reportYear(Scan s, Matcher m) {
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.yearless();
      return c.withValue(base == null ? null : String.valueOf(base.year()), base == null ? null : base.value(),
          DateFlag.RELATIVE_DATE);
    });
  }
}
