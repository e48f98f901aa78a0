package dev.claimcheck.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relations facts are stated in, and the words that name each: the past forms prose reports
 * an event in ("founded", "established") and the labels an infobox gives its date under
 * ("Founded", "Date of birth", "Opening date"), and the labels of roles ("Founder",
 * "Headquarters"). One vocabulary for both, so that an infobox line and a sentence of the same
 * document meet on the same relation. Thread-safe.
 */
public final class Relations {
  private static final Map<String, String> VERBS = new HashMap<>();
  private static final Map<String, String> LABEL_WORDS = new HashMap<>();
  /** Most words an infobox label has ("Date of first flight"). */
  static final int MAX_LABEL_WORDS = 5;
  /** The labels of roles one name holds for good ({@link RoleFacts}). */
  private static final Map<String, String> ROLE_LABELS = Map.of("founder", "founder", "founders", "founder",
      "founded by", "founder", "capital", "capital", "headquarters", "headquarters", "hq", "headquarters",
      "headquartered", "headquarters");

  static {
    relation("born", List.of("born"), List.of("born", "birth"));
    relation("died", List.of("died"), List.of("died", "death"));
    relation("founded", List.of("founded", "established", "co-founded", "cofounded"),
        List.of("founded", "established", "founding", "foundation", "establishment", "formation", "formed"));
    relation("opened", List.of("opened", "inaugurated"), List.of("opened", "opening", "inaugurated", "inauguration"));
    relation("released", List.of("released", "premiered", "debuted"), List.of("released", "release", "premiere",
        "premiered"));
    relation("merged", List.of("merged"), List.of("merged", "merger"));
    relation("built", List.of("built", "constructed"), List.of("built", "constructed", "construction"));
    relation("completed", List.of("completed"), List.of("completed", "completion"));
    relation("closed", List.of("closed"), List.of("closed", "closing", "closure"));
    relation("acquired", List.of("acquired", "purchased", "bought"), List.of("acquired", "acquisition", "purchased"));
  }

  private Relations() {}

  private static void relation(String name, List<String> verbs, List<String> labelWords) {
    verbs.forEach(v -> VERBS.put(v, name));
    labelWords.forEach(w -> LABEL_WORDS.put(w, name));
  }

  /** The relation a verb form (lower case) reports, or null. */
  public static String ofVerb(String lower) {
    return VERBS.get(lower);
  }

  /** The verb forms, for a quick look whether a text may report any relation. */
  public static Iterable<String> verbForms() {
    return VERBS.keySet();
  }

  /** The role an infobox label names ("Founder", "Headquarters"), or null. */
  public static String roleOfLabel(String label) {
    return ROLE_LABELS.get(label.strip().replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  /**
   * The relation an infobox label names ("Founded", "Date of birth", "opening_date"), or null
   * when none of its words names one, two of them name different ones ("Born / died"), or it is
   * longer than a label ({@value #MAX_LABEL_WORDS} words).
   */
  public static String ofLabel(String label) {
    String[] words = label.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}-]+");
    if (words.length > MAX_LABEL_WORDS) {
      return null; // a sentence, not a label
    }
    String found = null;
    for (String word : words) {
      String relation = LABEL_WORDS.get(word);
      if (relation != null) {
        if (found != null && !found.equals(relation)) {
          return null;
        }
        found = relation;
      }
    }
    return found;
  }
}
