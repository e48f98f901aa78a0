package dev.claimcheck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as support compares them: a hand-written scanner (letters and digits, apostrophes and
 * hyphens inside a word), lower-cased and reduced to a stem by a light suffix stripper, so that
 * "opened", "opens" and "opening" meet; irregular forms and the verbs events are told in
 * ({@link Lexicon}) meet their canonical word. Function words are known, so that only content
 * words are counted. Linear in the text; thread-safe.
 */
public final class Words {
  /** Words that carry no fact of their own. */
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "as", "into", "onto", "upon", "about", "after", "before", "during", "since", "until",
      "over", "under", "between", "through", "throughout", "within", "without", "against", "among",
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
      "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we",
      "us", "our", "you", "your", "i", "me", "my", "this", "that", "these", "those", "there", "here",
      "which", "who", "whom", "whose", "what", "where", "when", "while", "than", "then", "so",
      "such", "also", "both", "either", "neither", "not", "no", "yes", "very", "too", "just",
      "only", "all", "any", "each", "every", "some", "more", "most", "other", "another", "same",
      "own", "if", "because", "although", "though", "however", "whether", "via", "per", "s", "t",
      "one's", "it's", "st", "mr", "mrs", "ms", "dr", "further", "currently", "later", "earlier",
      "well", "even", "still", "yet", "already", "including", "include", "includes", "included");

  /** Endings taken off, longest first where one ends another. */
  private static final String[] SUFFIXES = {"ational", "ization", "isation", "fulness", "iveness", "ments",
      "ment", "ness", "ations", "ation", "itions", "ition", "ated", "ates", "ate", "ions", "ion", "ings",
      "ing", "edly", "ies", "ied", "ed", "ers", "er", "ly", "es", "s", "e"};

  private Words() {}

  /**
   * One word of a text.
   *
   * @param start its first character
   * @param end after its last character
   * @param lower the word lower-cased
   * @param stem its stem
   * @param capitalized whether it starts with a capital letter
   */
  public record Word(int start, int end, String lower, String stem, boolean capitalized) {
    /** Whether it is a content word: not a function word, and not a lone letter. */
    public boolean content() {
      return !STOP.contains(lower) && (lower.length() > 1 || Character.isDigit(lower.charAt(0)));
    }
  }

  /** The index of the first of {@code words} starting at or after offset {@code at}; their count when none does. */
  public static int firstAtOrAfter(List<Word> words, int at) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= at) {
        return i;
      }
    }
    return words.size();
  }

  /** The words of {@code text} between {@code from} and {@code to}, in order. */
  public static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < to) {
        int d = text.codePointAt(i);
        boolean inner = (d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < to
            && Character.isLetterOrDigit(text.codePointAt(i + 1)) && i > start
            && (d != '.' || Character.isDigit(text.codePointAt(i - 1)) && Character.isDigit(text.codePointAt(i + 1)));
        if (!Character.isLetterOrDigit(d) && !inner) {
          break;
        }
        i += Character.charCount(d);
      }
      String raw = text.substring(start, i);
      String lower = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (lower.endsWith("'s")) {
        lower = lower.substring(0, lower.length() - 2);
      }
      words.add(new Word(start, i, lower, canonicalStem(lower), Character.isUpperCase(raw.codePointAt(0))));
    }
    return words;
  }

  /** The words of the whole text. */
  public static List<Word> of(String text) {
    return of(text, 0, text.length());
  }

  /** Stems already worked out on this thread: a page repeats its words. */
  private static final ThreadLocal<java.util.HashMap<String, String>> STEMS =
      ThreadLocal.withInitial(java.util.HashMap::new);
  /** Most stems a thread keeps; past it, the memory starts again. */
  private static final int MAX_STEMS = 50_000;

  /** A word's canonical stem: its {@link Lexicon} word, else its {@link #stem}. */
  static String canonicalStem(String lower) {
    java.util.HashMap<String, String> known = STEMS.get();
    String stem = known.get(lower);
    if (stem == null) {
      String canonical = Lexicon.canonical(lower);
      stem = canonical != null ? canonical : stem(lower);
      if (known.size() >= MAX_STEMS) {
        known.clear();
      }
      known.put(lower, stem);
    }
    return stem;
  }

  /** Whether a lower-cased word is a function word. */
  public static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  /**
   * A light stem: plural and verb endings and the commonest derivations taken off, a doubled
   * final consonant undone, so that the forms of one word meet. Not a linguist's stem: two
   * words that meet here are only likely to be forms of one.
   */
  public static String stem(String word) {
    String w = word;
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        String base = w.substring(0, w.length() - suffix.length());
        if (suffix.equals("ies") || suffix.equals("ied")) {
          base = base + "y";
        } else if (suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) {
          continue;
        }
        int n = base.length();
        if (n >= 4 && base.charAt(n - 1) == base.charAt(n - 2) && "bdfgklmnprtz".indexOf(base.charAt(n - 1)) >= 0
            && !base.endsWith("ll") && !base.endsWith("ss")) {
          base = base.substring(0, n - 1);
        }
        return base;
      }
    }
    return w;
  }
}
