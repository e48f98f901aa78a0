package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written out on the calendar: written days and months (their year, when not written, found
 * by {@link YearlessDates}), years and year ranges, seasons, quarters and halves, decades and
 * centuries; dates in figures (ISO, numeric, CJK) are {@link FigureDates}'. Thread-safe.
 */
final class CalendarRules {
  static final String YEAR = "(1\\d{3}|20\\d{2})";
  static final String MONTH = "(" + CalendarDates.MONTH_NAME + ")";
  /** A weekday before a written day, its name abbreviated without a point too, as listings write it ("Sun Sep 1"). */
  static final String WEEKDAY_BEFORE_A_DAY = "(?:(?=[MTWFS])(?:" + CalendarDates.WEEKDAY
      + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?!\\p{L}))" + ",?\\s+)";
  private static final String WEEKDAY = WEEKDAY_BEFORE_A_DAY + "?";

  /** What stands between a day and its year: a comma, a space, or "of" or "in" ("June 5 of 1968", "the 16th of October in 1973"). */
  private static final String BEFORE_ITS_YEAR = "(?:,?\\s+|\\s+(?:of|in)\\s+)";
  /**
   * "March 5", "Sept. 30, 1989"; also a day glued to the capitalised word after it, where a page's
   * text ran a listing's cells together ("Sunday, Aug. 25Montreal 12:00 ET"), not to an
   * abbreviation or unit ("May 5K", "Oct. 2GB").
   */
  private static final Pattern MONTH_DAY = Pattern.compile(
      WEEKDAY + MONTH + "(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{Ll}]|\\p{Lu}(?!\\p{Ll}{2})|[:.]\\d)(?:" + BEFORE_ITS_YEAR + YEAR + "(?!\\d))?");
  /**
   * "3 March 2019", "the 3rd of March", "25-Jul-2017" (hyphens only with a capital month, no point);
   * also a month's full name glued to the capitalised word after it, where a page's text ran a
   * listing's lines together ("Wednesday 24 JulyNoon: Theresa May will …").
   */
  private static final Pattern DAY_MONTH = Pattern.compile(
      WEEKDAY + "(?:(the)\\s+)?(?<![\\d.,:/])(\\d{1,2})(?:st|nd|rd|th)?"
          + "(?:\\s+(?:(of)\\s+)?|-(?=\\p{Lu}\\p{Ll}+(?:-\\d|[^-\\p{L}]|$)))"
          + "(" + CalendarDates.MONTH_NAME + "|" + CalendarDates.FULL_MONTH_NAME_GLUED + ")"
          + "(?:(?:" + BEFORE_ITS_YEAR + "|(?<=\\p{Ll})-)" + YEAR + "(?!\\d))?");
  /**
   * "16 Feb 05 |", "Thu 31 Jan 13": a page's stamp with its year in two figures, only where the
   * stamp ends its line or stands before a bar or a wide gap ("27 Apr 17 people" is no date).
   */
  private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile(
      WEEKDAY + "(?<![\\d.,:/])(\\d{1,2}) " + MONTH + " (\\d{2})(?![\\d:.,/-])(?=[ \\t]*+(?:\\||\\R|\\z)|[ \\t]{2})");
  /** "Oct. 3, '98", "Feb 7 '19": a day with its year in two figures after an apostrophe. */
  private static final Pattern MONTH_DAY_SHORT_YEAR = Pattern.compile(
      WEEKDAY + MONTH + "(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?,?\\s+['’](\\d{2})(?![\\d'’])");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      MONTH + "(?:\\s+of)?,?\\s+(?:" + YEAR + "|['’](\\d{2}))(?!\\d)");
  /**
   * A month on its own, by its full name or abbreviated with a point ("in Nov.", "since Jan."),
   * the abbreviation never with a day after it that another rule did not read ("Jan. 50",
   * "Aug. twenty-first"); with a word that places it ("last June", "this past January", "come
   * November", "that January", "the following March").
   */
  private static final Pattern BARE_MONTH = Pattern.compile(
      "(?:(?i:(last|this past|this|next|this coming|coming|come|that|the following|the next|the previous"
          + "|the preceding))\\s+)?("
          + CalendarDates.FULL_MONTH_NAME
          + "|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.(?!\\s?\\d|\\s(?i:" + TimexWords.DAY_ORDINALS + ")\\b))");
  /**
   * A year alone: "in 1998", "(d.1845)" (a biography's cue glued to it), "2014's" (its
   * possessive; "1980's" is the decade); not a year followed by a dash and a number that is no
   * day of a month ("1995-96" is a range, "1998 – 12 March 1999" keeps its 1998).
   */
  private static final Pattern BARE_YEAR = Pattern.compile(
      "(?=[12])(?:(?<![\\p{L}\\d$€£¥#./:,\\-–'’])|(?<=\\b(?:[bcdr]|fl|ca)\\.))" + YEAR
          + "(?![\\p{L}\\d%°]|[.,]\\d|\\s*[–—/-]\\s*\\d(?!\\d?\\s++(?:of\\s++)?" + CalendarDates.MONTH_NAME + ")"
          + "|(?<=0)['’]s)");
  /** A capital and a point: a name's initial ("A.E. May"). */
  private static final Pattern INITIAL_BEFORE = Pattern.compile("\\b\\p{Lu}\\.\\s$");
  /**
   * "(June, 653)", "(July 5th, 649)", "in March 655.": a month, or a month and its day, in a year of
   * three figures, where the year closes the clause (so "On March 5, 300 people died" is no year).
   */
  private static final Pattern EARLY_MONTH_DATE = Pattern.compile(
      MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+([1-9]\\d{2})(?=\\s*[);]|[.,](?:\\s|$)|$)");
  /** "Aug. 7-8", "August 11 and 12": the second day, of the first one's month, year unwritten. */
  private static final Pattern SECOND_DAY = Pattern.compile(
      MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[–—-]|\\s(?:and|to|through|or)\\s)\\s*"
          + "(\\d{1,2})(?:st|nd|rd|th)?"
          + "(?![\\d:.,]\\d|\\p{L}|\\s*[–—-]|,?\\s+(?:" + YEAR + "|" + MONTH + ")"
          // "Aug. 7 and 12 people": a count before its noun (a pronoun after it is no noun: "On Jan. 9
          // and 10 it rained"); after a dash the two days qualify the noun, "the Feb. 20-22 summit"
          + "|(?<![–—-]\\d|[–—-]\\d\\d)\\s+(?!(?:in|at|on|and|or|for|with|when|while|as|but|to|from|the|this|that|a|an|it|he|she|they|we"
          + "|you|there|its|his|her|their|our)\\b)\\p{Ll})");
  /**
   * "(4-8 November)", "3 and 4 June 2020": the first of two days of one month written once after
   * the second, in the month (and year) of the second; not before a month that a day follows
   * ("won 2-3 June 5": a score).
   */
  private static final Pattern FIRST_DAY = Pattern.compile(
      "(?=\\d)(?<![\\d.,:/])(\\d{1,2})(?:st|nd|rd|th)?(?=\\s*(?:[–—-]|\\s(?:and|to|or|&)\\s)\\s*(\\d{1,2})(?:st|nd|rd|th)?"
          + "\\s+(?:of\\s+)?" + MONTH + "(?!\\s*\\d{1,2}(?!\\d))(?:,?\\s+" + YEAR + "(?!\\d))?)");
  /** "on the 15th", "by the 3rd": a day without its month, after a preposition of time. */
  private static final Pattern ORDINAL_DAY = Pattern.compile(
      "\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]rom)\\s(the\\s+([1-9]|[12]\\d|3[01])"
          + "(?:st|nd|rd|th))(?![\\p{L}\\d-])");
  private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d(?:st|nd|rd|th)\\b");

  private static final Pattern MID_YEAR = Pattern.compile("(?i)\\bmid-" + YEAR + "(?![\\d'’s])");
  /** "FY2022", "FY 2022", "FY22": a fiscal year, named by its year as "fiscal 2022" is. */
  private static final Pattern FISCAL_YEAR = Pattern.compile("\\bFY\\s?(?:" + YEAR + "|['’]?(\\d{2}))(?![\\d\\p{L}])");
  /** "in '68", "the summer of ’69", "since '95": a year cut to two figures after a word that places it. */
  private static final Pattern CUT_YEAR = Pattern.compile(
      "(?=['’])(?<=\\b(?i:in|of|since|until|till|by|from|to|before|after|during|through) )['’](\\d{2})"
          + "(?![\\d\\p{L}'’%])");
  private static final Pattern APA = Pattern.compile(
      "(?<=\\()" + YEAR + ",\\s+" + MONTH + "(?:\\s+(\\d{1,2}))?(?=\\))");

  /**
   * "Accepted 2025 February 17", "2019 May 14;": a day written year first, as journals and
   * reference lists write it; not before a clock time, a range or another number.
   */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?=[12])(?<![\\p{L}\\d$€£¥#./:,\\-–'’])" + YEAR + "\\s+" + MONTH + "\\s+(\\d{1,2})"
          + "(?![\\d\\p{L}]|[:.,]\\d|\\s*[–—-]\\s*\\d)");

  private CalendarRules() {}

  static void apply(Scan s) {
    boolean digits = s.hasDigit();
    if (digits) {
      FigureDates.apply(s);
      DateRanges.ofYears(s);
      if (s.has("mid-")) {
        s.run(MID_YEAR, m -> s.add(m.start(), m.end(), TimexType.DATE, m.group(1), "MID"));
      }
      if (s.has("fy")) {
        s.run(FISCAL_YEAR, m -> s.add(m.start(), m.end(), TimexType.DATE, m.group(1) != null ? m.group(1)
            : String.valueOf(TimexWords.widenYear(Integer.parseInt(m.group(2)), s.context)), null));
      }
      if (s.lower.indexOf('\'') >= 0 || s.lower.indexOf('’') >= 0) {
        // widened once the dates before it are known: "born in 1957, he was born in '58"
        s.run(CUT_YEAR, m -> {
          int cut = Integer.parseInt(m.group(1));
          s.relative(m.start(), m.end(), TimexType.DATE, null,
              (c, context) -> c.withValue(String.valueOf(TimexWords.widenYear(cut, context)), null));
        });
      }
      if (s.lower.indexOf('(') >= 0) {
        s.run(APA, m -> {
          int month = CalendarDates.month(m.group(2));
          int year = Integer.parseInt(m.group(1));
          s.date(m.start(), m.end(), m.group(3) == null ? CalendarDates.month(year, month)
              : CalendarDates.day(year, month, Integer.parseInt(m.group(3))));
        });
      }
      if (s.has("the ") && ORDINAL_NUMBER.matcher(s.lower).find()) {
        s.run(ORDINAL_DAY, m -> YearlessDates.ordinalDay(s, m));
      }
      EraYears.apply(s);
      s.run(BARE_YEAR, m -> {
        if (!NotDates.notAYear(s, m.start(), m.end())) {
          s.add(m.start(), m.end(), TimexType.DATE, m.group(1), null);
        }
      });
      if (s.has("0s") || s.has("0’s") || s.has("0's")) {
        s.run(PeriodRules.DECADE, m -> PeriodRules.decade(s, m));
      }
      if (s.hasAsWritten("Q")) {
        s.run(Quarters.QUARTER_CODE, m -> Quarters.quarterCode(s, m));
        s.run(Quarters.BARE_QUARTER_CODE, m -> Quarters.bareQuarterCode(s, m));
      }
      if (s.hasAsWritten("H1") || s.hasAsWritten("H2")) {
        s.run(PeriodRules.HALF_CODE, m -> PeriodRules.halfCode(s, m));
      }
      if (s.has("half") || s.has("two quarters")) {
        s.run(PeriodRules.HALF, m -> s.add(m.start(), m.end(), TimexType.DATE,
            m.group(3) + "-H" + (m.group(2).toLowerCase(Locale.ROOT).startsWith("f")
                || m.group(2).startsWith("1") ? "1" : "2"), null));
      }
    }
    if (s.hasMonth()) {
      if (digits) {
        s.run(MONTH_DAY, m -> YearlessDates.monthDay(s, m, m.group(1), m.group(2), m.group(3), null));
        s.run(DAY_MONTH, m -> YearlessDates.monthDay(s, m, m.group(4), m.group(2), m.group(5), m.group(1)));
        s.run(MONTH_YEAR, m -> monthYear(s, m));
        s.run(DAY_MONTH_SHORT_YEAR, m -> shortYearDay(s, m, m.group(1), m.group(2), m.group(3)));
        if (s.has("'") || s.has("’")) {
          s.run(MONTH_DAY_SHORT_YEAR, m -> shortYearDay(s, m, m.group(2), m.group(1), m.group(3)));
        }
        s.run(EARLY_MONTH_DATE, m -> earlyMonthDate(s, m));
        s.run(YEAR_MONTH_DAY, m -> s.date(m.start(), m.end(), CalendarDates.day(
            Integer.parseInt(m.group(1)), CalendarDates.month(m.group(2)), Integer.parseInt(m.group(3)))));
        DateRanges.ofMonthsAndDays(s);
        s.run(FIRST_DAY, m -> {
          int first = Integer.parseInt(m.group(1));
          if (first < Integer.parseInt(m.group(2))) {
            YearlessDates.monthDay(s, m.start(), m.end(), CalendarDates.month(m.group(3)), first, m.group(4));
          }
        });
        s.run(SECOND_DAY, m -> YearlessDates.secondDay(s, m.start(3), m.end(3), CalendarDates.month(m.group(1)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      BareMonths.noteMayAsAName(s);
      s.run(BARE_MONTH, m -> BareMonths.apply(s, m));
    }
    if (s.has("centur")) {
      s.run(PeriodRules.CENTURY, m -> PeriodRules.century(s, m));
      s.run(PeriodRules.FIRST_OF_TWO_CENTURIES, m -> PeriodRules.century(s, m));
    }
    if (s.has("ties")) {
      s.run(PeriodRules.DECADE_WORDS, m -> s.add(m.start(), m.end(), TimexType.DATE,
          "19" + TimexWords.decade(m.group(3)) + "X", TimexWords.modifier(m.group(2))));
    }
    if (s.has("spring") || s.has("summer") || s.has("autumn") || s.has("fall") || s.has("winter")) {
      s.run(PeriodRules.SEASON, m -> PeriodRules.season(s, m));
      if (digits) {
        s.run(PeriodRules.YEAR_SEASON, m -> PeriodRules.yearSeason(s, m));
      }
    }
    if (s.has("quarter")) {
      s.run(Quarters.QUARTER, m -> Quarters.quarter(s, m));
      s.run(Quarters.MONTH_QUARTER, m -> Quarters.monthQuarter(s, m));
      if (s.has("quarters")) {
        s.run(Quarters.QUARTER_PAIR, m -> Quarters.quarterPair(s, m));
      }
      if (digits) {
        s.run(Quarters.YEAR_QUARTER, m -> s.add(m.start(), m.end(), TimexType.DATE,
            m.group(1) + "-Q" + Quarters.quarterNumber(m.group(2)), null));
      }
    }
  }

  /** A day of a month with its year in two figures, widened by the stated rule ("7 Feb 19", "Oct. 3, '98"). */
  private static void shortYearDay(Scan s, Matcher m, String day, String month, String year) {
    String value = CalendarDates.day(TimexWords.widenYear(Integer.parseInt(year), s.context),
        CalendarDates.month(month), Integer.parseInt(day)).orElse(null);
    if (value != null) {
      s.add(m.start(), m.end(), TimexType.DATE, value, null, DateFlag.TWO_DIGIT_YEAR);
    } else {
      s.add(m.start(), m.end(), TimexType.DATE, null, null, DateFlag.TWO_DIGIT_YEAR, DateFlag.IMPOSSIBLE_DATE);
    }
  }

  private static void monthYear(Scan s, Matcher m) {
    int month = CalendarDates.month(m.group(1));
    int year;
    DateFlag[] flags = {};
    if (m.group(2) != null) {
      year = Integer.parseInt(m.group(2));
    } else {
      year = TimexWords.widenYear(Integer.parseInt(m.group(3)), s.context);
      flags = new DateFlag[] {DateFlag.TWO_DIGIT_YEAR};
    }
    String value = CalendarDates.month(year, month).orElse(null);
    s.add(m.start(), m.end(), TimexType.DATE, value, null, flags);
  }

  private static void earlyMonthDate(Scan s, Matcher m) {
    if (s.lookBack(INITIAL_BEFORE, m.start(), 4) != null) {
      return; // "A.E. May 103,": a name in a list of authors, with its affiliation's number
    }
    int month = CalendarDates.month(m.group(1));
    int year = Integer.parseInt(m.group(3));
    s.date(m.start(), m.end(), m.group(2) == null ? CalendarDates.month(year, month)
        : CalendarDates.day(year, month, Integer.parseInt(m.group(2))));
  }


}
