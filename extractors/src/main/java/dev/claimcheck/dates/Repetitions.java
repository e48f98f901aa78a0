package dev.claimcheck.dates;

import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repetitions, TimeML's SETs: "every year", "each July", "annually", "twice a week", "40,000
 * vehicles a day", "on Mondays". Their values are written as {@link Durations} writes stretches.
 * Thread-safe.
 */
final class Repetitions {
  private static final Pattern EVERY = Pattern.compile(
      "(?i)\\b(every|each)\\s+(?:(other)\\s+)?(?:(" + NumberWords.COUNT + ")\\s+)?(" + Durations.UNIT
          + "|" + CalendarDates.WEEKDAY + "|" + CalendarDates.FULL_MONTH_NAME + "|spring|summer|autumn|fall|winter"
          + "|morning|afternoon|evening|night|weekend)\\b(?:\\s+(?<part>morning|afternoon|evening|night)\\b)?");
  private static final Pattern ADVERB = Pattern.compile(
      "\\b(?i:(annually|yearly|monthly|weekly|daily|hourly|nightly|quarterly|biannually|biennially"
          + "|fortnightly|semi-annually|semiannually|biweekly|bi-weekly|bimonthly|bi-monthly"
          + "|annual(?=\\s+basis\\b(?!\\s+points?\\b))))\\b");
  /**
   * An article or owner before a word like "daily" with no noun after it, with at most two of
   * the words that describe papers between: the word is a paper, a noun ("the only major daily",
   * "a weekly"; "the paper appears weekly" stays a set).
   */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile(
      "\\b(?i:a|an|the|its|their|his|her|our|this|that)\\s+(?:(?:only|major|national|local|regional|leading"
          + "|largest|biggest|main|morning|evening|free|new|other|business|financial|tabloid|popular|big)\\s+){0,2}$");
  /** What follows a noun and not an adjective: punctuation, the end, or a word that begins no noun phrase. */
  private static final Pattern NOUN_AFTER = Pattern.compile(
      "\\s*(?:[,.;:!?)]|$)|\\s+(?:to|in|of|that|which|who|and|or|is|was|has|had|for|on|with|said|says|reported)\\b");
  private static final Pattern TIMES_PER = Pattern.compile(
      "(?i)\\b(once|twice|thrice|(?:" + NumberWords.COUNT + ")\\s+(?:times|days|nights|hours|evenings"
          + "|mornings|weekends))\\s+(?:a|an|per|each"
          + "|every)\\s+(year|month|week|day|hour|decade)\\b");
  private static final Pattern PER = Pattern.compile(
      "(?i)\\b(?:per|a|an|each)\\s+(year|annum|month|week|day|hour)\\b");
  /** A count shortly before "a day" makes it a rate ("40,000 vehicles a day"). */
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?:\\d|%|\\bmillion|\\bbillion|\\bthousand|\\bhundred|\\btimes|\\bper ?cent)\\s+(?:\\p{L}+\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** "on Mondays", "closed Sundays", "on weekends": every such day. */
  private static final Pattern ON_WEEKDAYS = Pattern.compile(
      "\\b(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|(?<=\\b[Oo]n\\s)weekends)\\b");

  private Repetitions() {}

  static void apply(Scan s) {
    if (Durations.namesAUnit(s)) {
      if ((s.has("once") || s.has("twice") || s.has("thrice") || s.has("times") || s.has("days") || s.has("nights")
          || s.has("hours") || s.has("evenings") || s.has("mornings") || s.has("weekends"))
          && (s.has(" a ") || s.has(" an ") || s.has(" per ") || s.has("each") || s.has("every"))) {
        s.run(TIMES_PER, m -> s.add(m.start(), m.end(), TimexType.SET, Durations.value(1, m.group(2)), null));
      }
      if (s.has("per") || s.has(" a ") || s.has(" an ") || s.has("each")) {
        s.run(PER, m -> {
          if (s.lookBack(COUNT_BEFORE, m.start(), 30) != null) {
            s.add(m.start(), m.end(), TimexType.SET, Durations.value(1, m.group(1)), null);
          }
        });
      }
    }
    if (s.has("every") || s.has("each")) {
      s.run(EVERY, m -> every(s, m)); // "each July" names no unit of time
    }
    // the words ADVERB reads, each holding one of these: "biweekly", "fortnightly", "semiannually"
    if (s.has("annual") || s.has("yearly") || s.has("monthly") || s.has("weekly") || s.has("daily")
        || s.has("hourly") || s.has("nightly") || s.has("quarterly") || s.has("biennially")) {
      s.run(ADVERB, m -> adverb(s, m));
    }
    if (s.has("ays") || s.has("weekends")) {
      s.run(ON_WEEKDAYS, m -> s.add(m.start(), m.end(), TimexType.SET, m.group(1).startsWith("week")
          ? "XXXX-WXX-WE" : "XXXX-WXX-" + CalendarDates.weekday(m.group(1)), null));
    }
  }

  private static void every(Scan s, Matcher m) {
    String what = m.group(4);
    String lower = what.toLowerCase(Locale.ROOT);
    // "month" and "sunday" share their first letters with weekdays: only a weekday's name is one
    int weekday = lower.matches("(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?")
        ? CalendarDates.weekday(what) : -1;
    String value;
    if (lower.matches("(?i)" + CalendarDates.FULL_MONTH_NAME) && !what.matches(CalendarDates.FULL_MONTH_NAME)) {
      return; // "each may choose"
    }
    if (what.matches(CalendarDates.FULL_MONTH_NAME)) {
      value = String.format(Locale.ROOT, "XXXX-%02d", CalendarDates.month(what)); // "each July"
    } else if (lower.matches("spring|summer|autumn|fall|winter")) {
      value = "XXXX-" + TimexWords.season(lower);
    } else if (weekday > 0) {
      value = "XXXX-WXX-" + weekday; // "every Sunday night": that part of every Sunday
      value += m.group("part") == null ? "" : "T" + TimexWords.partOfDay(m.group("part"));
    } else if (lower.equals("weekend")) {
      value = "XXXX-WXX-WE"; // "every weekend"
    } else if (lower.matches("morning|afternoon|evening|night")) {
      value = "XXXX-XX-XXT" + TimexWords.partOfDay(lower); // "every morning"
    } else {
      double count = m.group(3) == null ? 1 : NumberWords.value(m.group(3));
      if (m.group(2) != null) {
        count *= 2;
      }
      value = Durations.value(count, what);
    }
    // a part of the day after anything but a weekday ("each year night") is not the set's
    s.add(m.start(), weekday > 0 || m.group("part") == null ? m.end() : m.end(4), TimexType.SET, value, null);
  }

  private static void adverb(Scan s, Matcher m) {
    String word = m.group(1);
    String lower = word.toLowerCase(Locale.ROOT);
    boolean adjectiveForm = !lower.endsWith("ally"); // "daily" may be an adjective or a noun, "annually" not
    String next = s.wordAfter(m.end());
    if (Character.isUpperCase(word.charAt(0)) && (m.start() > s.from
        || adjectiveForm && !next.isEmpty() && Character.isUpperCase(next.charAt(0)))) {
      // "the Daily Telegraph", "Quarterly Review", a sentence's "Daily Mail reporters": part of a name
      return;
    }
    if (adjectiveForm && s.beforeItsNoun(m.end())) {
      return; // "its quarterly dividend", "average daily volume": an adjective naming no time
    }
    if (adjectiveForm && s.lookBack(ARTICLE_BEFORE, m.start(), 40) != null
        && NOUN_AFTER.matcher(s.text).region(m.end(), s.to).lookingAt()) {
      return; // "the only major daily to do so", "a weekly.": a paper, a noun ("a daily basis" stays)
    }
    String value = switch (lower) {
      case "annually", "yearly", "annual" -> "P1Y"; // "on an annual basis"
      case "monthly" -> "P1M";
      case "weekly" -> "P1W";
      case "daily", "nightly" -> "P1D";
      case "hourly" -> "PT1H";
      case "quarterly" -> "P3M";
      case "biennially" -> "P2Y";
      case "fortnightly", "biweekly", "bi-weekly" -> "P2W";
      case "bimonthly", "bi-monthly" -> "P2M";
      default -> "P6M";
    };
    s.add(m.start(), m.end(), TimexType.SET, value, null);
  }
}
