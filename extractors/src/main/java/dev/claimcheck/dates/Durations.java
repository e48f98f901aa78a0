package dev.claimcheck.dates;

import dev.claimcheck.model.TimexType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of time ("40 years", "six months", "the past three years", "24 h"); repetitions are
 * {@link Repetitions}', times of day {@link ClockTimes}'. Thread-safe.
 */
final class Durations {
  static final String UNIT = "(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?"
      + "|years?|decades?|centur(?:y|ies)|millenni(?:um|a)|quarters?(?!\\s+of\\b|\\s+(?:point|mile)s?\\b))";
  private static final String MODIFIER = "about|around|approximately|roughly|nearly|almost"
      + "|some|more than|less than|under|at least|up to|at most|no more than|no less than"
      + "|not more than|not less than";
  private static final Pattern DURATION = Pattern.compile(
      // "about the three-year commission": before "the", "about" is a preposition, no modifier
      // ("at least the past 18 months" keeps its)
      "(?i)(?<![\\d,.$€£¥/])\\b(?:(?!(?:about|around)\\s+the\\b)(" + MODIFIER + ")\\s+)?(?:(the)\\s+(?:(past|last|next|coming|previous|first"
          + "|final|following|latest)\\s+)?)?(" + NumberWords.COUNT + ")((?:[\\s-]+and[\\s-]+a[\\s-]+half|\\s+1/2|\\s?½)?)"
          + "[\\s-]+(?:(?:business|working|calendar|full|consecutive|straight|more|additional|further|extra|trading)\\s+)?"
          + UNIT + "(?:[\\s-](old)\\b)?(\\s+and\\s+a\\s+half\\b)?"
          + "(?![\\p{L}-]|\\s+ago\\b|\\s+(?:later|earlier)\\b(?!\\s+than))");
  /**
   * "aged 22 to 57 years", "aged between 18 and 65 years", "aged 18–65 years", "aged 26 years and
   * 9 months", "around age six to twelve months": before a stretch's count, an age.
   */
  private static final Pattern AGED_BEFORE = Pattern.compile(
      "(?i)\\b(?:aged|ages?)\\s+(?:(?:between|from|over|under|about|around)\\s+)?"
          + "(?:(?:\\d{1,3}(?:\\.\\d+)?|\\p{L}+)\\s*(?:(?:years?|months?|weeks?|days?)\\s*,?\\s*)?(?:[-–]|to|and)\\s*)?$");
  /** "12 years of age", "12 years and older", "65 years or over": after a stretch, an age. */
  private static final Pattern OF_AGE_AFTER = Pattern.compile(
      "(?i)\\s{1,3}(?:of\\s{1,3}age|(?:and|or)\\s{1,3}(?:older|over|above|up|younger|under)\\b"
          + "(?!\\s{1,3}(?:the|that|this|these|those|a|an|its|his|her|their|our|\\d)\\b))");
  /** "24 h", "30 min", "6 mo", "2.5 yrs": a stretch with its unit abbreviated, as reports write it ("2h" is a label). */
  private static final Pattern ABBREVIATED = Pattern.compile(
      "(?=\\d)(?<![\\d.,/])(\\d{1,4}(?:\\.\\d{1,2})?)(?:\\s(h)|\\s?(hrs?|min|mins|sec|secs|wks?|mo|mos|yrs?))"
          + "(?![\\p{L}\\d/²³-])");
  /** A count that reads as a year, which a unit in the singular does not count ("the 1966 second album"). */
  private static final Pattern A_YEAR = Pattern.compile(CalendarRules.YEAR);
  /** Counts that only go with a unit in the plural: "many years", never "many second". */
  private static final Set<String> VAGUE_COUNTS = Set.of("many", "several", "few", "a few");
  /** An approximating word just before a stretch: "approximately 45 min". */
  private static final Pattern MODIFIER_BEFORE = Pattern.compile("(?i)\\b(" + MODIFIER + ")\\s+$");
  /** "half a year", "half an hour", "a half-hour". */
  private static final Pattern HALF = Pattern.compile(
      "(?i)\\b(?:half\\s+an?\\s+|(?:a\\s+)?half[\\s-])(year|day|hour|minute|century|decade)\\b(?![\\p{L}-])");
  /** "a week-long strike", "a two-year-long inquiry", "months-long talks": a stretch told as its length. */
  private static final Pattern LONG = Pattern.compile(
      "(?i)\\b(?:(" + NumberWords.COUNT + ")[\\s-])?(day|week|month|year|decade|centur(?:y|ies)|hour|minute)(s)?-long\\b");
  /** "over the years", "through the decades": a stretch of unstated length. */
  private static final Pattern OVER_THE_UNITS = Pattern.compile(
      "(?i)(?<=\\b(?:over|through|throughout|across)\\s)the\\s+(years|decades|months|weeks|centuries)\\b"
          + "(?!\\s+(?:of|since|to|ahead|before|after|that|when|in which)\\b)");
  /** "several quarters of losses": quarters of a year when their count is vague. */
  private static final Pattern VAGUE_QUARTERS = Pattern.compile(
      "(?i)\\b(several|many|a few)\\s+quarters\\b(?!\\s+of\\s+(?:the|a|an|its|their|his|her|our)\\b)");
  /** "for years", "within hours", "took many months", "waited decades": a stretch of unstated length (the word before is checked in code). */
  private static final Pattern PLURAL_UNITS = Pattern.compile(
      "(?i)\\b(?:(many|several|a few)\\s+)?(years|decades|months|weeks|centuries|days|hours|minutes)\\b");
  private static final Set<String> BEFORE_PLURAL_UNITS = Set.of(
      "for", "over", "within", "in", "after", "took", "take", "takes", "taking", "taken", "lasted", "lasts",
      "lasting", "spanning", "spanned", "spans", "spent", "spend", "spends", "spending", "waited", "wait", "waits",
      "waiting");
  /** "follows months of talks", "the heady days of growth": a bare plural unit heading a stretch. */
  private static final Pattern UNITS_OF = Pattern.compile(
      "(?i)\\b(years|decades|months|weeks|days)\\s+of\\s+(?!age\\b|the\\s+(?:year|month|week)\\b)\\p{L}");
  /** Words before a plural unit that make it no bare stretch, or one another rule reads. */
  private static final Set<String> NOT_BEFORE_UNITS_OF = Set.of(
      "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "whose", "of", "in", "for",
      "over", "within", "after", "or", "and", "first", "opening", "early", "final", "last", "closing",
      "dying", "past", "next", "coming", "recent");
  /** Words after which "a year" is a stretch of time ("for a year"), not a rate. */
  private static final Set<String> DURATION_CUES = Set.of(
      "for", "about", "nearly", "almost", "over", "within", "after", "than", "only", "just", "barely",
      "merely", "scarcely", "hardly",
      "half", "another", "of", "in", "around", "roughly", "least", "more", "less", "once",
      "took", "takes", "take", "taking", "spent", "spend", "spending", "lasted", "lasting", "wait", "waited",
      "waiting", "up", "some", "under", "past", "last", "next", "plus", "been",
      "and", "or");

