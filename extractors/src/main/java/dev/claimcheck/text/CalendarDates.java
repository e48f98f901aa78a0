package dev.claimcheck.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written calendar dates and their ISO 8601 values, with the precision the text gives: the one
 * place that knows month names and validates days. Used by date extraction and by the
 * reference parser. Thread-safe.
 */
public final class CalendarDates {
  /** Month names and their common abbreviations, as a regex alternation. */
  public static final String MONTH =
      "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May"
          + "|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?"
          + "|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

  /**
   * A month name as running text writes it: capitalized, full or abbreviated ({@code Oct.},
   * {@code Sept}), not followed by another letter. Case-sensitive, so "may" and "march" are
   * not months. The look at the first letter lets a search pass over other words at once.
   */
  public static final String MONTH_NAME =
      "(?=[JFMASOND])(?:January|February|March|April|May|June|July|August|September|October"
          + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
          + "|Dec\\.?)(?!\\p{L})";

  private static final String FULL_MONTHS =
      "(?=[JFMASOND])(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December)";

  /** A month's full name, capitalized. */
  public static final String FULL_MONTH_NAME = FULL_MONTHS + "(?!\\p{L})";

  /**
   * A month's full name glued to the capitalised word after it, where a page's text ran two
   * lines together ("24 JulyNoon:").
   */
  public static final String FULL_MONTH_NAME_GLUED = FULL_MONTHS + "(?=\\p{Lu}\\p{Ll})";

  /** A day of the week, capitalized, full or abbreviated. */
  public static final String WEEKDAY =
      "(?=[MTWFS])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\."
          + "|Thu\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)(?!\\p{L})";

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(" + MONTH + ")\\s+(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");

  private CalendarDates() {}

  /** The month number (1–12) of a month name or abbreviation, or -1. */
  public static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return -1;
    }
    Integer m = MONTHS.get(key.substring(0, 3));
    return m == null ? -1 : m;
  }

  /** The ISO day of the week (1 for Monday … 7 for Sunday) of a weekday name, or -1. */
  public static int weekday(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return -1;
    }
    return switch (key.substring(0, 3)) {
      case "mon" -> 1;
      case "tue" -> 2;
      case "wed" -> 3;
      case "thu" -> 4;
      case "fri" -> 5;
      case "sat" -> 6;
      case "sun" -> 7;
      default -> -1;
    };
  }

  /** {@code yyyy-mm-dd} for a real calendar day, or empty for an impossible one. */
  public static Optional<String> day(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code yyyy-mm} for a real month, or empty. */
  public static Optional<String> month(int year, int month) {
    return month >= 1 && month <= 12
        ? Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month))
        : Optional.empty();
  }

  /**
   * The ISO value of a whole string that is one written date: {@code 2022-10-26},
   * {@code June 1, 2020}, {@code 9 June 2020}, {@code June 2020}, {@code 2022}. Empty when the
   * string is not a date or names an impossible one.
   */
  public static Optional<String> parse(String text) {
    String s = TRAILING_PUNCTUATION.matcher(text.strip()).replaceFirst("");
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      return m.group(3) == null ? month(y, mo) : day(y, mo, Integer.parseInt(m.group(3)));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches()) {
      return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return month(Integer.parseInt(m.group(2)), month(m.group(1)));
    }
    m = YEAR.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1));
    }
    return Optional.empty();
  }
}
