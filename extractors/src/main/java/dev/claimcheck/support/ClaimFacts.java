package dev.claimcheck.support;

import dev.claimcheck.model.TemporalExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim states, cut into the units a source must state for it: its dates (at the
 * precision written), its numbers, the names it gives (runs of capitalized words, quoted
 * titles) and its other content words, each with its place in the claim's text. Dates,
 * numbers and names are its key facts; the content words carry what it says of them.
 * Immutable.
 */
public final class ClaimFacts {
  private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{3})X");
  private static final Set<String> CONNECTORS = Set.of("of", "de", "du", "la", "le", "von", "van",
      "der", "den", "del", "da", "di", "and", "&", "the", "y", "al", "bin");

  /** What kind of fact a unit is. */
  public enum Kind {
    DATE(3), NUMBER(3), NAME(2), WORD(1);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    /** Whether a source must state it for the claim to be supported whatever else it says. */
    public boolean key() {
      return this != WORD;
    }
  }

  /**
   * One fact of the claim.
   *
   * @param kind what it is
   * @param start its first character in the claim's text
   * @param end after its last character
   * @param text as the claim writes it
   * @param stem the stem of a word, or null
   * @param tokens the lower-cased content words of a name, or an empty list
   * @param quantity the number, or null
   * @param date the date, or null
   */
  public record Unit(Kind kind, int start, int end, String text, String stem, List<String> tokens,
      Quantities.Quantity quantity, DateValue date) {}

  /**
   * A date at the precision the claim gives it.
   *
   * @param year the year, or the decade's first year
   * @param month 1–12, or 0 when not given
   * @param day 1–31, or 0 when not given
   * @param decade whether it names a decade ("the 1990s")
   */
  public record DateValue(int year, int month, int day, boolean decade) {}

  private final String text;
  private final List<Unit> units;

  private ClaimFacts(String text, List<Unit> units) {
    this.text = text;
    this.units = List.copyOf(units);
  }

  /** The claim's text. */
  public String text() {
    return text;
  }

  /** Its units, in the order they stand in the text. */
  public List<Unit> units() {
    return units;
  }

  /** The facts of a claim's text, with the dates the tagger found in it. */
  public static ClaimFacts of(String text, List<TemporalExpression> dates) {
    List<Unit> units = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    int from = 0;
    for (TemporalExpression t : dates) {
      int at = text.indexOf(t.text(), from);
      if (at < 0 || t.value() == null) {
        continue;
      }
      Matcher m = DATE_VALUE.matcher(t.value());
      if (!m.lookingAt()) {
        continue;
      }
      DateValue value = m.group(4) != null
          ? new DateValue(Integer.parseInt(m.group(4)) * 10, 0, 0, true)
          : new DateValue(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
              m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), false);
      units.add(new Unit(Kind.DATE, at, at + t.text().length(), t.text(), null, List.of(), null, value));
      mark(taken, at, at + t.text().length());
      from = at + t.text().length();
    }
    List<Words.Word> words = Words.of(text);
    for (Quantities.Quantity q : Quantities.of(text, words)) {
      if (taken[q.start()] || !q.digits() && q.value() <= 1) {
        continue; // a date's digits; "one of", "a"
      }
      units.add(new Unit(Kind.NUMBER, q.start(), q.end(), text.substring(q.start(), q.end()), null, List.of(), q, null));
      mark(taken, q.start(), q.end());
    }
    quotedTitles(text, taken, units);
    names(text, words, taken, units);
    for (Words.Word w : words) {
      if (!taken[w.start()] && w.content() && !isMonth(w.lower())) {
        units.add(new Unit(Kind.WORD, w.start(), w.end(), text.substring(w.start(), w.end()), w.stem(), List.of(), null, null));
      }
    }
    units.sort(java.util.Comparator.comparingInt(Unit::start));
    return new ClaimFacts(text, units);
  }

  /** A quoted stretch of a few words is a name: the title of a work, a slogan. */
  private static void quotedTitles(String text, boolean[] taken, List<Unit> units) {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0 && (c == '"' || c == '“')) {
        open = i;
      } else if (open >= 0 && (c == '"' || c == '”')) {
        int start = open + 1;
        open = -1;
        if (i - start < 2 || i - start > 120 || taken[start]) {
          continue;
        }
        List<String> tokens = contentTokens(Words.of(text, start, i));
        if (!tokens.isEmpty()) {
          units.add(new Unit(Kind.NAME, start, i, text.substring(start, i), null, tokens, null, null));
          mark(taken, start, i);
        }
      }
    }
  }

  /** Runs of capitalized words (with "of", "de", "and" inside them) are names. */
  private static void names(String text, List<Words.Word> words, boolean[] taken, List<Unit> units) {
    int i = 0;
    while (i < words.size()) {
      Words.Word w = words.get(i);
      if (!w.capitalized() || taken[w.start()] || Words.isStop(w.lower()) || isMonth(w.lower())) {
        i++;
        continue;
      }
      int last = i;
      int j = i + 1;
      while (j < words.size() && !taken[words.get(j).start()]
          && words.get(j).start() - words.get(j - 1).end() <= 2) {
        Words.Word next = words.get(j);
        if (next.capitalized() && !isMonth(next.lower())) {
          last = j;
          j++;
        } else if (CONNECTORS.contains(next.lower()) && j + 1 < words.size() && words.get(j + 1).capitalized()) {
          j++;
        } else {
          break;
        }
      }
      boolean sentenceStart = text.substring(0, w.start()).isBlank();
      if (last == i && sentenceStart) {
        i = last + 1;
        continue; // one capitalized word opening the sentence may be any word
      }
      List<String> tokens = contentTokens(words.subList(i, last + 1));
      if (!tokens.isEmpty()) {
        int start = w.start();
        int end = words.get(last).end();
        units.add(new Unit(Kind.NAME, start, end, text.substring(start, end), null, tokens, null, null));
        mark(taken, start, end);
      }
      i = last + 1;
    }
  }

  private static List<String> contentTokens(List<Words.Word> words) {
    List<String> tokens = new ArrayList<>();
    for (Words.Word w : words) {
      if (w.content()) {
        tokens.add(w.lower());
      }
    }
    return tokens;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to && i < taken.length; i++) {
      taken[i] = true;
    }
  }

  /** Whether a lower-cased word is a month's name or abbreviation. */
  static boolean isMonth(String lower) {
    return month(lower) > 0;
  }

  /** The month (1–12) a lower-cased word names, or 0. */
  static int month(String lower) {
    return switch (lower) {
      case "january", "jan" -> 1;
      case "february", "feb" -> 2;
      case "march", "mar" -> 3;
      case "april", "apr" -> 4;
      case "may" -> 5;
      case "june", "jun" -> 6;
      case "july", "jul" -> 7;
      case "august", "aug" -> 8;
      case "september", "sep", "sept" -> 9;
      case "october", "oct" -> 10;
      case "november", "nov" -> 11;
      case "december", "dec" -> 12;
      default -> 0;
    };
  }

  /** A unit's description for reasons and evidence. */
  public static String describe(Unit u) {
    return u.text().toLowerCase(Locale.ROOT).equals(u.text()) ? u.text() : u.text();
  }
}
