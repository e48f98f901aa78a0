package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.Segments;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title at the start of what follows an entry's head, quoted or up to the end of its field. */
final class TitleReader extends ParseUnit {
  private static final Pattern EDITOR_BEFORE_TITLE = Pattern.compile("^[^\"“]{2,120}?,\\s*eds?\\.\\s+(?=[\"“])");
  /** A journal's name of capitalized words and abbreviations, its volume, issue and pages, and no title. */
  private static final Pattern JOURNAL_ONLY = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}&]*\\.?\\s?){1,8}?),\\s*(\\d{1,4}[A-Z]?)(?:\\s*\\((\\d{1,4})\\))?,\\s*"
          + "([A-Z]?\\d{1,6}[A-Z]?(?:\\s*[–-]\\s*[A-Z]?\\d{1,6})?)\\.?");
  static final Pattern TRAILING_PAREN = Pattern.compile("(?<!\\s)\\s*\\(([^()]*)\\)$");
  private final Details details;

  TitleReader(EntryParse e, Details details) {
    super(e);
    this.details = details;
  }

  /** Reads the title at the start of {@code body}; returns what follows it. */
  String read(String body) {
    String s = body.strip().replaceFirst("^[.,:;\\u0001\\s]+", "");
    if (s.isEmpty() || b.title() != null) {
      return s;
    }
    s = EDITOR_BEFORE_TITLE.matcher(s).replaceFirst("");
    Matcher journal = JOURNAL_ONLY.matcher(s);
    if (b.date() != null && journal.matches()) {
      // "Jones A. P., 1994, Astrophys. J., 433, 797": astronomy's entries name no title.
      b.container(journal.group(1).strip());
      b.volume(journal.group(2));
      b.issue(journal.group(3));
      b.pages(journal.group(4).replaceAll("\\s*[–-]\\s*", "–"));
      e.see(Sign.JOURNAL);
      return "";
    }
    if (Quotes.firstQuote(s) == 0) {
      int close = Quotes.closing(s, 0);
      if (close > 0) {
        b.title(FieldText.cleanTitle(s.substring(1, close)));
        e.see(Sign.TITLE_QUOTED);
        String rest = s.substring(close + 1).strip();
        if (rest.startsWith("(")) {
          int end = rest.indexOf(')');
          String inside = end > 0 ? rest.substring(1, end) : "";
          if (end > 0 && FieldText.dateOf(inside) != null && b.date() == null) {
            b.date(FieldText.dateOf(inside));
            rest = rest.substring(end + 1);
          }
        }
        return rest.replaceFirst("^[.,:;]+", "");
      }
    }
    if ((e.layout == Layout.FIELDS_BY_COMMA) && s.contains(", ")) {
      int comma = s.indexOf(", ");
      b.title(FieldText.cleanTitle(s.substring(0, comma)));
      return s.substring(comma + 2);
    }
    if ((e.layout == Layout.NOTE)) {
      int paren = s.indexOf(" (");
      int comma = s.indexOf(", ");
      int stop = segmentEnd(s);
      int end = paren > 0 && (comma < 0 || paren < comma) ? paren : comma > 0 ? comma : stop;
      end = Math.min(end, stop);
      b.title(FieldText.cleanTitle(s.substring(0, end)));
      String rest = s.substring(end).strip();
      if (rest.startsWith("(")) {
        int close = rest.indexOf(')');
        if (close > 0) {
          String inside = rest.substring(1, close);
          String after = rest.substring(close + 1).replaceFirst("^[,.:]\\s*", "").strip();
          if (after.matches("(?:pp?\\.\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?\\.?")) {
            Matcher pages = Details.PAGES.matcher(after.replaceAll("\\.$", ""));
            b.pages(pages.matches() ? pages.group(1) : after.replaceAll("\\.$", ""));
            after = "";
          }
          return inside + ". " + after;
        }
      }
      return rest.replaceFirst("^[,.]\\s*", "");
    }
    int end = segmentEnd(s);
    String title = s.substring(0, end);
    Matcher paren = TitleReader.TRAILING_PAREN.matcher(title);
    if (paren.find()) {
      boolean consumed = false;
      for (String item : paren.group(1).split(",\\s*")) {
        consumed |= details.detail(item.strip());
      }
      if (consumed) {
        title = title.substring(0, paren.start());
      }
    }
    b.title(FieldText.cleanTitle(title));
    return end < s.length() ? s.substring(end + 1) : "";
  }

  /** Where the first field of {@code s} ends. */
  private static int segmentEnd(String s) {
    List<String> segs = Segments.of(s);
    if (segs.isEmpty()) {
      return s.length();
    }
    int at = s.indexOf(segs.get(0));
    return Math.min(s.length(), at + segs.get(0).length());
  }
}
