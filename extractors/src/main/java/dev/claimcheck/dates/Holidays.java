package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays named as dates: "Christmas", "Thanksgiving Day", "last Easter", "New Year's Eve
 * 1999". Fixed holidays by their day, movable ones by their rule (Easter by the Gregorian
 * computus, the US Monday holidays and Thanksgiving by their week). Without a year the tense of
 * the clause says which one, as for a day named without a year. Thread-safe.
 */
final class Holidays {
  private static final Pattern HOLIDAY = Pattern.compile(
      "\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Thanksgiving(?: Day)?"
          + "|Easter(?: Sunday| Monday)?|Good Friday|Independence Day|the Fourth of July|July Fourth|Labor Day"
          + "|Memorial Day|Veterans Day|Halloween|Valentine['’]s Day|Election Day|Boxing Day"
          + "|Martin Luther King(?: Jr\\.?)? Day|Presidents['’]? Day)(?:,?\\s+(1\\d{3}|20\\d{2})(?!\\d))?(?![\\p{L}'’-])");
  /** Words after a holiday's name that make it part of a thing's name, not a date. */
  private static final Set<String> NOT_A_DATE_AFTER = Set.of("tree", "trees", "card", "cards", "carol", "carols",
      "egg", "eggs", "bunny", "lights", "decorations", "present", "presents", "gift", "gifts", "song", "songs",
      "special", "story", "stories", "music", "movie", "film");

  /** The first year of the Gregorian calendar, from which moving feasts are reckoned here. */
  private static final int GREGORIAN = 1583;

  private Holidays() {}

  static void apply(Scan s) {
    if (!(s.has("christmas") || s.has("new year") || s.has("thanksgiving") || s.has("easter")
        || s.has("good friday") || s.has(" day") || s.has("fourth") || s.has("halloween"))) {
      return;
    }
    s.run(HOLIDAY, m -> holiday(s, m));
  }

  private static void holiday(Scan s, Matcher m) {
    String after = s.wordAfter(m.end());
    if (NOT_A_DATE_AFTER.contains(after.toLowerCase(Locale.ROOT))
        || !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && m.end() < s.to && s.text.charAt(m.end()) == ' ') {
      return; // "a Christmas tree", "Easter Island", "Christmas Carol"
    }
    if (quotedAlone(s, m.start(), m.end())) {
      return; // "the more recent \"Labor Day,\"": a title
    }
    String name = m.group(2);
    if (m.group(3) != null) {
      int year = Integer.parseInt(m.group(3));
      String fixed = fixedDay(name);
      // before the Gregorian calendar (1583) a moving feast's day is not reckoned: its year alone
      String value = year >= GREGORIAN ? dateOf(name, year).toString()
          : fixed != null ? m.group(3) + fixed.substring(4) : m.group(3);
      s.add(m.start(), m.end(), TimexType.DATE, value, null);
      return;
    }
    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    Tense tense = s.tenseAt(m.start(), m.end());
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      TimePoint spokenOf = context.yearless();
      if (which.isEmpty() && base == null && spokenOf != null && spokenOf.year() >= GREGORIAN) {
        // with no document date, the year the text speaks of: "In 2004 … on Thanksgiving"
        return c.withValue(dateOf(name, spokenOf.year()).toString(), spokenOf.value(), DateFlag.INFERRED);
      }
      if (base == null || base.precision().compareTo(TimePoint.Precision.MONTH) < 0) {
        // a holiday on the same day every year is that day in an unknown year: "Christmas", XXXX-12-25
        String fixed = which.isEmpty() ? fixedDay(name) : null;
        return c.withValue(fixed, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      LocalDate day = resolve(name, which, tense, base.date());
      // only a holiday on the same day every year may take a list's year written beside it; one
      // whose day moves keeps the year it was reckoned in ("November 2, 2004, Election Day")
      boolean sameDayEveryYear = which.isEmpty() && fixedDay(name) != null;
      return c.withValue(day.toString(), base.value(), sameDayEveryYear ? DateFlag.INFERRED : DateFlag.RELATIVE_DATE);
    });
  }

