package dev.claimcheck.support;

import java.util.BitSet;
import java.util.List;

/**
 * Which of a claim's units one sentence of a source states: a content word by its stem, a name
 * by its last word and at least half its words, a number by its value within the claim's
 * rounding, a date by its year and, where the claim gives them, its month and day (in words or
 * ISO form; a decade by any of its years). Thread-safe.
 */
final class Matching {
  /** How many words from a month name its day may stand. */
  private static final int DAY_REACH = 3;

  private Matching() {}

  /** The units {@code sentence} states, by index. */
  static BitSet covered(List<ClaimFacts.Unit> units, SourceText text, SourceText.Sentence sentence) {
    BitSet covered = new BitSet(units.size());
    for (int u = 0; u < units.size(); u++) {
      if (states(units.get(u), sentence)) {
        covered.set(u);
      }
    }
    return covered;
  }

  /** Whether the sentence states the unit. */
  static boolean states(ClaimFacts.Unit unit, SourceText.Sentence s) {
    return switch (unit.kind()) {
      case WORD -> s.stems().contains(unit.stem());
      case NAME -> name(unit.tokens(), s);
      case NUMBER -> s.quantities().stream().anyMatch(q -> !q.yearLike() && unit.quantity().meets(q)
          || q.yearLike() && q.value() == unit.quantity().value());
      case DATE -> date(unit.date(), s);
    };
  }

  private static boolean name(List<String> tokens, SourceText.Sentence s) {
    if (!s.stems().contains(tokens.get(tokens.size() - 1))) {
      return false;
    }
    int found = 0;
    for (String t : tokens) {
      found += s.stems().contains(t) ? 1 : 0;
    }
    return found * 2 >= tokens.size();
  }

  private static boolean date(ClaimFacts.DateValue d, SourceText.Sentence s) {
    List<Words.Word> words = s.words();
    String yearText = String.valueOf(d.year());
    boolean year = false;
    for (Words.Word w : words) {
      String lower = w.lower();
      if (d.decade()) {
        if (lower.length() == 5 && lower.startsWith(yearText) && lower.charAt(4) == 's'
            || isYearIn(lower, d.year(), d.year() + 9)) {
          return true;
        }
        continue;
      }
      if (lower.length() >= 7 && lower.charAt(4) == '-' && lower.startsWith(yearText)
          && isoMatches(lower, d)) {
        return true; // 2004-11-02, 2004-11
      }
      year |= lower.equals(yearText);
    }
    if (!year) {
      return false;
    }
    if (d.month() == 0) {
      return true;
    }
    for (int i = 0; i < words.size(); i++) {
      if (ClaimFacts.month(words.get(i).lower()) != d.month()) {
        continue;
      }
      if (d.day() == 0) {
        return true;
      }
      String dayText = String.valueOf(d.day());
      for (int j = Math.max(0, i - DAY_REACH); j <= Math.min(words.size() - 1, i + DAY_REACH); j++) {
        String day = words.get(j).lower();
        if (day.equals(dayText) || day.length() == dayText.length() + 2 && day.startsWith(dayText)
            && Character.isLetter(day.charAt(day.length() - 1))) {
          return true; // 2, 2nd
        }
      }
    }
    return false;
  }

  /** Whether an ISO date word (year already matched) has the claim's month and day, as far as the claim gives them. */
  private static boolean isoMatches(String iso, ClaimFacts.DateValue d) {
    if (d.month() == 0) {
      return true;
    }
    if (iso.length() < 7 || number(iso, 5, 7) != d.month()) {
      return false;
    }
    return d.day() == 0 || iso.length() >= 10 && iso.charAt(7) == '-' && number(iso, 8, 10) == d.day();
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + c - '0';
    }
    return n;
  }

  private static boolean isYearIn(String word, int from, int to) {
    if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(word);
    return y >= from && y <= to;
  }
}
