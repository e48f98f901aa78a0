package dev.claimcheck.dates;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The units of time the rules name, read from their words ("years", "a fortnight", "hrs"): the
 * one place that knows each unit's TIMEX3 letters, its calendar step and the precision a step of
 * it lands at. Stretches ({@link Durations}), steps ({@link Shifts}) and repetitions read their
 * units here.
 */
enum UnitOfTime {
  SECOND("TS", ChronoUnit.SECONDS, 1),
  MINUTE("TM", ChronoUnit.MINUTES, 1),
  HOUR("TH", ChronoUnit.HOURS, 1),
  DAY("D", ChronoUnit.DAYS, 1),
  WEEK("W", ChronoUnit.WEEKS, 1),
  FORTNIGHT("W", ChronoUnit.WEEKS, 2),
  MONTH("M", ChronoUnit.MONTHS, 1),
  QUARTER("Q", ChronoUnit.MONTHS, 3),
  YEAR("Y", ChronoUnit.YEARS, 1),
  DECADE("DE", ChronoUnit.YEARS, 10),
  CENTURY("CE", ChronoUnit.YEARS, 100),
  MILLENNIUM("ML", ChronoUnit.YEARS, 1000);

  /** Abbreviations reports write after a count: "24 h", "30 min", "6 mo", "2.5 yrs". */
  private static final Map<String, UnitOfTime> ABBREVIATIONS = Map.ofEntries(
      Map.entry("h", HOUR), Map.entry("hr", HOUR), Map.entry("hrs", HOUR),
      Map.entry("min", MINUTE), Map.entry("mins", MINUTE),
      Map.entry("sec", SECOND), Map.entry("secs", SECOND),
      Map.entry("wk", WEEK), Map.entry("wks", WEEK),
      Map.entry("mo", MONTH), Map.entry("mos", MONTH),
      Map.entry("yr", YEAR), Map.entry("yrs", YEAR));

  /** The TIMEX3 letters, with {@code T} before the units of a day: {@code Y}, {@code TH}. */
  final String code;
  /** The calendar unit this unit is counted in on a calendar, and how many of those it is. */
  final ChronoUnit step;
  final int stepsPerUnit;

  UnitOfTime(String code, ChronoUnit step, int stepsPerUnit) {
    this.code = code;
    this.step = step;
    this.stepsPerUnit = stepsPerUnit;
  }

  /**
   * The unit a word names, singular or plural, whole or abbreviated ("years", "Century", "hrs"),
   * or null for a word that names none.
   */
  static UnitOfTime of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    UnitOfTime abbreviated = ABBREVIATIONS.get(w);
    if (abbreviated != null) {
      return abbreviated;
    }
    if (w.startsWith("year") || w.equals("annum")) {
      return YEAR;
    } else if (w.startsWith("month")) {
      return MONTH;
    } else if (w.startsWith("fortnight")) {
      return FORTNIGHT;
    } else if (w.startsWith("week")) {
      return WEEK;
    } else if (w.startsWith("day")) {
      return DAY;
    } else if (w.startsWith("decade")) {
      return DECADE;
    } else if (w.startsWith("centur")) {
      return CENTURY;
    } else if (w.startsWith("millenni")) {
      return MILLENNIUM;
    } else if (w.startsWith("quarter")) {
      return QUARTER;
    } else if (w.startsWith("hour")) {
      return HOUR;
    } else if (w.startsWith("minute")) {
      return MINUTE;
    } else if (w.startsWith("second")) {
      return SECOND;
    }
    return null;
  }

  /** Whether the unit is longer than a year: a step of it lands in a year, however precise its base. */
  boolean longerThanAYear() {
    return step == ChronoUnit.YEARS && stepsPerUnit > 1;
  }

  /** Whether the unit is part of a day, written after TIMEX3's {@code T}. */
  boolean ofTheDay() {
    return code.startsWith("T");
  }

  /** The precision a step of this unit lands at: a step of years names a year, one of days a day. */
  TimePoint.Precision precision() {
    return switch (this) {
      case YEAR, DECADE, CENTURY, MILLENNIUM -> TimePoint.Precision.YEAR;
      case MONTH, QUARTER -> TimePoint.Precision.MONTH;
      case WEEK, FORTNIGHT -> TimePoint.Precision.WEEK;
      default -> TimePoint.Precision.DAY;
    };
  }
}
