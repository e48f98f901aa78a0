package dev.claimcheck.dates;

import java.util.Locale;
import java.util.Map;

/** Counts written in words or digits, as temporal expressions use them. Thread-safe. */
final class NumberWords {
  /** A regex alternation of the counts {@link #value} understands. */
  static final String COUNT =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d)?|thousands of|hundreds of|a couple of|a few|a|an|one|several|many|some|few"
          + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
          + "|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|ten|two|three|four|five|six|seven|eight|nine|a dozen"
          + "|dozen|a hundred|hundred)";

  /** Stands for a count that is not a number: "several", "a few". */
  static final double VAGUE = -1;

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a couple of", 2),
      Map.entry("dozen", 12), Map.entry("a dozen", 12), Map.entry("hundred", 100),
      Map.entry("a hundred", 100));

  private NumberWords() {}

  /** The count a word or number stands for, or {@link #VAGUE}. */
  static double value(String written) {
    String w = written.toLowerCase(Locale.ROOT).trim();
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      return Double.parseDouble(w.replace(",", ""));
    }
    Integer whole = WORDS.get(w);
    if (whole != null) {
      return whole;
    }
    int dash = Math.max(w.indexOf('-'), w.indexOf(' '));
    if (dash > 0) {
      Integer tens = WORDS.get(w.substring(0, dash));
      Integer ones = WORDS.get(w.substring(dash + 1));
      if (tens != null && ones != null) {
        return tens + ones;
      }
    }
    return VAGUE;
  }

  /** The number written in TIMEX3 values: {@code 40}, {@code 1.5}, or {@code X} when vague. */
  static String timex(double count) {
    if (count == VAGUE) {
      return "X";
    }
    return count == Math.rint(count) ? String.valueOf((long) count) : String.valueOf(count);
  }
}
