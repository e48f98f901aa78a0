package dev.claimcheck.text;

import java.util.regex.Pattern;

/**
 * Measures of prose shared by every rule that asks "how long is this" or "does this end like a
 * sentence". Thread-safe.
 */
public final class Prose {
  private static final Pattern TERMINAL = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*$");

  private Prose() {}

  /** Whether {@code text} holds a decimal digit of any script. */
  public static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Words: white-space separated runs, plus one word per two CJK characters. */
  public static int words(String text) {
    int words = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        cjk++;
        inWord = false;
      } else if (Character.isWhitespace(cp)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words + (cjk + 1) / 2;
  }

  /** Whether the text ends like a sentence: a full stop, question or exclamation mark. */
  public static boolean endsSentence(String text) {
    return TERMINAL.matcher(text.strip()).find();
  }

  /** Whether the code point is Chinese, Japanese or Korean script. */
  public static boolean isCjk(int codePoint) {
    if (codePoint < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** Folds runs of white space to one space and trims. */
  public static String fold(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
