package dev.claimcheck.facts;

import java.util.Set;

/**
 * Whether two names (their keys, {@link SubjectKeys}) can be the same value of a role: equal, or
 * the words of one all among the other's, so that a shorter or a fuller form agrees ("Beijing"
 * and "Beijing, China"; "Jobs" and "Steve Jobs and Steve Wozniak"). Thread-safe.
 */
public final class NameValues {
  private static final Set<String> FILLER = Set.of("and", "of", "the", "de", "la", "le", "von", "van");

  private NameValues() {}

  /** Whether two name keys agree. */
  public static boolean agree(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return within(a, b) || within(b, a);
  }

  /** Whether every word of {@code a} (but fillers) is a word of {@code b}. */
  private static boolean within(String a, String b) {
    String padded = " " + b + " ";
    boolean any = false;
    for (String w : a.split(" ")) {
      if (w.isEmpty() || FILLER.contains(w)) {
        continue;
      }
      if (!padded.contains(" " + w + " ")) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
