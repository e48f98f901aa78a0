package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short citations, which stand for a fuller reference elsewhere in the document:
 * {@code Ibid.}, {@code Joske 2022, p. 30} (a {@code {{sfn}}} note, a Harvard footnote) and
 * {@code Penrose, Trams, 12} (author and short title). Thread-safe.
 */
public final class ShortForms {
  private static final Pattern SHORT = Pattern.compile(
      "^(?:(?:Ibid|ibid|Ib\\.|Id\\.|Ebd|ebd)\\.?(?:,\\s*(.+))?"
          + "|(\\p{Lu}[\\p{L}'’-]+)(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]+|\\s+et al\\.?)?,?\\s+\\(?((?:1[5-9]|20)\\d{2}[a-z]?)\\)?"
          + "(?:[,:]\\s*(.+))?)$");
  private static final Pattern SHORT_TITLE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’-]+),\\s+([^,.\"“”]{2,60}),\\s*((?:pp?\\.\\s*)?\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?)$");
  private static final Pattern FINAL_STOP = Pattern.compile("\\.$");
  private static final Pattern PAGES = Pattern.compile("^pp?\\.\\s*(\\S.*)$");

  private ShortForms() {}

  /**
   * What a short citation names, for finding its full reference.
   *
   * @param family the first author's family name
   * @param year the year, or null when the citation names a short title instead
   * @param title the start of the title, or null
   */
  public record Key(String family, String year, String title) {}

  /** Whether {@code entry} is a short citation. */
  public static boolean is(String entry) {
    if (entry.length() > 130) {
      return false;
    }
    String s = FINAL_STOP.matcher(entry.strip()).replaceFirst("");
    return s.length() <= 120 && (SHORT.matcher(s).matches() || SHORT_TITLE.matcher(s).matches());
  }

  /** What a short citation names; null for {@code Ibid.}, which points at the note before it. */
  public static Key key(String entry) {
    String s = FINAL_STOP.matcher(entry.strip()).replaceFirst("");
    Matcher m = SHORT.matcher(s);
    if (m.matches()) {
      return m.group(2) == null ? null : new Key(m.group(2), m.group(3).substring(0, 4), null);
    }
    Matcher t = SHORT_TITLE.matcher(s);
    if (t.matches()) {
      return new Key(t.group(1), null, t.group(2));
    }
    throw new IllegalArgumentException("not a short citation: " + entry);
  }

  /** The fields a short citation gives: its author, year or short title, and pages. */
  public static void fill(String entry, WorkBuilder b) {
    String s = FINAL_STOP.matcher(entry.strip()).replaceFirst("");
    Matcher m = SHORT.matcher(s);
    String locator = null;
    if (m.matches()) {
      if (m.group(2) != null) {
        b.addAuthor(Author.person(m.group(2), null));
        b.date(m.group(3).substring(0, 4));
        locator = m.group(4);
      } else {
        locator = m.group(1);
      }
    } else {
      Matcher t = SHORT_TITLE.matcher(s);
      if (t.matches()) {
        b.addAuthor(Author.person(t.group(1), null));
        b.title(t.group(2).strip());
        locator = t.group(3);
      }
    }
    if (locator != null) {
      Matcher pages = PAGES.matcher(locator.strip());
      b.pages(pages.matches() ? pages.group(1).strip() : locator.strip());
    }
  }
}
