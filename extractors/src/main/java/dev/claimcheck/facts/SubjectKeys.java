package dev.claimcheck.facts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key of a name, as different documents write it: lower case, without diacritics,
 * punctuation or a leading article, a title's disambiguation in brackets dropped ("Mercury
 * (planet)" is "mercury"). Thread-safe.
 */
public final class SubjectKeys {
  private SubjectKeys() {}

  /** The key of a name; empty when nothing of it is left. */
  public static String of(String name) {
    String s = name.strip();
    if (s.endsWith(")") && s.indexOf(" (") > 0) {
      s = s.substring(0, s.lastIndexOf(" ("));
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
