package dev.claimcheck.dates;

import dev.claimcheck.text.CountWords;
import java.util.Locale;
import java.util.Map;

/** Counts written in words or digits, as temporal expressions use them. Thread-safe. */
final class NumberWords {
  /** A regex alternation of the counts {@link #value} understands. */
  static final String COUNT =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}(?:\\.\\d)?|thousands of|hundreds of|a couple of|couple of|a few|a|an|one"
          + "|several|many|some|few"
          + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
          + "|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|ten|two|three|four|five|six|seven|eight|nine|a dozen"
          + "|dozen|a hundred|hundred)";

  /** Stands for a count that is not a number: "several", "a few". */
  static final double VAGUE = -1;

  /** The counts written as a few words that are not a number's name alone. */
  private static final Map<String, Integer> WORDS = Map.of("a", 1, "an", 1, "a couple of", 2, "couple of", 2,
      "a dozen", 12, "hundred", 100, "a hundred", 100);

  private NumberWords() {}

  /** The count a word or number stands for, or {@link #VAGUE}. */
  static double value(String written) {
    String w = written.toLowerCase(Locale.ROOT).trim();
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      return Double.parseDouble(w.replace(",", ""));
    }
    Integer whole = count(w);
    if (whole != null) {
      return whole;
    }
    int dash = Math.max(w.indexOf('-'), w.indexOf(' '));
    if (dash > 0) {
      Integer tens = count(w.substring(0, dash));
      Integer ones = count(w.substring(dash + 1));
      if (tens != null && ones != null) {
        return tens + ones;
      }
    }
    return VAGUE;
  }

  private static Integer count(String w) {
    Integer n = WORDS.get(w);
    return n != null ? n : CountWords.value(w);
  }

  /** The number written in TIMEX3 values: {@code 40}, {@code 1.5}, or {@code X} when vague. */
  static String timex(double count) {
    if (count == VAGUE) {
      return "X";
    }
    return count == Math.rint(count) ? String.valueOf((long) count) : String.valueOf(count);
  }
}
