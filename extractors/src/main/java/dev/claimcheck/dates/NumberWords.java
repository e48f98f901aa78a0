package dev.claimcheck.dates;

import dev.claimcheck.text.CountWords;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts written in words or digits, as temporal expressions use them. Thread-safe. */
final class NumberWords {
  /** A number from one to ninety-nine in words. */
  private static final String BELOW_A_HUNDRED =
      "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
          + "|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine)";
  /**
   * "a" or a number below a hundred, in hundreds or thousands when one follows: "a", "two",
   * "two hundred", "five thousand", "a hundred and fifty" (one alternation, tried once).
   */
  private static final String MULTIPLIED = "(?:a|" + BELOW_A_HUNDRED
      + ")(?:\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?" + BELOW_A_HUNDRED + ")?)?";
  private static final Pattern MULTIPLIED_PARTS = Pattern.compile(
      "^(\\p{L}++(?:[- ]\\p{L}++)?)\\s++(hundred|thousand)(?:\\s++(?:and\\s++)?(\\p{L}++(?:[- ]\\p{L}++)?))?$");

  /** A regex alternation of the counts {@link #value} understands. */
  static final String COUNT =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}(?:\\.\\d)?|thousands of|hundreds of"
          + "|a couple of|couple of|a few|a dozen|" + MULTIPLIED + "|an|several|many|some|few|dozen|hundred)";

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
    Matcher multiplied = MULTIPLIED_PARTS.matcher(w);
    if (multiplied.matches() && !w.startsWith("thousands") && !w.startsWith("hundreds")) {
      double times = value(multiplied.group(1));
      double rest = multiplied.group(3) == null ? 0 : value(multiplied.group(3));
      return times == VAGUE || rest == VAGUE ? VAGUE
          : times * (multiplied.group(2).equals("hundred") ? 100 : 1000) + rest;
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