  /** Whether the holiday's name stands alone in quotation marks, as a title does. */
  private static boolean quotedAlone(Scan s, int start, int end) {
    int before = s.skipSpacesBack(start);
    if (before == s.from || "\"“‘".indexOf(s.text.charAt(before - 1)) < 0) {
      return false;
    }
    int after = end < s.to && (s.text.charAt(end) == ',' || s.text.charAt(end) == '.') ? end + 1 : end;
    return after < s.to && "\"”’".indexOf(s.text.charAt(after)) >= 0;
  }

  /** {@code XXXX-12-25} for a holiday on the same day of every year, null for one that moves (Easter). */
  private static String fixedDay(String name) {
    LocalDate one = dateOf(name, 2001);
    LocalDate other = dateOf(name, 2002);
    return one.getMonthValue() == other.getMonthValue() && one.getDayOfMonth() == other.getDayOfMonth()
        ? String.format(Locale.ROOT, "XXXX-%02d-%02d", one.getMonthValue(), one.getDayOfMonth()) : null;
  }

  /**
   * The holiday meant against the document's day: "last" the latest before it, "next" the first
   * after it, "this" the one of its year; without a word, the clause's tense decides (past: the
   * latest on or before, future: the first on or after, else the nearest).
   */
  static LocalDate resolve(String name, String which, Tense tense, LocalDate dated) {
    LocalDate before = dateOf(name, dated.getYear());
    if (before.isAfter(dated)) {
      before = dateOf(name, dated.getYear() - 1);
    }
    LocalDate after = dateOf(name, dated.getYear());
    if (after.isBefore(dated)) {
      after = dateOf(name, dated.getYear() + 1);
    }
    return switch (which) {
      case "last" -> before.isEqual(dated) ? dateOf(name, dated.getYear() - 1) : before;
      case "next" -> after.isEqual(dated) ? dateOf(name, dated.getYear() + 1) : after;
      case "this" -> dateOf(name, dated.getYear());
      default -> tense == Tense.PAST ? before : tense == Tense.FUTURE ? after
          : ChronoUnit.DAYS.between(before, dated) <= ChronoUnit.DAYS.between(dated, after) ? before : after;
    };
  }

  /** The day of a holiday in a year. */
  static LocalDate dateOf(String name, int year) {
    String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (n.startsWith("christmas eve")) {
      return LocalDate.of(year, 12, 24);
    } else if (n.startsWith("christmas")) {
      return LocalDate.of(year, 12, 25);
    } else if (n.equals("new year's eve")) {
      return LocalDate.of(year, 12, 31);
    } else if (n.startsWith("new year")) {
      return LocalDate.of(year, 1, 1);
    } else if (n.startsWith("thanksgiving")) {
      return nth(year, 11, DayOfWeek.THURSDAY, 4);
    } else if (n.equals("good friday")) {
      return easter(year).minusDays(2);
    } else if (n.equals("easter monday")) {
      return easter(year).plusDays(1);
    } else if (n.startsWith("easter")) {
      return easter(year);
    } else if (n.contains("independence") || n.contains("fourth")) {
      return LocalDate.of(year, 7, 4);
    } else if (n.startsWith("labor")) {
      return nth(year, 9, DayOfWeek.MONDAY, 1);
    } else if (n.startsWith("memorial")) {
      return LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } else if (n.startsWith("veterans")) {
      return LocalDate.of(year, 11, 11);
    } else if (n.startsWith("halloween")) {
      return LocalDate.of(year, 10, 31);
    } else if (n.startsWith("valentine")) {
      return LocalDate.of(year, 2, 14);
    } else if (n.startsWith("election")) {
      return nth(year, 11, DayOfWeek.MONDAY, 1).plusDays(1); // the Tuesday after the first Monday
    } else if (n.startsWith("boxing")) {
      return LocalDate.of(year, 12, 26);
    } else if (n.startsWith("martin")) {
      return nth(year, 1, DayOfWeek.MONDAY, 3);
    }
    return nth(year, 2, DayOfWeek.MONDAY, 3); // Presidents' Day
  }

  private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
