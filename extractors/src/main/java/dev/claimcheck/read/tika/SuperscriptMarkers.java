package dev.claimcheck.read.tika;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Superscript numbers a PDF's text glued to words ({@code rise.3}, {@code harbour12}) written as
 * the markers they are: {@code [3]} where a numbered reference entry of that number exists,
 * {@code [note 3]} where a footnote does; never the digits of a DOI, a decimal, a version or a
 * figure, page or volume number.
 */
final class SuperscriptMarkers {
  private static final Pattern SUPERSCRIPT = Pattern.compile("(?<=[\\p{Ll}.,;:)”’\"])(\\d{1,3})(?=[\\s.,;:]|$)");
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d\\.$");
  private static final Pattern LOCATOR_BEFORE = Pattern.compile(
      "(?i)(?:doi:?|pp?\\.|vol\\.|no\\.|fig\\.|eq\\.|ch\\.|art\\.|sec\\.)\\s*$");

  private SuperscriptMarkers() {}

  /**
   * Marks the block's superscripts.
   *
   * @param labels the numbers of the reference list's entries
   * @param notes the numbers of the footnotes
   */
  static void mark(Element block, Set<Integer> labels, Set<Integer> notes) {
    Matcher m = SUPERSCRIPT.matcher(block.text());
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      boolean glued = m.start() > 0 && !Character.isDigit(block.text().charAt(m.start() - 1));
      if (glued && (notes.contains(n) || labels.contains(n)) && !partOfANumber(block.text(), m.start(), m.end())) {
        m.appendReplacement(out, Matcher.quoteReplacement(notes.contains(n) ? "[note " + n + "]" : "[" + n + "]"));
        changed = true;
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      }
    }
    m.appendTail(out);
    if (changed) {
      block.text(out.toString());
    }
  }

  /**
   * Whether the digits belong to an identifier or a locator, never a marker: a DOI
   * ({@code doi:10.1155/…}), a decimal ({@code 10.5}), a page, volume or figure number
   * ({@code pp.12}, {@code vol.3}).
   */
  private static boolean partOfANumber(String text, int start, int end) {
    if (start >= 2 && text.charAt(start - 1) == '.' && Character.isDigit(text.charAt(start - 2))
        && !YEAR_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
      return true; // the decimals of "0.01", the last part of "Section 4.1"; not "in 2019.3"
    }
    if (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '/')
        && Character.isDigit(text.charAt(end + 1))) {
      return true;
    }
    return LOCATOR_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
  }
}
