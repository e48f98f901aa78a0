package dev.claimcheck.dates.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Differences from the gold told apart by their shape alone: the kind of difference, the types,
 * and the values with every digit written 9 ("1998-08-07TNI" is {@code 9999-99-99TNI}). No word
 * of the text is kept, so the classes of a set kept aside for checking can be counted without
 * reading it: they show where a gap lies (a convention of values, a day a week off) but give
 * nothing to write a rule from.
 */
public final class MissClasses {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}");

  private MissClasses() {}

  /** The class of one difference, e.g. {@code value DATE 9999-99-99 / DATE 9999-99-99, 7 days later}. */
  public static String of(TimexScorer.Miss m) {
    return switch (m.kind()) {
      case "missed" -> "missed " + shape(m.goldType(), m.goldValue());
      case "spurious" -> "spurious " + shape(m.foundType(), m.foundValue());
      case "type" -> "type " + m.goldType() + " / " + m.foundType();
      case "value" -> valueClass(m);
      default -> m.kind();
    };
  }

  /** How many differences fall in each class, the largest first (ties by name). */
  public static List<Map.Entry<String, Integer>> count(List<TimexScorer.Miss> misses) {
    Map<String, Integer> counts = new TreeMap<>();
    misses.forEach(m -> counts.merge(of(m), 1, Integer::sum));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  private static String valueClass(TimexScorer.Miss m) {
    String gold = shape(m.goldType(), m.goldValue());
    String found = shape(m.foundType(), m.foundValue());
    String head = "value " + gold + " / " + found;
    return gold.equals(found) ? head + ", " + sameShape(m.goldValue(), m.foundValue()) : head;
  }

  /** What differs between two values of the same shape: days for two days, the year or
   * what follows it for other dates, else the number. */
  static String sameShape(String gold, String found) {
    if (DAY.matcher(gold).matches() && DAY.matcher(found).matches()) {
      long days;
      try {
        days = ChronoUnit.DAYS.between(LocalDate.parse(gold), LocalDate.parse(found));
      } catch (DateTimeParseException e) {
        return "not a calendar day";
      }
      if (Math.abs(days) > 7) {
        return days > 0 ? "over a week later" : "over a week earlier";
      }
      return Math.abs(days) + (Math.abs(days) == 1 ? " day " : " days ") + (days > 0 ? "later" : "earlier");
    }
    if (!YEAR_FIRST.matcher(gold).lookingAt()) {
      return "a number";
    }
    boolean yearDiffers = !gold.regionMatches(0, found, 0, 4);
    boolean restDiffers = !gold.substring(4).equals(found.substring(4));
    return yearDiffers && restDiffers ? "year and more" : yearDiffers ? "year only" : "after the year";
  }

  /** The type and value with every digit written 9; "none" for a value not given. */
  static String shape(String type, String value) {
    return type + " " + (value == null || value.isBlank() ? "none" : value.strip().replaceAll("[0-9]", "9"));
  }
}
