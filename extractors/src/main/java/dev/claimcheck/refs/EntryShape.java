package dev.claimcheck.refs;

import dev.claimcheck.text.TextBounds;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a paragraph of a reference section looks like a reference entry, for readers whose
 * section holds more than its entries (a converted PDF's author list, affiliations, tables,
 * page furniture after the list): an entry is at most {@link TextBounds#MAX_ENTRY_CHARS} long
 * and carries a year (or says it has none: "n.d.", "in press"), an identifier (a bare arXiv
 * number too) or a URL, its parts separated by punctuation (a table's row is not), and is no
 * figure's or table's caption; a note
 * ({@code [note 3] …}) always is one. Thread-safe.
 */
public final class EntryShape {
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d.])(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?(?!\\d)|\\bn\\.\\s?d\\.|\\bin press\\b|\\bforthcoming\\b|\\bo\\.\\s?J\\.");
  private static final Pattern NOTE = Pattern.compile("^\\s*\\[note \\d{1,3}]");
  /** An arXiv identifier written bare: {@code 2407.00459}, {@code math/0303109}. */
  private static final Pattern ARXIV = Pattern.compile("(?<![\\d.])\\d{4}\\.\\d{4,5}(?:v\\d+)?(?!\\d|\\.\\d)|\\b[a-z-]{2,12}/\\d{7}\\b");

  /** A caption's head: {@code Figure 3.}, {@code FIG. 2:}, {@code Table 1}, {@code Supplementary Fig. S4}. */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)(?:supplementary\\s+)?(?:fig(?:ure)?\\.?|table|tab\\.|plate|chart|scheme)\\s*S?\\d{1,3}[a-z]?(?:[.:|]|\\s+[-–—])");
  /** What separates an entry's parts: a full stop, comma, colon or semicolon before a space. */
  private static final Pattern SEPARATORS = Pattern.compile("[.,;:](?=\\s)");

  private EntryShape() {}

  /** Whether {@code text} looks like one reference entry. */
  public static boolean looksLikeEntry(String text) {
    String s = text.strip();
    if (s.length() < 12 || s.length() > TextBounds.MAX_ENTRY_CHARS) {
      return false;
    }
    if (NOTE.matcher(s).find()) {
      return true;
    }
    if (CAPTION.matcher(s).lookingAt()) {
      return false; // a figure's or table's caption set after the list
    }
    if (SEPARATORS.matcher(s).results().limit(2).count() < 2) {
      return false; // a table's row ("Choe YH25 1999 10e South Korea 13 Histology"), not an entry
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return YEAR.matcher(s).find() || lower.contains("http") || lower.contains("arxiv") || ARXIV.matcher(s).find()
        || (Identifiers.mayHold(lower) && !Identifiers.find(s).isEmpty());
  }
}
