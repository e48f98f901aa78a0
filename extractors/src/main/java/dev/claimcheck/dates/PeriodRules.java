package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar periods longer than a month: decades ({@code the 1990s}, {@code the late sixties}),
 * centuries, seasons and halves of a year ({@link Quarters} reads the quarters). {@link CalendarRules}
 * runs them in its order among the other calendar dates. Thread-safe.
 */
final class PeriodRules {
  private static final String YEAR = CalendarRules.YEAR;
  static final Pattern DECADE = Pattern.compile(
      "(?:\\b([Tt]he)\\s+)?(?:(?i:(early|mid|late))[- ]?)?(?:(\\d{2})(\\d)0|['’](\\d)0)['’]?s(?!\\p{L})");
  /**
   * "–70s" right after "the 1960s": a later decade of the same century written short, read from
   * the end of the first (and only there, so a search stays linear).
   */
  private static final Pattern SHORT_DECADE_AFTER = Pattern.compile(
      "\\G(?:\\s?[-–—]\\s?|\\s+(?:to|and|or|through)\\s+)(?:the\\s+)?(\\d)0['’]?s(?![\\p{L}\\d])");
  static final Pattern DECADE_WORDS = Pattern.compile(
      "\\b([Tt]he)\\s+(?:(early|mid|late)[- ]?)?(?:nineteen[- ])?(twenties|thirties|forties|fifties"
          + "|sixties|seventies|eighties|nineties)\\b");
  /** A century's number, as figures or a word, with "early", "mid" or "late" before it (groups 2–4 after "the"). */
  private static final String CENTURY_NUMBER =
      "(?:(early|mid|late)[- ]?)?(?:(\\d{1,2})(?:st|nd|rd|th)|(" + TimexWords.ORDINALS + "))";
  /**
   * "century" or "centuries", and an era before the common one after it ("era"), in capitals or
   * not: after "century", "bc" is nothing else.
   */
  private static final String CENTURY_WORD =
      "[- ]centur(?:y|ies)(?!\\p{L})(?<era>\\s+" + EraYears.BEFORE_THE_ERA + ")?";
  static final Pattern CENTURY = Pattern.compile("(?i)\\b(?:(the)\\s+)?" + CENTURY_NUMBER + CENTURY_WORD);
  /** The first of two centuries named with one word: "the 12th" of "the 12th and 14th centuries". */
  static final Pattern FIRST_OF_TWO_CENTURIES = Pattern.compile(
      "(?i)\\b(?:(the)\\s+)?" + CENTURY_NUMBER + "(?=\\s*(?:[–—-]|\\s(?:and|or|to|through)\\s)\\s*(?:the\\s+)?"
          + CENTURY_NUMBER + CENTURY_WORD + ")");
  static final Pattern SEASON = Pattern.compile(
      "(?:\\b(?i:(the\\s+(?:following|next|previous|preceding|prior)|the|this past|this coming|this|last|next|that"
          + "|each|every))\\s+)?(?:(?i:(early|mid|late))[- ]?)?"
          + "\\b([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+(?:of\\s+)?(?:" + YEAR
          + "(?:[–/-]\\d{2}(?!\\d))?|['’](\\d{2})(?![\\d'’])))?(?!\\p{L})");
  /**
   * "the 2016 fall season", "its 2019 spring semester": a season its year stands before. A season in
   * capitals before another capitalised word is a name's ("the 2014 Winter Olympics").
   */
  static final Pattern YEAR_SEASON = Pattern.compile(
      "(?:\\b([Tt]he)\\s+)?\\b" + YEAR + "\\s+([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?!\\p{L})");
  /**
   * What stands between a quarter's or half's code and its year: "FY", a space or a dash ("Q3 2019",
   * "Q4-2019", "H1 FY2020"), never nothing ("Q31324" is an id).
   */
  static final String CODE_AND_YEAR = "(?:\\s*FY\\s*|\\s+|\\s?[-/]\\s?)";
  /** "H1 2012", "2013 H2": a half of a year written as a code. */
  static final Pattern HALF_CODE = Pattern.compile(
      "\\b(?:H([12])" + CODE_AND_YEAR + YEAR + "|" + YEAR + "\\s*[-/ ]?\\s*H([12]))(?![\\p{L}\\d])");
  /** "the first half of 1990", "the first two quarters of 1990": a half of that year. */
  static final Pattern HALF = Pattern.compile(
      "(?i)\\b(?:(the)\\s+)?(first|second|1st|2nd|latter|last)\\s+(?:half|two\\s+quarters)\\s+of\\s+" + YEAR + "(?!\\d)");

