package dev.claimcheck.read.tika;

import java.util.regex.Pattern;

/**
 * Where an entry of an author–year reference list starts, line by line, when the converter ran
 * the list's lines together (two-column pages): a line that opens with an author's name
 * ({@code Bennett C. J.,}, {@code Okafor, A.,}, {@code Altschul SF,}, {@code van Dishoeck E. F.,})
 * after an entry that is complete (it has its year and ends on a number, a full stop, a bracket or
 * a link). A line that opens otherwise, or follows an entry cut short ({@code …, 2005,}), goes
 * on with that entry, as does an entry's tail that a break put at the head of a paragraph.
 */
final class AuthorYearEntries {
  private static final Pattern AUTHOR = Pattern.compile(
      "(?:(?:van|von|de|der|den|da|di|du|la|le|del|dos)\\s)*\\p{Lu}[\\p{L}'’-]+(?:[\\s-]\\p{Lu}[\\p{L}'’-]+){0,2},?\\s"
          + "(?:\\p{Lu}\\.|\\p{Lu}{1,3}(?=[,.\\s])|\\p{Lu}\\p{Ll}+,)");
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d{2}[a-z]?\\b|n\\.d\\.|in press");
  /** An entry ends on a page or article number ({@code 6348}, {@code 67P}), a full stop, a bracket or a link. */
  private static final Pattern ENDS = Pattern.compile("(?:\\d\\p{Lu}?|[.)\\]]|https?://\\S+|doi:\\S+)$");
  /** Authors and year, the title still to come: {@code … Blankenberg D. 2016.} */
  private static final Pattern ENDS_ON_YEAR = Pattern.compile("[\\s(](?:1[5-9]|20)\\d{2}[a-z]?\\)?[.,]?$");
  /** The tail of an entry: a journal's abbreviated name running on to its volume and pages. */
  private static final Pattern TAIL = Pattern.compile("^[\\p{L}.\\s]{0,30}?,?\\s*(?!(?:1[5-9]|20)\\d\\d[a-z]?[.,)])\\d");

  private AuthorYearEntries() {}

  /** Whether {@code line} starts a new entry after {@code entry}, the text of the one before. */
  static boolean startsEntry(String line, CharSequence entry) {
    return AUTHOR.matcher(line).lookingAt() && (complete(entry) || headAfterVenue(line, entry));
  }

  /**
   * An entry whose authors and year are behind it, cut short in its venue (its tail went to the
   * other column), is followed by a line that is a whole head: authors and a year.
   */
  private static boolean headAfterVenue(String line, CharSequence entry) {
    return YEAR.matcher(entry).find() && !endsOnYear(entry.toString().strip()) && YEAR.matcher(line).find();
  }

  /**
   * Whether a line that opens a paragraph goes on with the entry before it: the entry was cut
   * short, or the line names no author and is an entry's tail ({@code Ser., 528, A56}).
   */
  static boolean continues(String line, CharSequence entry) {
    if (AUTHOR.matcher(line).lookingAt()) {
      return !complete(entry) && !headAfterVenue(line, entry);
    }
    return !complete(entry) || TAIL.matcher(line).lookingAt();
  }

  /**
   * Whether an entry's text so far could be all of it: it has a year, ends like an entry, and
   * does not end on its year (the title comes after).
   */
  static boolean complete(CharSequence entry) {
    String text = entry.toString().strip();
    return text.isEmpty() || ENDS.matcher(text).find() && YEAR.matcher(text).find() && !endsOnYear(text);
  }

  /** Whether the entry's first year is its last word: the title comes after. */
  private static boolean endsOnYear(String text) {
    return ENDS_ON_YEAR.matcher(text).find() && YEAR.matcher(text).results().count() == 1;
  }
}
