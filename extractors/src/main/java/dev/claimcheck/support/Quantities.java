package dev.claimcheck.support;

import dev.claimcheck.text.CountWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers a text states, whatever their form: {@code 3,000}, {@code 3000} and "three
 * thousand" are one value, {@code 1.2 million} is 1,200,000, {@code 41.3 %} is 41.3. Each keeps
 * how precisely it was written, so that "1.2 million" meets 1,234,567 and "260,000" meets
 * "about 263,000" only as far as their own rounding allows. A hand-written scanner over the
 * words, linear in the text. Thread-safe.
 */
public final class Quantities {
  private static final Map<String, Double> MAGNITUDES = Map.of(
      "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
      "m", 1e6, "bn", 1e9, "k", 1e3);

  private Quantities() {}

  /**
   * A number stated in a text.
   *
   * @param start its first character
   * @param end after its last character (magnitude word included)
   * @param value its value
   * @param precision half the unit of its last significant digit: how far a value may lie from
   *     it and still be the same number as written
   * @param digits whether it was written in digits (a bare "one" is rarely a fact)
   */
  public record Quantity(int start, int end, double value, double precision, boolean digits) {
    /**
     * Whether {@code other} states the same number, within this one's rounding (the claim's
     * "about 260,000" meets 263,000; a source's rounder figure does not meet a precise claim).
     */
    public boolean meets(Quantity other) {
      return Math.abs(value - other.value) <= precision + 1e-9 * Math.abs(value);
    }

    /** Whether it could be a year. */
    public boolean yearLike() {
      return digits && value >= 1000 && value <= 2100 && value == Math.rint(value) && precision <= 0.5;
    }
  }

  /** The numbers among {@code words} of {@code text}. */
  public static List<Quantity> of(String text, List<Words.Word> words) {
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      double value;
      double precision;
      boolean digits = Character.isDigit(w.lower().charAt(0));
      int last = i;
      if (digits) {
        // Digits, with thousands separators the scanner split off: "3,000" is words "3" and "000".
        StringBuilder number = new StringBuilder(w.lower());
        int end = w.end();
        while (last + 1 < words.size() && separatorBetween(text, end, words.get(last + 1))) {
          last++;
          number.append(words.get(last).lower());
          end = words.get(last).end();
        }
        String n = number.toString();
        if (!plainNumber(n)) {
          continue; // "3rd", "1980s", "12th": not counts
        }
        value = Double.parseDouble(n);
        precision = precisionOf(n);
      } else {
        Integer unit = CountWords.value(w.lower());
        if (unit == null) {
          continue;
        }
        value = unit;
        precision = 0.5;
        // "twenty-one" is one word to the scanner; "twenty one" two.
        if (last + 1 < words.size() && value >= 20 && value % 10 == 0) {
          Integer ones = CountWords.value(words.get(last + 1).lower());
          if (ones != null && ones < 10) {
            value += ones;
            last++;
          }
        }
      }
      // "1.2 million", "three thousand", "€5m"
      while (last + 1 < words.size()) {
        Double magnitude = MAGNITUDES.get(words.get(last + 1).lower());
        if (magnitude == null || words.get(last + 1).start() - words.get(last).end() > 1
            || (magnitude < 1e3 && !digits && words.get(last + 1).lower().length() == 1)) {
          break;
        }
        value *= magnitude;
        precision *= magnitude;
        last++;
      }
      out.add(new Quantity(w.start(), words.get(last).end(), value, precision, digits));
      i = last;
    }
    return out;
  }

  /** Whether a thousands separator (comma, space, no-break space) joins the number and {@code next}. */
  private static boolean separatorBetween(String text, int end, Words.Word next) {
    if (next.start() != end + 1 || next.lower().length() != 3 || !next.lower().chars().allMatch(Character::isDigit)) {
      return false;
    }
    char c = text.charAt(end);
    return c == ',' || c == '\u00a0' || c == '\u202f';
  }

  /** Digits, with at most one decimal point between digits. */
  private static boolean plainNumber(String n) {
    boolean dot = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '.' && !dot && i > 0 && i < n.length() - 1) {
        dot = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return !n.isEmpty();
  }

  /** Half the unit of the last significant digit: 260000 → 5000, 41.3 → 0.05, 1984 → 0.5. */
  static double precisionOf(String number) {
    int dot = number.indexOf('.');
    if (dot >= 0) {
      return 0.5 * Math.pow(10, -(number.length() - dot - 1));
    }
    int zeros = 0;
    for (int i = number.length() - 1; i > 0 && number.charAt(i) == '0'; i--) {
      zeros++;
    }
    return 0.5 * Math.pow(10, zeros);
  }

  /** The text of a quantity, for facts and reasons. */
  public static String describe(String text, Quantity q) {
    return text.substring(q.start(), q.end()).toLowerCase(Locale.ROOT);
  }
}
