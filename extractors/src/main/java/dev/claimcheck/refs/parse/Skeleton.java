package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.Segments;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's text while the notes that may stand anywhere are cut out of it: a cut character
 * becomes {@link #CUT}, so positions keep their meaning and the parts around a cut stay apart.
 * Not thread-safe: one per entry.
 */
final class Skeleton {
  static final char CUT = Segments.CUT;
  private static final Pattern URL_LEAD = Pattern.compile(
      "(?:\\[Online\\]\\.?\\s*)?(?:Available(?: at| from| online)?|Online unter|Disponible (?:en|sur)|"
          + "URL|Retrieved from|Abgerufen von|from|PMID|PMCID|DOI|doi|Online)\\s*:?\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final StringBuilder text;

  Skeleton(String entry) {
    this.text = new StringBuilder(entry);
  }

  /** The text with its cut marks. */
  String text() {
    return text.toString();
  }

  int length() {
    return text.length();
  }

  /** What is left once cut: cut marks and the punctuation around them become one boundary. */
  String normalized() {
    return normalize(text.toString());
  }

  /** Where a cut should start: before a label that only introduces what is cut. */
  int lead(int start) {
    Matcher l = URL_LEAD.matcher(text).region(Math.max(0, start - 40), start);
    return l.find() ? l.start() : start;
  }

  void cut(int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, CUT);
    }
  }

  /** Cut marks with the punctuation around them become one boundary. */
  private static String normalize(String s) {
    if (s.indexOf(CUT) < 0) {
      return SPACES.matcher(s).replaceAll(" ").strip();
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == CUT) {
        // The cut and the punctuation and space around it become one boundary.
        int keep = out.length();
        while (keep > 0 && (out.charAt(keep - 1) == ' ' || ",;:".indexOf(out.charAt(keep - 1)) >= 0)) {
          keep--;
        }
        out.setLength(keep);
        while (i < n && (s.charAt(i) == CUT || Character.isWhitespace(s.charAt(i))
            || ".,;:".indexOf(s.charAt(i)) >= 0)) {
          i++;
        }
        if (keep > 0 && i < n) {
          out.append(CUT);
        }
        continue;
      }
      if (Character.isWhitespace(c)) {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != CUT) {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
      i++;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }
}
