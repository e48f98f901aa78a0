package dev.claimcheck.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of text with its offsets in the whole text, line end excluded.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param text the line's characters
 */
record TextLine(int start, int end, String text) {

  boolean isBlank() {
    return text.isBlank();
  }

  /** Splits {@code text} at {@code \n}. */
  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lines.add(new TextLine(start, end, text.substring(start, end)));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }
}
