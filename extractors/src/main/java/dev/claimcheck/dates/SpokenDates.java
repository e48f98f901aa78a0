package dev.claimcheck.dates;

import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years and days said in words, as transcripts of broadcasts write them: {@code nineteen
 * ninety-six}, {@code January nineteen ninety-seven}, {@code the year two thousand}, {@code March
 * eighth}, {@code the eighth of March}. Thread-safe.
 */
final class SpokenDates {
  private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety");
  private static final List<String> ONES = List.of("", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine");
  /** "nineteen ninety-six", "nineteen oh five", "nineteen hundred", with a month before it. */
  private static final Pattern CENTURY_YEAR = Pattern.compile(
      "\\b(?:(" + CalendarDates.MONTH_NAME + ")\\s+)?(?i:(seventeen|eighteen|nineteen|twenty)[- ]"
          + "(?:(hundred)|(?:oh[- ])?(one|two|three|four|five|six|seven|eight|nine)"
          + "|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
          + "|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven"
          + "|eight|nine))?))\\b(?![- ](?i:dollars?|percent|per cent|people|times|years|hundred|thousand|million))");
  /** "the year two thousand", "in two thousand and one". */
  private static final Pattern THOUSANDS = Pattern.compile(
      "(?i)\\b(?:(the year)\\s+|(?<=\\b(?:in|by|since|until|of)\\s))two thousand(?:(?:\\s+and)?\\s+"
          + "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?\\b");

  /** A year in words after a day: ", nineteen ninety-eight". */
  private static final Pattern YEAR_AFTER_DAY = Pattern.compile("(?<!\\s),?\\s+" + CENTURY_YEAR.pattern());
  /** "March eighth", "March the twenty-first", "the eighth of March". */
  private static final Pattern DAY = Pattern.compile(
      "\\b(?:(" + CalendarDates.FULL_MONTH_NAME + ")\\s+(?:the\\s+)?(" + TimexWords.DAY_ORDINALS + ")"
          + "|the\\s+(" + TimexWords.DAY_ORDINALS + ")\\s+of\\s+(" + CalendarDates.FULL_MONTH_NAME + "))(?![\\p{L}-])");

  private SpokenDates() {}

  static void apply(Scan s) {
    if (s.has("nineteen") || s.has("eighteen") || s.has("seventeen") || s.has("twenty")) {
      s.run(CENTURY_YEAR, m -> centuryYear(s, m));
    }
    if (s.hasMonth()) {
      s.run(DAY, m -> day(s, m));
    }
    if (s.has("two thousand")) {
      s.run(THOUSANDS, m -> {
        int year = 2000 + (m.group(2) == null ? 0 : number(m.group(2)));
        s.add(m.start(), m.end(), TimexType.DATE, String.valueOf(year), null);
      });
    }
  }

  private static void centuryYear(Scan s, Matcher m) {
    int year = year(m);
    if (year < 0) {
      return;
    }
    if (m.group(1) != null) {
      Optional<String> month = CalendarDates.month(year, CalendarDates.month(m.group(1)));
      s.date(m.start(), m.end(), month);
      return;
    }
    s.add(m.start(), m.end(), TimexType.DATE, String.valueOf(year), null);
  }

  /** The year a match of {@link #CENTURY_YEAR} says, or -1 when it reads as a count. */
  private static int year(Matcher m) {
    String century = m.group(2).toLowerCase(Locale.ROOT);
    int hundreds = century.equals("twenty") ? 20 : 10 + TEENS.indexOf(century);
    int rest;
    if (m.group(3) != null) {
      rest = 0;
    } else if (m.group(4) != null) {
      if (!m.group().toLowerCase(Locale.ROOT).contains("oh")) {
        return -1; // "twenty five" is a count; "nineteen oh five" a year
      }
      rest = ONES.indexOf(m.group(4).toLowerCase(Locale.ROOT));
    } else if (m.group(5) != null) {
      rest = 10 + TEENS.indexOf(m.group(5).toLowerCase(Locale.ROOT));
    } else {
      rest = 10 * TENS.indexOf(m.group(6).toLowerCase(Locale.ROOT))
          + (m.group(7) == null ? 0 : ONES.indexOf(m.group(7).toLowerCase(Locale.ROOT)));
    }
    if (century.equals("twenty") && rest >= 10) {
      return -1; // "twenty forty" reads as a count more often than as 2040
    }
    return hundreds * 100 + rest;
  }

  private static void day(Scan s, Matcher m) {
    String month = m.group(1) != null ? m.group(1) : m.group(4);
    String ordinal = m.group(1) != null ? m.group(2) : m.group(3);
    if (month.equals("May") && m.group(1) != null && !s.wordBefore(m.start()).equals("on")) {
      return; // "May first ask": a modal
    }
    int end = m.end();
    String year = null;
    Matcher y = YEAR_AFTER_DAY.matcher(s.text).region(end, s.to);
    int said = y.lookingAt() && y.group(1) == null ? year(y) : -1;
    if (said > 0) {
      year = String.valueOf(said); // "March eighth, nineteen ninety-eight"
      end = y.end();
    }
    YearlessDates.monthDay(s, m.start(), end, CalendarDates.month(month),
        TimexWords.ordinal(ordinal.replace(' ', '-')), year);
  }

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int one = ONES.indexOf(w);
    return one >= 0 ? one : 10 + TEENS.indexOf(w);
  }
}