  /**
   * "the spring of next year", "the spring of the following year", "the winter of nineteen
   * ninety-four": a season its year follows, the year one {@link Neighbours} joins to it (a year
   * in figures is read with the season here).
   */
  private static final Pattern OF_YEAR = Pattern.compile(
      "(?i)(?<!\\s)\\s+of\\s+(?:(?:this|last|next|the\\s+(?:following|next|previous|preceding|prior))\\s+year\\b"
          + "|(?:seventeen|eighteen|nineteen|twenty)[- ]\\p{L}"
          + "|(?:the year\\s+)?two thousand\\b)");
  /** A season just before a year: "the winter of 1941–42" is the season, not a range of years. */
  static final Pattern SEASON_BEFORE_YEAR = Pattern.compile("(?i)\\b(?:spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?$");
  /** A season just before "and"/"or": "the summer and fall". */
  private static final Pattern SEASON_BEFORE = Pattern.compile(
      "(?i)\\b(?:spring|summer|autumn|fall|winter)\\s+(?:and|or)\\s+$");
  /** Words after which a season needs no year or determiner ("in summer"). */
  private static final Set<String> SEASON_CUES = Set.of(
      "in", "into", "during", "by", "until", "till", "since", "through", "throughout", "over", "this",
      "last", "next", "early", "late", "mid");

  /** Words after which "the next fall" is a drop, not a season. */
  private static final Set<String> FALL_AS_NOUN = Set.of("in", "of", "to", "from", "below", "on");
  /** Words after "that fall" or "this fall" that make "fall" a verb: "planets that fall into orbit". */
  private static final Set<String> FALL_AS_VERB = Set.of("into", "in", "within", "under", "apart", "back", "down",
      "off", "out", "over", "through", "behind", "short", "ill", "asleep", "silent", "prey", "victim", "below",
      "outside", "on", "between", "beyond", "among", "upon", "onto");

  private PeriodRules() {}