  /**
   * The units of time as a stretch's words begin: "5% per annum" is a year in Latin, as
   * {@link UnitOfTime} reads it.
   */
  private static final String[] UNIT_STEMS = {"year", "month", "week", "day", "decade", "centur", "hour",
      "minute", "second", "millenni", "fortnight", "quarter", "annum"};

  private Durations() {}

  /**
   * Whether a unit of time begins a word of the stretch ("two days", "the week", "week-long",
   * "per annum"; not the "day" of "Monday" or "today"), which stretches, steps, repetitions and
   * "last week" need: each of their patterns writes its unit after a space, a hyphen or a count,
   * so a stretch without one is passed over at once.
   */
  static boolean namesAUnit(Scan s) {
    return s.beginsAWord(UNIT_STEMS);
  }

  static void apply(Scan s) {
    if (namesAUnit(s)) {
      s.run(DURATION, m -> duration(s, m));
      if (s.has("half")) {
        s.run(HALF, m -> s.add(m.start(), m.end(), TimexType.DURATION, value(0.5, m.group(1)), null));
      }
      if (s.has("-long")) {
        s.run(LONG, m -> longStretch(s, m));
      }
      if (s.has("the years") || s.has("the decades") || s.has("the months") || s.has("the weeks")
          || s.has("the centuries")) {
        s.run(OVER_THE_UNITS, m -> s.add(m.start(), m.end(), TimexType.DURATION,
            value(NumberWords.VAGUE, m.group(1)), null));
      }
      if (s.has("quarters")) {
        s.run(VAGUE_QUARTERS, m -> s.add(m.start(), m.end(), TimexType.DURATION,
            value(NumberWords.VAGUE, "quarters"), null));
      }
      s.run(PLURAL_UNITS, m -> {
        if (m.start() > s.from + 1 && Character.isWhitespace(s.text.charAt(m.start() - 1))
            && !Character.isWhitespace(s.text.charAt(m.start() - 2))
            && BEFORE_PLURAL_UNITS.contains(s.wordBefore(m.start()))) {
          s.add(m.start(), m.end(), TimexType.DURATION, value(NumberWords.VAGUE, m.group(2)), null);
        }
      });
      if (s.has("years of") || s.has("months of") || s.has("weeks of") || s.has("days of") || s.has("decades of")) {
        s.run(UNITS_OF, m -> {
          if (!NOT_BEFORE_UNITS_OF.contains(s.wordBefore(m.start()))) {
            s.add(m.start(), m.end(1), TimexType.DURATION, value(NumberWords.VAGUE, m.group(1)), null);
          }
        });
      }
    }
    if (s.hasDigit() && (s.has(" h") || s.has("min") || s.has("sec") || s.has("wk") || s.has("mo")
        || s.has("yr"))) {
      s.run(ABBREVIATED, m -> abbreviated(s, m));
    }
  }

