package dev.claimcheck.refs;

import dev.claimcheck.text.CalendarDates;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reference lists write them, beyond the forms {@link CalendarDates#parse} reads:
 * APA's {@code 2020, June 1}, Vancouver's {@code 2013 Mar 5}, {@code 2019a}, seasons
 * ({@code Spring 2019} → the year), ranges of years (the first), and German, French, Spanish
 * and Italian month names ({@code 3. Mai 2020}, {@code 12 mars 2019}). Thread-safe.
 */
public final class ReferenceDates {
  private static final Map<String, Integer> FOREIGN_MONTHS = Map.ofEntries(
      Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
      Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10),
      Map.entry("dezember", 12), Map.entry("janvier", 1), Map.entry("février", 2),
      Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("juin", 6), Map.entry("juillet", 7),
      Map.entry("août", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
      Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("enero", 1),
      Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5),
      Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
      Map.entry("septiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
      Map.entry("diciembre", 12), Map.entry("gennaio", 1), Map.entry("febbraio", 2),
      Map.entry("aprile", 4), Map.entry("maggio", 5), Map.entry("giugno", 6),
      Map.entry("luglio", 7), Map.entry("settembre", 9), Map.entry("ottobre", 10),
      Map.entry("dicembre", 12));
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "^(\\d{4})[a-z]?,?\\s+(" + CalendarDates.MONTH + ")(?:\\s+(\\d{1,2}))?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOREIGN = Pattern.compile(
      "^(?:(\\d{1,2})\\.?\\s+(?:de\\s+)?)?(\\p{L}+)\\s+(?:de\\s+)?(\\d{4})$");
  private static final Pattern YEAR_LETTER = Pattern.compile("^((?:1[5-9]|20)\\d{2})[a-z]$");
  private static final Pattern SEASON_OR_RANGE = Pattern.compile(
      "^(?:(?:Spring|Summer|Autumn|Fall|Winter)\\s+)?((?:1[5-9]|20)\\d{2})(?:[–/-](?:\\d{2}|\\d{4}))?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_NO_YEAR_DOT = Pattern.compile(
      "^(" + CalendarDates.MONTH + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);

  private ReferenceDates() {}

  /** Whether {@code word} names a month, in English or one of the languages above. */
  static boolean isMonth(String word) {
    return FOREIGN_MONTHS.containsKey(word.toLowerCase(Locale.ROOT)) || CalendarDates.month(word) > 0;
  }

  /** The ISO value of {@code text} as one date, or null. */
  public static String parse(String text) {
    String s = text.strip().replaceAll("^[(\\[]|[)\\].,;]+$", "").strip();
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    String iso = CalendarDates.parse(s).orElse(null);
    if (iso != null) {
      return iso;
    }
    Matcher m = YEAR_MONTH_DAY.matcher(s);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = CalendarDates.month(m.group(2));
      return m.group(3) == null ? CalendarDates.month(year, month).orElse(null)
          : CalendarDates.day(year, month, Integer.parseInt(m.group(3))).orElse(null);
    }
    m = MONTH_DAY_NO_YEAR_DOT.matcher(s);
    if (m.matches()) {
      return CalendarDates.day(Integer.parseInt(m.group(3)), CalendarDates.month(m.group(1)),
          Integer.parseInt(m.group(2))).orElse(null);
    }
    m = YEAR_LETTER.matcher(s);
    if (m.matches()) {
      return m.group(1);
    }
    m = SEASON_OR_RANGE.matcher(s);
    if (m.matches()) {
      return m.group(1);
    }
    m = FOREIGN.matcher(s);
    if (m.matches()) {
      Integer month = FOREIGN_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month == null) {
        int english = CalendarDates.month(m.group(2));
        month = english > 0 && m.group(2).length() >= 3 ? english : null;
      }
      if (month != null) {
        int year = Integer.parseInt(m.group(3));
        return m.group(1) == null ? CalendarDates.month(year, month).orElse(null)
            : CalendarDates.day(year, month, Integer.parseInt(m.group(1))).orElse(null);
      }
    }
    return null;
  }
}
