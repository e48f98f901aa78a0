package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a day: "yesterday afternoon" and "mid-afternoon today" told from the document date,
 * "by mid-afternoon", "in the morning" and "at 10 in the morning" of the day the text speaks of
 * (TIME values, {@code 1998-03-06TAF}); and the hour of a part of the day ({@link #hourOf}), which
 * {@link TimesAndDays} uses for "at 10 this morning". {@link RelativeRules} runs them among the
 * relative expressions. Thread-safe.
 */
final class PartsOfDay {
  /** "yesterday afternoon", "mid-afternoon today": a part of a day, a TIME in TimeML. */
  private static final Pattern DAY_PART = Pattern.compile(
      "(?i)\\b(?:(yesterday|today|tomorrow)\\s+(morning|afternoon|evening|night)"
          + "|(mid-?)?(morning|afternoon|evening)\\s+(yesterday|today|tomorrow))\\b");
  /** "by mid-afternoon", "at midmorning", "by late afternoon": a stretch of a part of the day spoken of. */
  private static final Pattern MID_PART = Pattern.compile(
      "(?i)\\b(mid|early|late)[- ]?(morning|afternoon|evening)\\b(?!\\s+(?:yesterday|today|tomorrow)\\b|[-‐])");
  /**
   * "in the morning", "during the night", "by the evening": a part of the day spoken of, when the
   * clause tells what happened or will ("dealers placed orders in the morning"), not a habit;
   * "at 10 in the morning" that hour of it.
   */
  private static final Pattern THE_PART = Pattern.compile(
      "(?i)(?:(?:(?<=\\bat )|(?<![\\d:.])(?=\\d{1,2}[:.][0-5]\\d\\s))(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s+in\\s+"
          + "|(?<=\\b(?:in|during|by|through|throughout) ))"
          + "the (morning|afternoon|evening|night)\\b(?!\\s+(?:of|before|after)\\b|[-‐'’])");
  /**
   * Words before a part of the day that make it any day's, not one spoken of: a habit ("often
   * met in the morning") or a chance ("could wake up at any time, seven in the morning").
   */
  private static final Pattern HABIT_OR_CHANCE = Pattern.compile(
      "\\b(?:often|sometimes|usually|always|never|normally|generally|typically|regularly|every|each|any ?time"
          + "|could|can|used to)\\b");
  /** Words after which a part of the day is one of the day spoken of: "by late afternoon", "in the early morning". */
  private static final Set<String> PART_OF_DAY_CUES = Set.of("by", "in", "at", "until", "till", "from", "since",
      "after", "before", "during", "around", "about", "through", "into", "the");

  private PartsOfDay() {}

  static void apply(Scan s) {
    if (!s.has("morning") && !s.has("afternoon") && !s.has("evening") && !s.has("night")) {
      return;
    }
    s.run(DAY_PART, m -> dayPart(s, m));
    if (s.has("mid") || s.has("early") || s.has("late")) {
      s.run(MID_PART, m -> midPart(s, m));
    }
    if (s.has("the morning") || s.has("the afternoon") || s.has("the evening") || s.has("the night")) {
      s.run(THE_PART, m -> {
        if (!s.beforeItsNoun(m.end()) && !HABIT_OR_CHANCE.matcher(s.lower).region(0, m.start() - s.from).find()) {
          thePart(s, m);
        }
      });
    }
  }

  /** "by mid-afternoon": that part of the day spoken of (else the document's), MID; "a mid-morning snack" is none. */
  private static void midPart(Scan s, Matcher m) {
    if (s.beforeItsNoun(m.end()) || !PART_OF_DAY_CUES.contains(s.wordBefore(m.start()))) {
      return; // "a mid-morning snack"; "(early morning, late afternoon)" names no day's
    }
    partOfSpokenDay(s, m.start(), m.end(), TimexWords.partOfDay(m.group(2)), TimexWords.modifier(m.group(1)));
  }

  /**
   * "in the morning": of the day the text last spoke of, though a paragraph before ("… were dashed
   * Friday. ⏎ Dealers placed orders in the morning"), else the document's; "at 10 in the morning"
   * that hour, "at 3 in the afternoon" 15:00.
   */
  private static void thePart(Scan s, Matcher m) {
    String part = TimexWords.partOfDay(m.group(3));
    String minutes = m.group(2) == null ? "00" : m.group(2);
    String clock = m.group(1) == null ? part
        : hourOf(Integer.parseInt(m.group(1)), part, false) + ":" + minutes;
    s.relative(m.start(), m.end(), TimexType.TIME, null, (c, context) -> {
      TimePoint last = context.followOn();
      TimePoint day = last != null && last.precision() == TimePoint.Precision.DAY ? last : context.day();
      return day == null ? null : c.withValue(day.value() + "T" + clock, day.value(), DateFlag.INFERRED);
    });
  }

  /** A part of the day spoken of ({@link DateContext#day()}), {@code code} as TimeML writes it (MO, AF, EV, NI). */
  private static void partOfSpokenDay(Scan s, int start, int end, String code, String modifier) {
    s.relative(start, end, TimexType.TIME, modifier, (c, context) -> {
      TimePoint day = context.day();
      return day == null ? null : c.withValue(day.value() + "T" + code, day.value(), DateFlag.INFERRED);
    });
  }

  /** "yesterday afternoon", "mid-afternoon today": that part of the day told from the document's. */
  private static void dayPart(Scan s, Matcher m) {
    boolean dayFirst = m.group(1) != null;
    String word = (dayFirst ? m.group(1) : m.group(5)).toLowerCase(Locale.ROOT);
    String part = (dayFirst ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
    String modifier = !dayFirst && m.group(3) != null ? "MID" : null;
    s.relative(m.start(), m.end(), TimexType.TIME, modifier, (c, context) -> {
      TimePoint base = context.documentDate();
      return c.withValue(base == null ? null : RelativeRules.value(base, part, RelativeRules.dayShift(word)),
          base == null ? null : base.value(), DateFlag.RELATIVE_DATE);
    });
  }

  /**
   * An hour said with a part of the day ({@code part} as TimeML writes it: MO, AF, EV, NI), in two
   * figures: after noon in the afternoon and evening, and at night from six ("12 at night" is
   * midnight, 24; "12 in the morning" 00); as written when {@code written} has "a.m." or "p.m." with it.
   */
  static String hourOf(int hour, String part, boolean written) {
    if (written) {
      return String.format(Locale.ROOT, "%02d", hour);
    }
    boolean night = part.equals("NI");
    int of = hour == 12 ? (night ? 24 : part.equals("MO") ? 0 : 12)
        : hour < 12 && (part.equals("AF") || part.equals("EV") || night && hour >= 6) ? hour + 12 : hour;
    return String.format(Locale.ROOT, "%02d", of);
  }
}
