package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays named as dates: "Christmas", "Thanksgiving Day", "last Easter", "New Year's Eve
 * 1999", "Palm Sunday", "St. Patrick's Day"; their days are {@link HolidayDays}'. Without a year
 * the tense of the clause says which one, as for a day named without a year. Thread-safe.
 */
final class Holidays {
  private static final Pattern HOLIDAY = Pattern.compile(
      // every name begins with a capital but "the Fourth of July": other words are passed at once
      "\\b(?=\\p{Lu}|(?:last|this|next|the)\\s)(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(" + HolidayDays.NAMES + ")"
          + "(?:,?\\s+(1\\d{3}|20\\d{2})(?!\\d))?(?![\\p{L}'’-])");
  /** Words after a holiday's name that make it part of a thing's name, not a date. */
  private static final Set<String> NOT_A_DATE_AFTER = Set.of("tree", "trees", "card", "cards", "carol", "carols",
      "egg", "eggs", "bunny", "lights", "decorations", "present", "presents", "gift", "gifts", "song", "songs",
      "special", "story", "stories", "music", "movie", "film", "agreement", "accord", "accords");

  /**
   * Capitalised words after a holiday's name that name what is held on the day, not a name the
   * holiday begins: "Palm Sunday Mass", "the Easter Vigil", "the Thanksgiving Day Parade".
   */
  private static final Set<String> HELD_ON_THE_DAY = Set.of("Mass", "Masses", "Service", "Services", "Vigil",
      "Liturgy", "Procession", "Parade", "Sermon", "Homily", "Message", "Address", "Celebration", "Celebrations",
      "Weekend", "Holiday", "Holidays", "Morning", "Afternoon", "Evening", "Night");

  /** The first year of the Gregorian calendar, from which moving feasts are reckoned here. */
  private static final int GREGORIAN = 1583;

  private Holidays() {}

  static void apply(Scan s) {
    // every name holds one of these: "day" (of "Sunday" too), or is one of the others
    if (!(s.has("day") || s.has("new year") || s.has("christmas") || s.has("thanksgiving") || s.has("easter")
        || s.has("fourth") || s.has("halloween") || s.has("pentecost") || s.has("juneteenth") || s.has("bonfire")
        || s.has("fawkes") || s.has("mayo"))) {
      return;
    }
    s.run(HOLIDAY, m -> holiday(s, m));
  }

  private static void holiday(Scan s, Matcher m) {
    String after = s.wordAfter(m.end());
    if (NOT_A_DATE_AFTER.contains(after.toLowerCase(Locale.ROOT))
        || !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && m.end() < s.to && s.text.charAt(m.end()) == ' '
        && !HELD_ON_THE_DAY.contains(after)) {
      return; // "a Christmas tree", "Easter Island", "Christmas Carol" ("Palm Sunday Mass" stays the day)
    }
    if (quotedAlone(s, m.start(), m.end())) {
      return; // "the more recent \"Labor Day,\"": a title
    }
    if (m.group(1) == null && NamesNotDates.holidayEndsAName(s, m.start())) {
      return; // "The Long Good Friday", "A Very Murray Christmas": titles
    }
    String name = m.group(2);
    String before = s.wordBefore(m.start());
    if (m.group(1) == null && m.group(3) == null && (before.equals("every") || before.equals("each"))) {
      // "every Christmas": each year's (XXXX-12-25), with no one day for a feast that moves
      s.add(s.wordStartBefore(m.start()), m.end(), TimexType.SET, fixedDay(name), null);
      return;
    }
    if (m.group(3) != null) {
      int year = Integer.parseInt(m.group(3));
      String fixed = fixedDay(name);
      // before the Gregorian calendar (1583) a moving feast's day is not reckoned: its year alone
      String value = year >= GREGORIAN ? HolidayDays.dateOf(name, year).toString()
          : fixed != null ? m.group(3) + fixed.substring(4) : m.group(3);
      s.add(m.start(), m.end(), TimexType.DATE, value, null);
      return;
    }
    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String fixed = which.isEmpty() ? fixedDay(name) : null; // XXXX-12-25 for a holiday on the same day every year
    Tense tense = s.tenseAt(m.start(), m.end());
    s.relative(m.start(), m.end(), TimexType.DATE, null, (c, context) -> {
      TimePoint base = context.documentDate();
      Integer written = which.isEmpty() ? s.yearWrittenBefore(context, c.start()) : null;
      if (written != null && written >= GREGORIAN) {
        // "in 2021 Orthodox Easter fell on May 2": the year its clause wrote
        return c.withValue(HolidayDays.dateOf(name, written).toString(), String.valueOf(written), DateFlag.INFERRED);
      }
      TimePoint spokenOf = context.yearless();
      if (which.isEmpty() && base == null && spokenOf != null && spokenOf.year() >= GREGORIAN) {
        // with no document date, the year the text speaks of: "In 2004 … on Thanksgiving"
        return c.withValue(HolidayDays.dateOf(name, spokenOf.year()).toString(), spokenOf.value(), DateFlag.INFERRED);
      }
      if (base == null || base.precision().compareTo(TimePoint.Precision.MONTH) < 0) {
        // a holiday on the same day every year is that day in an unknown year: "Christmas", XXXX-12-25
        return c.withValue(fixed, base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
      }
      LocalDate day = resolve(name, which, tense, base.date());
      // only a holiday on the same day every year may take a list's year written beside it; one
      // whose day moves keeps the year it was reckoned in ("November 2, 2004, Election Day")
      return c.withValue(day.toString(), base.value(), fixed != null ? DateFlag.INFERRED : DateFlag.RELATIVE_DATE);
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
    LocalDate one = HolidayDays.dateOf(name, 2001);
    LocalDate other = HolidayDays.dateOf(name, 2002);
    return one.getMonthValue() == other.getMonthValue() && one.getDayOfMonth() == other.getDayOfMonth()
        ? String.format(Locale.ROOT, "XXXX-%02d-%02d", one.getMonthValue(), one.getDayOfMonth()) : null;
  }

  /**
   * The holiday meant against the document's day: "last" the latest before it, "next" the first
   * after it, "this" the one of its year; without a word, the clause's tense decides (past: the
   * latest on or before, future: the first on or after, else the nearest).
   */
  static LocalDate resolve(String name, String which, Tense tense, LocalDate dated) {
    LocalDate before = HolidayDays.dateOf(name, dated.getYear());
    if (before.isAfter(dated)) {
      before = HolidayDays.dateOf(name, dated.getYear() - 1);
    }
    LocalDate after = HolidayDays.dateOf(name, dated.getYear());
    if (after.isBefore(dated)) {
      after = HolidayDays.dateOf(name, dated.getYear() + 1);
    }
    return switch (which) {
      case "last" -> before.isEqual(dated) ? HolidayDays.dateOf(name, dated.getYear() - 1) : before;
      case "next" -> after.isEqual(dated) ? HolidayDays.dateOf(name, dated.getYear() + 1) : after;
      case "this" -> HolidayDays.dateOf(name, dated.getYear());
      default -> tense == Tense.PAST ? before : tense == Tense.FUTURE ? after
          : ChronoUnit.DAYS.between(before, dated) <= ChronoUnit.DAYS.between(dated, after) ? before : after;
    };
  }
}
