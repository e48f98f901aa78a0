package dev.claimcheck.dates;

import java.util.Set;

/**
 * The words that tell a clause is in the past: a simple past ("was", "went", "wrote"), or a
 * participle or -ed form ("said", "held", "reported") that no form of "be", "to", a modal or a
 * linking verb stands just before ("will be held", "is paid" and "stays closed" are no past). Read word by word with set
 * look-ups, as a long alternation of literals costs a regex a try at every word. Input is in
 * lower case. Thread-safe.
 */
final class PastWords {
  private static final Set<String> SIMPLE_PASTS = Set.of("was", "were", "had", "did", "went", "came",
      "began", "became", "took", "rose", "fell", "grew", "saw", "gave", "ran", "wrote", "spoke", "broke",
      "chose", "drew", "knew", "flew", "threw", "drove", "swore", "stole", "sank", "withdrew", "ate", "rode",
      "hid", "froze", "blew", "shook", "tore", "wore", "awoke", "arose", "forbade", "forgave", "forgot",
      "oversaw", "foresaw", "undertook", "overtook", "mistook", "overthrew", "shrank", "strode", "swam", "sang",
      "sprang", "overcame");
  /**
   * Irregular forms that are a past or a participle; not "left" ("two weeks left"), "shot" or
   * "thought", as often nouns or adjectives.
   */
  private static final Set<String> PARTICIPLES = Set.of("said", "made", "met", "won", "lost", "held", "paid",
      "sold", "told", "found", "brought", "built", "fled", "fought", "led", "sent", "spent", "got", "kept",
      "stood", "heard", "felt", "caught", "sought", "bought", "struck", "taught", "understood", "upheld",
      "withheld", "meant", "dealt", "hung", "dug", "spun", "swung", "slid", "clung", "flung", "stung", "sped",
      "laid", "knelt", "wept", "rebuilt",
      // -ed forms of four letters, which the length an -ed word needs leaves out ("bed", "shed" are none)
      "died", "tied", "lied", "owed", "sued", "eyed", "axed", "vied");
  /** After "left", the words that make it the verb's past: "left for Baghdad", "left office" (not "two weeks left"). */
  private static final Set<String> AFTER_LEFT = Set.of("for", "the", "a", "an", "his", "her", "their", "its",
      "office", "home", "behind", "early", "without");
  /**
   * Before a participle, these make it no past: a form of "be", "to", a modal, or a linking verb
   * in the present that makes it an adjective ("will stay closed until Tuesday", "remains
   * scheduled for Monday").
   */
  private static final Set<String> NOT_PAST_BEFORE = Set.of("is", "are", "be", "been", "being", "am", "to",
      "will", "would", "may", "might", "can", "could", "should", "must", "stay", "stays", "remain", "remains",
      "become", "becomes", "get", "gets", "seem", "seems", "appear", "appears", "look", "looks");

  /** Prefixes that, before a hyphen, make a verb of a verb: "co-founded", "re-elected", "pre-recorded". */
  private static final Set<String> VERB_PREFIXES = Set.of("re", "co", "pre", "mis", "over", "under", "out", "de",
      "un", "dis", "cross", "double", "self");

  /** Determiners that are never pronouns ("some called it …" and "this paid off" keep their past). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "our", "no");

  private PastWords() {}

  /** Where the first (or, {@code first} false, the last) past word of {@code words} starts, or -1. */
  static int edge(String words, boolean first) {
    int at = -1;
    int previousStart = -1;
    int previousEnd = -1;
    int i = 0;
    int n = words.length();
    while (i < n) {
      if (!wordChar(words.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean letters = true;
      while (i < n && wordChar(words.charAt(i))) {
        letters &= Character.isLetter(words.charAt(i));
        i++;
      }
      if (isPast(words, start, i, letters, previousStart, previousEnd)) {
        if (first) {
          return start;
        }
        at = start;
      }
      previousStart = start;
      previousEnd = i;
    }
    return at;
  }

  private static boolean isPast(String words, int start, int end, boolean letters, int previousStart,
      int previousEnd) {
    String word = words.substring(start, end);
    if (SIMPLE_PASTS.contains(word)) {
      return true;
    }
    if (word.equals("left")) {
      return AFTER_LEFT.contains(nextWord(words, end));
    }
    boolean participle = PARTICIPLES.contains(word) || letters && word.length() >= 5 && word.endsWith("ed");
    if (!participle || compoundAdjective(words, start)) {
      return false;
    }
    // "is paid", "will be held": the word just before, one space away, is a form of "be" or a modal;
    // "the proposed merger", "an unexpected loss": after a determiner an -ed word is an adjective
    boolean oneSpaceAfterWord = previousStart >= 0 && previousEnd == start - 1 && words.charAt(previousEnd) == ' ';
    String previous = oneSpaceAfterWord ? words.substring(previousStart, previousEnd) : "";
    if (previous.length() >= 4 && previous.endsWith("ly") && NOT_PAST_BEFORE.contains(
        words.substring(Scan.wordStartBefore(words, 0, previousStart), Scan.skipSpacesBack(words, 0, previousStart)))) {
      return false; // "is usually conducted", "will only be held" (not "the supply dropped")
    }
    return !NOT_PAST_BEFORE.contains(previous) && !DETERMINERS.contains(previous);
  }

  /**
   * Whether the word at {@code start} ends a compound after a hyphen, an adjective: "the
   * holiday-shortened week", "a U.S.-led force", "state-owned banks"; not after a prefix of a
   * verb ("co-founded", "re-elected").
   */
  private static boolean compoundAdjective(String words, int start) {
    if (start < 2 || words.charAt(start - 1) != '-' || words.charAt(start - 2) == ' ') {
      return false;
    }
    int first = start - 1;
    while (first > 0 && words.charAt(first - 1) != ' ' && words.charAt(first - 1) != '-') {
      first--;
    }
    return !VERB_PREFIXES.contains(words.substring(first, start - 1));
  }

  /** The word after a space at {@code end}, or "". */
  private static String nextWord(String words, int end) {
    if (end + 1 >= words.length() || words.charAt(end) != ' ') {
      return "";
    }
    int i = end + 1;
    while (i < words.length() && wordChar(words.charAt(i))) {
      i++;
    }
    return words.substring(end + 1, i);
  }

  /** A character of a word as a regex word boundary counts it. */
  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
