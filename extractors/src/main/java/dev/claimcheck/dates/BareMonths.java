package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months named without a day or a year ("in September", "last June", "the following March",
 * "May, June and July"): whether the name is a month (and not "Theresa May" or "the Earl of
 * March"), and the year it falls in, from the document date and the tense it is told in, as
 * {@link YearlessDates} reads days. {@link CalendarRules} runs it. Thread-safe.
 */
final class BareMonths {
  /** Words after which a bare month name is a month ("in May", "since October"). */
  private static final Set<String> MONTH_CUES = Set.of(
      "in", "since", "until", "till", "by", "from", "through", "during", "of", "before", "after",
      "early", "late", "mid", "mid-", "throughout", "last", "this", "next", "between", "to",
      "each", "every", "around", "late-", "early-", "and", "or", "for");

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
  /** A noble's title and "of" before a month's name: "the Earl of March". */
  private static final Pattern TITLE_OF = Pattern.compile(
      "\\b(?:Earl|Earls|Earldom|Earldoms|Countess|Count|Duke|Dukes|Dukedom|Marquess|Baron|Barony|Lord|Lady)\\s+of\\s+$");
  /** The same title before a list of places that ends in the month's name: "Earldoms of Cambridge, Ulster and". */
  private static final Pattern TITLE_OF_LIST = Pattern.compile(
      "\\b(?:Earls|Earldoms|Dukedoms|Baronies|titles)\\s+of\\s+(?:\\p{Lu}\\p{L}+,?\\s+){1,4}(?:and|or)\\s+$");
  /** A month's or a weekday's name, alone. */
  private static final Pattern DATE_NAME = Pattern.compile(CalendarDates.MONTH_NAME + "|" + CalendarDates.WEEKDAY);
  /** "and" and a month after a month: "between May and July". */
  private static final Pattern AND_MONTH = Pattern.compile("(?<!\\s)\\s++and\\s++" + CalendarDates.MONTH_NAME);
  /** A dash and a month right after a month: the first of two written as a range. */
  private static final Pattern DASH_AND_MONTH = Pattern.compile("\\G\\s?[-–—]\\s?(" + CalendarDates.MONTH_NAME + ")");

  /** Words before a month that make it the next one: "next June", "this coming July", "come November". */
  private static final Set<String> COMING = Set.of("next", "coming", "this coming", "come");
  /** Determiners before a month that modifies a noun: "a June agreement", "the July report". */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her",
      "our", "that");

  /**
   * "May" as a person's surname, told by what follows it: "Theresa May's audit", "Brian May
   * said"; not after a word that makes it the month ("By May had risen", "In May was").
   */
  private static final Pattern MAY_AS_A_NAME = Pattern.compile(
      "\\b(?!(?:In|On|By|Of|From|Since|Until|Till|During|Through|Early|Late|Mid|Last|Next|This|That|Every|Each"
          + "|And|Or|But|The|For|To|After|Before|Around|Throughout|Between)\\b)\\p{Lu}\\p{Ll}{2,20} May(?:['’]s\\b"
          + "| (?:said|says|told|tells|will|would|has|had|was|is|who|announced|added|insisted|wrote)\\b)");
  /** Words before "May" that, once the document has named someone May, make it the person: "of May's deal", "supported by May". */
  private static final Set<String> BEFORE_THE_NAME = Set.of("of", "by");

  private BareMonths() {}

  /** Notes in the document's context that it names someone May ({@link #MAY_AS_A_NAME}). */
  static void noteMayAsAName(Scan s) {
    if (!s.context.namesSomeoneMay() && s.hasAsWritten(" May") && s.find(MAY_AS_A_NAME)) {
      s.context.sawSomeoneNamedMay();
    }
  }

  /**
   * A month named alone ("in September", "last June", "that January", "the following March",
   * "May, June and July", "the April–June quarter"), when a word or its neighbours make it a
   * month and not a name.
   */
  static void apply(Scan s, Matcher m) {
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
    if (m.group(2).equals("May") && which == null && !ofARange && !listed && BEFORE_THE_NAME.contains(before)
        && s.context.namesSomeoneMay()) {
      return; // in a text about Theresa May, "a critic of May's deal", "supported by May"
    }
    int month = CalendarDates.month(m.group(2));
    // The first of two months takes its year from the second's: "the November–January period"
    int endMonth = first ? CalendarDates.month(nextMonth.group(1)) : month;
    int yearShift = month > endMonth ? -1 : 0;
    if (which != null && which.startsWith("the ")) {
      monthAfterOrBefore(s, m, month, which.equals("the following") || which.equals("the next") ? 1 : -1);
      return;
    }
    if ("come".equals(which) && YearlessDates.tenseOf(s, m.start(), m.end()) == Tense.PAST) {
      // "In 1944 the unit moved; come September, it had reached Paris": the September after that
      monthAfterOrBefore(s, m, month, 1);
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
    if (which == null && s.habitual(m.start(), m.end())) {
      // "it meets in February, April and October", "sales usually peak in December": every year's
      s.add(m.start(), m.end(), TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), null);
      return;
    }
    Tense tense = YearlessDates.tenseOf(s, m.start(), m.end());
    boolean passed = which == null && YearlessDates.PASSED_CUES.contains(before); // "since August" has begun
    // "In January, the company hired …": a month that opens a sentence told in the past is behind it
    boolean fronted = tense == Tense.PAST && YearlessDates.opensItsSentence(s, m.start(), m.end());
    boolean fromThePast = which == null && tense == Tense.FUTURE
        && Tense.seenFromThePast(s.text.substring(s.from, s.to), m.start() - s.from);
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      Integer written = which == null && !first ? s.yearWrittenBefore(context, c.start()) : null;
      if (written != null) {
        // "In 2004 the harvest began in June", "Last year's began in June": the year its clause wrote
        return c.withValue(String.format(Locale.ROOT, "%04d-%02d", written, month), String.valueOf(written),
            DateFlag.INFERRED);
      }
      TimePoint base = which == null ? context.yearless() : context.documentDate();
      if (base == null) {
        return c.withValue(String.format(Locale.ROOT, "XXXX-%02d", month), null);
      }
      TimePoint then = context.paragraphDate();
      if (then != null && then == context.dateWrittenBefore(c.start(), false)
          && s.dateOfItsClause(context, c.start()) == null) {
        then = null; // "The company, founded in October 1990, said it would …": an aside's month
      }
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
      if ("last".equals(which) || "this past".equals(which)) {
        year = yearOfMonthFrom(year, baseMonth, month, -1);
        if ("last".equals(which) && fromDocumentDate && month % 12 == (baseMonth - 1) % 12) {
          year--; // the month just gone is "last month": "last February" told in March is a year before it
        }
      } else if (which != null && COMING.contains(which)) {
        year = yearOfMonthFrom(year, baseMonth, month, 1);
      } else if (passed && fromDocumentDate && base.precision() == TimePoint.Precision.DAY) {
        year = Tense.lastOnOrBefore(base, endMonth, 1) + yearShift;
      } else if (which == null && fromDocumentDate && base.precision() == TimePoint.Precision.DAY
          && !fronted) {
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
    int cueStart = s.wordStartBefore(at); // where "and" or "or" begins
    int wordStart = s.wordStartBefore(cueStart);
    String word = s.text.substring(wordStart, s.skipSpacesBack(cueStart));
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !DATE_NAME.matcher(word).matches()
        && !s.text.substring(s.from, wordStart).isBlank() // not the first word of the sentence
        || s.lookBack(TITLE_OF_LIST, at, 60) != null;
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
    return s.skipSpacesBack(m.start(2)) == s.from
        || !Character.isUpperCase(s.text.charAt(s.wordStartBefore(m.start(2))));
  }
}
