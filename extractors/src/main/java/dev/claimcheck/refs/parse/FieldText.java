package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.text.Prose;

/** Small tests and clean-ups of a field's text that every step of the parse uses. */
final class FieldText {
  private FieldText() {}

  static String dateOf(String text) {
    return Prose.hasDigit(text) ? ReferenceDates.parse(text) : null;
  }

  static boolean isUndated(String s) {
    return s.strip().matches("(?i)n\\.\\s?d\\.?|o\\.\\s?J\\.?|s\\.\\s?f\\.?|forthcoming|in press|undated|no date");
  }

  static String clean(String s) {
    String t = s.strip().replaceAll("^[,.:;]+|[,.:;]+$", "").strip();
    return t.isEmpty() ? null : t;
  }

  static String cleanTitle(String t) {
    String s = t.strip().replaceAll("[.,:;]+$", "").strip();
    return s.isEmpty() ? null : s;
  }

  /** Whether every word but short function words is capitalized, as in a body's name. */
  static boolean titleCased(String name) {
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
        return false;
      }
    }
    return true;
  }
}
