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
   * "a" or a number below a hundred, in hundreds and then in thousands, millions or billions when
   * they follow: "two hundred", "five thousand", "a hundred and fifty thousand", "sixty-five
   * million" (one alternation, tried once).
   */
  private static final String MULTIPLIED = "(?:a|" + BELOW_A_HUNDRED + ")(?:\\s+hundred(?:\\s+(?:and\\s+)?"
      + BELOW_A_HUNDRED + ")?)?(?:\\s+(?:thousand|million|billion)(?:\\s+(?:and\\s+)?" + BELOW_A_HUNDRED + ")?)?";
  /** The words a count in words is multiplied by. */
  private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1_000,
      "million", 1_000_000, "billion", 1_000_000_000);
  /** A figure with the scale written after it: "65 million", "4.5 billion". */
  private static final Pattern SCALED_FIGURE = Pattern.compile("^([\\d.,]+)\\s+(million|billion)$");

  /** A regex alternation of the counts {@link #value} understands. */
  static final String COUNT =
      "(?:\\d{1,4}(?:\\.\\d{1,2})?\\s+(?:million|billion)|\\d{1,3}(?:,\\d{3})+|\\d{1,4}(?:\\.\\d)?"
          + "|thousands of|hundreds of|millions of|billions of|tens of thousands of"
          + "|a couple of|couple of|a couple|a few|a dozen|" + MULTIPLIED + "|an|several|many|some|few|dozen|hundred)";

  /** Stands for a count that is not a number: "several", "a few". */
  static final double VAGUE = -1;

  /** The counts written as a few words that are not a number's name alone. */
  private static final Map<String, Integer> WORDS = Map.of("a", 1, "an", 1, "a couple of", 2, "couple of", 2,
      "a couple", 2, "a dozen", 12);

  private NumberWords() {}

  /** The count a word or number stands for, or {@link #VAGUE}. */
  static double value(String written) {
    String w = written.toLowerCase(Locale.ROOT).trim();
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      Matcher scaled = SCALED_FIGURE.matcher(w);
      return scaled.matches() ? Double.parseDouble(scaled.group(1).replace(",", "")) * SCALES.get(scaled.group(2))
          : Double.parseDouble(w.replace(",", ""));
    }
    Integer whole = count(w);
    return whole != null ? whole : inWords(w);
  }

  /**
   * A number written in words, read from the left: a word below a hundred adds to the group,
   * "hundred" multiplies it, and "thousand", "million" or "billion" multiply it and close it
   * ("two hundred and ninety-nine thousand"); {@link #VAGUE} for any other word ("thousands of").
   */
  private static double inWords(String w) {
    double total = 0;
    double group = 0;
    for (String word : w.split("[\\s-]+")) {
      Integer scale = SCALES.get(word);
      Integer n = count(word);
      if (word.equals("and") && total + group > 0) {
        continue;
      } else if (scale != null && scale == 100) {
        group = Math.max(group, 1) * 100;
      } else if (scale != null) {
        total += Math.max(group, 1) * scale;
        group = 0;
      } else if (n != null) {
        group += n;
      } else {
        return VAGUE;
      }
    }
    return total + group;
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
