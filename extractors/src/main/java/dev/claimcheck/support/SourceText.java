package dev.claimcheck.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A source's text made ready for support: its sentences (a line end, or a full stop, question
 * or exclamation mark before a capital, a digit or a quote, ends one), and for each the stems
 * of its words, its years, its numbers and its dates' months and days. Made once per text, in
 * one pass over it; immutable and thread-safe.
 */
public final class SourceText {
  private static final int MAX_SENTENCE = 1_000;
  private final String text;
  private final List<Sentence> sentences;

  /**
   * One sentence.
   *
   * @param start its first character in the text
   * @param end after its last character
   * @param words its words
   * @param stems the stems of its words
   * @param quantities its numbers
   */
  public record Sentence(int start, int end, List<Words.Word> words, Set<String> stems,
      List<Quantities.Quantity> quantities) {}

  private SourceText(String text, List<Sentence> sentences) {
    this.text = text;
    this.sentences = sentences;
  }

  /** The text, split and read. */
  public static SourceText of(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean end = i == n || text.charAt(i) == '\n' || i - start >= MAX_SENTENCE && text.charAt(i) == ' '
          || isStop(text, i);
      if (!end) {
        continue;
      }
      int to = i == n || text.charAt(i) == '\n' || text.charAt(i) == ' ' ? i : i + 1;
      add(text, start, to, sentences);
      start = i + 1;
    }
    return new SourceText(text, List.copyOf(sentences));
  }

  /** Whether the character at {@code i} ends a sentence: . ! ? then white space and a capital, digit or quote. */
  private static boolean isStop(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '\'' || text.charAt(j) == ')')) {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != ' ') {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '(')) {
      return false;
    }
    // Not after an initial or a title: "Thomas K. Arnold", "Dr. Smith".
    int k = i - 1;
    while (k >= 0 && Character.isLetter(text.charAt(k))) {
      k--;
    }
    int length = i - k - 1;
    return !(c == '.' && (length == 1 && Character.isUpperCase(text.charAt(i - 1))
        || length <= 3 && length > 0 && isTitle(text.substring(k + 1, i))));
  }

  private static boolean isTitle(String word) {
    return switch (word) {
      case "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Mt", "No", "Vol", "Inc", "Ltd", "Co", "Corp", "Gen", "Col", "Lt", "Sen", "Rep", "Gov" -> true;
      default -> false;
    };
  }

  private static void add(String text, int from, int to, List<Sentence> sentences) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to <= from) {
      return;
    }
    List<Words.Word> words = Words.of(text, from, to);
    if (words.isEmpty()) {
      return;
    }
    Set<String> stems = new HashSet<>();
    for (Words.Word w : words) {
      stems.add(w.stem());
      stems.add(w.lower());
    }
    sentences.add(new Sentence(from, to, List.copyOf(words), stems, List.copyOf(Quantities.of(text, words))));
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** Its sentences, in order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** The words of one sentence as written. */
  public String sentenceText(Sentence s) {
    return text.substring(s.start(), s.end());
  }
}
