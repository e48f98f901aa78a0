package dev.claimcheck.dates;

import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years said in words, as transcripts of broadcasts write them: {@code nineteen ninety-six},
 * {@code January nineteen ninety-seven}, {@code the year two thousand}. Thread-safe.
 */
final class SpokenYears {
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

  private SpokenYears() {}

  static void apply(Scan s) {
    if (s.has("nineteen") || s.has("eighteen") || s.has("seventeen") || s.has("twenty")) {
      s.run(CENTURY_YEAR, m -> centuryYear(s, m));
    }
    if (s.has("two thousand")) {
      s.run(THOUSANDS, m -> {
        int year = 2000 + (m.group(2) == null ? 0 : number(m.group(2)));
        s.add(m.start(), m.end(), TimexType.DATE, String.valueOf(year), null);
      });
    }
  }

  private static void centuryYear(Scan s, Matcher m) {
    String century = m.group(2).toLowerCase(Locale.ROOT);
    int hundreds = century.equals("twenty") ? 20 : 10 + TEENS.indexOf(century);
    int rest;
    if (m.group(3) != null) {
      rest = 0;
    } else if (m.group(4) != null) {
      if (!m.group().toLowerCase(Locale.ROOT).contains("oh")) {
        return; // "twenty five" is a count; "nineteen oh five" a year
      }
      rest = ONES.indexOf(m.group(4).toLowerCase(Locale.ROOT));
    } else if (m.group(5) != null) {
      rest = 10 + TEENS.indexOf(m.group(5).toLowerCase(Locale.ROOT));
    } else {
      rest = 10 * TENS.indexOf(m.group(6).toLowerCase(Locale.ROOT))
          + (m.group(7) == null ? 0 : ONES.indexOf(m.group(7).toLowerCase(Locale.ROOT)));
    }
    if (century.equals("twenty") && rest >= 10) {
      return; // "twenty forty" reads as a count more often than as 2040
    }
    int year = hundreds * 100 + rest;
    if (m.group(1) != null) {
      Optional<String> month = CalendarDates.month(year, CalendarDates.month(m.group(1)));
      s.date(m.start(), m.end(), month);
      return;
    }
    s.add(m.start(), m.end(), TimexType.DATE, String.valueOf(year), null);
  }

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int one = ONES.indexOf(w);
    return one >= 0 ? one : 10 + TEENS.indexOf(w);
  }
}