  static void decade(Scan s, Matcher m) {
    String value;
    if (m.group(3) != null) {
      String century = m.group(3);
      String decade = m.group(4);
      int c = Integer.parseInt(century);
      if (c < 10 || c > 20) {
        return;
      }
      // "the 1800s" is the century; "the 2000s" is the decade, as usage has it.
      value = decade.equals("0") && c < 20 ? century + "XX" : century + decade + "X";
    } else {
      int d = Integer.parseInt(m.group(5));
      value = (d <= 2 ? "20" : "19") + d + "X";
    }
    int start = m.group(1) != null ? m.start(1) : m.group(2) != null ? m.start(2) : m.start();
    s.add(start, m.end(), TimexType.DATE, value, TimexWords.modifier(m.group(2)));
    if (m.group(3) != null && !value.endsWith("XX")) {
      Matcher second = SHORT_DECADE_AFTER.matcher(s.text).region(m.end(), s.to);
      if (second.lookingAt() && second.group(1).charAt(0) > m.group(4).charAt(0)) {
        s.add(second.start(1), second.end(), TimexType.DATE, m.group(3) + second.group(1) + "X", null);
      }
    }
  }
  static void century(Scan s, Matcher m) {
    int n = m.group(3) != null ? Integer.parseInt(m.group(3)) : TimexWords.ordinal(m.group(4));
    if (n < 1 || n > 21) {
      return;
    }
    // "the 19th-century mill": "the" belongs to the mill, not the century.
    int word = m.end();
    while (word > m.start() && !s.text.regionMatches(true, word, "centur", 0, 6)) {
      word--;
    }
    boolean adjective = word > m.start() && s.text.charAt(word - 1) == '-';
    int start = adjective && m.group(1) != null && m.group(2) == null
        ? (m.group(3) != null ? m.start(3) : m.start(4)) : m.start();
    // "the 5th century BC" is the fourth hundred years before the era, as TimeML writes it: BC04
    String value = m.group("era") != null ? String.format(Locale.ROOT, "BC%02d", n - 1)
        : String.format(Locale.ROOT, "%02dXX", n - 1);
    s.add(start, m.end(), TimexType.DATE, value, TimexWords.modifier(m.group(2)));
  }
  static void yearSeason(Scan s, Matcher m) {
    String name = m.group(3);
    String next = s.wordAfter(m.end());
    if (Character.isUpperCase(name.charAt(0)) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
      return; // "the 2020 Summer Games"
    }
    if (name.equalsIgnoreCase("fall") && FALL_AS_NOUN.contains(next.toLowerCase(Locale.ROOT))) {
      return; // "the 1989 fall of the Wall", "the 2008 fall in prices"
    }
    s.add(m.start(), m.end(), TimexType.DATE, m.group(2) + "-" + TimexWords.season(name), null);
  }
  static void season(Scan s, Matcher m) {
    String determiner = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String name = m.group(3);
    String code = TimexWords.season(name);
    String modifier = TimexWords.modifier(m.group(2));
    String after = s.text.substring(m.end(), Math.min(s.to, m.end() + 4));
    if (m.group(4) != null || m.group(5) != null) { // "summer 1969", "the summer of '69"
      String year = m.group(4) != null ? m.group(4)
          : String.valueOf(TimexWords.widenYear(Integer.parseInt(m.group(5)), s.context));
      s.add(m.start(), m.end(), TimexType.DATE, year + "-" + code, modifier);
      return;
    }
    if (Character.isUpperCase(name.charAt(0)) && m.start(3) > s.from + 1
        && Character.isUpperCase(s.wordAfter(m.end()).isEmpty() ? 'a' : s.wordAfter(m.end()).charAt(0))) {
      return; // "the Summer Olympics"
    }
    boolean ofYear = after.startsWith(" of") && OF_YEAR.matcher(s.text).region(m.end(), s.to).lookingAt();
    if (after.startsWith(" of") && !ofYear) {
      return; // "the fall of Rome"; "the spring of next year" is joined to its year later
    }
    if ("each".equals(determiner) || "every".equals(determiner)) {
      s.add(m.start(), m.end(), TimexType.SET, "XXXX-" + code, null);
      return;
    }
    String before = s.wordBefore(m.start());
    boolean pairedWithSeason = (before.equals("and") || before.equals("or"))
        && s.lookBack(SEASON_BEFORE, m.start(), 16) != null;
    boolean beforeItsNoun = s.beforeItsNoun(m.end());
    boolean cued = determiner != null && !determiner.equals("the") || SEASON_CUES.contains(before)
        || m.group(2) != null || ofYear || pairedWithSeason;
    // "fall" alone is a season after a preposition of time, "early"/"late" or another season
    // ("by fall", "in fall", "late fall", "summer and fall"), not before a noun ("in fall prices")
    if (!cued || name.equalsIgnoreCase("fall") && determiner == null && m.group(2) == null
        && !pairedWithSeason && (beforeItsNoun || !SEASON_CUES.contains(before))) {
      return;
    }
    if (name.equalsIgnoreCase("fall") && ("that".equals(determiner) || "this".equals(determiner))
        && FALL_AS_VERB.contains(s.wordAfter(m.end()).toLowerCase(Locale.ROOT))) {
      return; // "planets that fall into orbit", "items that fall within the rules"
    }
    if (determiner != null && determiner.startsWith("the ")) {
      if (name.equalsIgnoreCase("fall") && FALL_AS_NOUN.contains(s.wordAfter(m.end()).toLowerCase(Locale.ROOT))) {
        return; // "the previous fall in prices", "the next fall from power"
      }
      s.relative(m.start(), m.end(), TimexType.DATE, modifier,
          (c, context) -> seasonOnFrom(c, context.followOn(), code, determiner.endsWith("following")
              || determiner.endsWith("next") ? 1 : -1));
      return;
    }
    Tense tense = s.tenseAt(m.start(), m.end());
    s.relative(m.start(), m.end(), TimexType.DATE, modifier, (c, context) -> {
      boolean deictic = "this".equals(determiner) || "last".equals(determiner)
          || "next".equals(determiner) || "this past".equals(determiner) || "this coming".equals(determiner);
      TimePoint base = deictic ? context.documentDate() : context.reference();
      if (tense == Tense.FUTURE) {
        base = context.ahead(base, c.start());
      }
      if (base == null) {
        return c.withValue("XXXX-" + code, null, deictic ? DateFlag.RELATIVE_DATE : DateFlag.INFERRED);
      }
      int year = base.year() + TimexWords.shift(determiner);
      if ("this past".equals(determiner) && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0
          && base.date().getMonthValue() < TimexWords.seasonStart(code)) {
        year--; // "this past summer", said in May: last year's
      } else if ("this coming".equals(determiner) && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0
          && base.date().getMonthValue() > TimexWords.seasonStart(code)) {
        year++; // "this coming summer", said in October: next year's
      } else if (!deictic && base == context.documentDate()
          && base.precision().compareTo(TimePoint.Precision.MONTH) >= 0) {
        // a season named alone, against the document date: one not begun yet told in the past
        // is last year's, one over told in the future next year's
        int month = base.date().getMonthValue();
        int start = TimexWords.seasonStart(code);
        if (tense == Tense.PAST && start > month && start != 12) {
          year--;
        } else if (tense == Tense.FUTURE && start != 12 && start + 2 < month) {
          year++;
        }
      }
      return c.withValue(year + "-" + code, base.value(),
          deictic ? DateFlag.RELATIVE_DATE : DateFlag.INFERRED);
    });
  }
  /**
   * "the following spring", "the previous winter": the first such season after (before) the date
   * the text last spoke of. Told from a year alone, the one in the next (last) year.
   */
  private static Candidate seasonOnFrom(Candidate c, TimePoint base, String code, int direction) {
    if (base == null) {
      return c.withValue("XXXX-" + code, null, DateFlag.RELATIVE_DATE);
    }
    int year = base.year() + direction;
    if (base.precision() != TimePoint.Precision.YEAR) {
      int month = base.date().getMonthValue();
      int start = TimexWords.seasonStart(code);
      if (direction > 0 ? start > month : start + 2 < month) {
        year = base.year(); // March, then "the following winter": that December's
      }
    }
    return c.withValue(year + "-" + code, base.value(), DateFlag.RELATIVE_DATE);
  }

  /** "H1 2012": the half of that year; the year must read as one ("H2 2000 ppm" is hydrogen). */
  static void halfCode(Scan s, Matcher m) {
    int yearStart = m.group(2) != null ? m.start(2) : m.start(3);
    int yearEnd = m.group(2) != null ? m.end(2) : m.end(3);
    if (!NotDates.notAYear(s, yearStart, yearEnd)) {
      String year = m.group(2) != null ? m.group(2) : m.group(3);
      s.add(m.start(), m.end(), TimexType.DATE, year + "-H" + (m.group(1) != null ? m.group(1) : m.group(4)), null);
    }
  }
}
