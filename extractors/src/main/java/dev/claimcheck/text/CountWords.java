package dev.claimcheck.text;

import java.util.Map;

/** The English words for counts, zero to ninety and a dozen, shared by dates and support. Thread-safe. */
public final class CountWords {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12));

  private CountWords() {}

  /** The count a lower-cased word names, or null. */
  public static Integer value(String lower) {
    return WORDS.get(lower);
  }
}