  /** The TIMEX3 modifier of an approximating word, or null. */
  static String modifier(String word) {
    if (word == null) {
      return null;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "about", "around", "approximately", "roughly", "some" -> "APPROX";
      case "nearly", "almost", "less than", "under" -> "LESS_THAN";
      case "more than" -> "MORE_THAN";
      case "at least", "no less than", "not less than" -> "EQUAL_OR_MORE";
      case "up to", "at most", "no more than", "not more than" -> "EQUAL_OR_LESS";
      default -> null;
    };
  }

  /** {@code P40Y}, {@code PT3H}, {@code P30Y} for three decades, {@code PXY} when vague. */
  static String value(double count, String unit) {
    return value(count, UnitOfTime.of(unit));
  }

  /**
   * {@code P40Y}, {@code PT3H}, {@code P30Y} for three decades, {@code P2L} for two thousand years,
   * {@code P4W} for two fortnights.
   */
  static String value(double count, UnitOfTime unit) {
    String fraction = count == NumberWords.VAGUE || count == Math.rint(count) ? null : fraction(count, unit.code);
    if (fraction != null) {
      return fraction;
    }
    if (count != NumberWords.VAGUE && (unit.longerThanAYear() || unit == UnitOfTime.YEAR)) {
      double years = count * (unit == UnitOfTime.YEAR ? 1 : unit.stepsPerUnit);
      // three decades are P30Y; whole thousands of years are millennia, as TimeML writes them: P2L
      return years >= 1000 && years % 1000 == 0 ? "P" + NumberWords.timex(years / 1000) + "L"
          : "P" + NumberWords.timex(years) + "Y";
    }
    if (count != NumberWords.VAGUE && unit == UnitOfTime.FORTNIGHT) {
      return "P" + NumberWords.timex(count * unit.stepsPerUnit) + "W";
    }
    String number = NumberWords.timex(count);
    return unit.ofTheDay() ? "PT" + number + unit.code.substring(1) : "P" + number + unit.code;
  }

  /**
   * A count with a half written as TimeML does, the half in the next smaller unit: {@code P2Y6M}
   * for two and a half years, {@code PT1M30S}, {@code PT12H} for half a day; null for units
   * without a whole next one (months, weeks), which keep the decimal.
   */
  private static String fraction(double count, String code) {
    long whole = (long) Math.floor(count);
    if (count - whole != 0.5) {
      return null;
    }
    String w = whole == 0 ? "" : String.valueOf(whole);
    return switch (code) {
      case "Y" -> "P" + (w.isEmpty() ? "" : w + "Y") + "6M";
      case "D" -> "P" + (w.isEmpty() ? "" : w + "D") + "T12H";
      case "TH" -> "PT" + (w.isEmpty() ? "" : w + "H") + "30M";
      case "TM" -> "PT" + (w.isEmpty() ? "" : w + "M") + "30S";
      default -> null;
    };
  }

  private static void duration(Scan s, Matcher m) {
    String countText = m.group(4);
    String lowerCount = countText.toLowerCase(Locale.ROOT);
    boolean article = lowerCount.equals("a") || lowerCount.equals("an");
    String before = s.wordBefore(m.start());
    boolean afterNumber = m.start() > s.from + 1 && Character.isDigit(s.text.charAt(m.start() - 2));
    if (article && m.group(1) == null && m.group(2) == null && m.group(8) == null
        && (afterNumber || !DURATION_CUES.contains(before))) {
      return; // "$5 a year" is a rate (the PER rule); "A second vessel" is an ordinal
    }
    if (lowerCount.equals("some") || lowerCount.equals("few") && m.group(2) == null) {
      return;
    }
    if (article && m.group(6).toLowerCase(Locale.ROOT).matches("second|minute") && m.group(8) == null
        && s.beforeItsNoun(m.end())) {
      return; // "for a second consecutive month", "a minute fraction": an ordinal or an adjective
    }
    if (lowerCount.equals("many") && before.equals("as")) {
      return; // "his second visit in as many years": a count the sentence gave before, not a vague one
    }
    if (UnitOfTime.of(m.group(6)) == UnitOfTime.QUARTER && (article || s.text.charAt(m.start(6) - 1) == '-')) {
      return; // "in a quarter that …", "a four-quarter test": a quarter is a stretch only when counted
    }
    if (m.group(7) != null || s.lookBack(AGED_BEFORE, m.start(), 32) != null
        || OF_AGE_AFTER.matcher(s.text).region(m.end(), s.to).lookingAt()) {
      // "52 years old", "a 136-year-old firm", "aged 22 to 57 years", "5 years of age", "12 years and older": an age
      return;
    }
    String unitWord = m.group(6).toLowerCase(Locale.ROOT);
    boolean singular = !unitWord.endsWith("s") && !unitWord.equals("millennia");
    if (singular && !s.text.substring(m.end(4), m.start(6)).contains("-")
        && (A_YEAR.matcher(countText).matches() || VAGUE_COUNTS.contains(lowerCount))) {
      // "the 1966 second album": a year and an ordinal; "many second homes": no count of seconds
      // ("a several-year tenure" writes its unit in the singular as an adjective)
      return;
    }
    if (UnitOfTime.of(m.group(6)) == UnitOfTime.YEAR && EraYears.beforeTheEra(s, m.start(4), m.end(4))) {
      return; // "30,000 years BC": a year before the era, which EraYears reads
    }
    double count = NumberWords.value(countText);
    if ((!m.group(5).isEmpty() || m.group(8) != null) && count != NumberWords.VAGUE) {
      count += 0.5;
    }
    String unit = m.group(6);
    String value = value(count, unit);
    // "for the nine months" counts "the"; "the eight-year war", "the two days of talks" leave it to the noun
    boolean bareThe = m.group(2) != null && m.group(3) == null;
    boolean qualifies = s.beforeItsNoun(m.end()) || s.wordAfter(m.end()).equals("of")
        || s.text.substring(m.end(4), m.start(6)).contains("-");
    int start = m.group(1) != null ? m.start(1) : m.group(2) != null && !(bareThe && qualifies) ? m.start(2) : m.start(4);
    s.add(start, m.end(), TimexType.DURATION, value, modifier(m.group(1)));
  }

  /** "week-long", "two-year-long", "months-long"; "a week-long strike" leaves its "a" to the strike. */
  private static void longStretch(Scan s, Matcher m) {
    String count = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    boolean counted = count != null && !count.equals("a") && !count.equals("an");
    double value = counted ? NumberWords.value(count) : m.group(3) != null ? NumberWords.VAGUE : 1;
    s.add(counted ? m.start() : m.start(2), m.end(), TimexType.DURATION, value(value, m.group(2)), null);
  }

  private static void abbreviated(Scan s, Matcher m) {
    UnitOfTime unit = UnitOfTime.of(m.group(2) != null ? m.group(2) : m.group(3));
    String value = value(NumberWords.value(m.group(1)), unit);
    Matcher before = s.lookBack(MODIFIER_BEFORE, m.start(), 24);
    if (before != null) {
      s.add(before.start(), m.end(), TimexType.DURATION, value, modifier(before.group(1)));
    } else {
      s.add(m.start(), m.end(), TimexType.DURATION, value, null);
    }
  }
}
