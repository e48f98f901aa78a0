package dev.claimcheck.refs.parse;

import dev.claimcheck.model.Author;
import dev.claimcheck.refs.AuthorNames;
import dev.claimcheck.refs.Organizations;
import dev.claimcheck.refs.Segments;
import dev.claimcheck.text.Prose;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of an entry: its authors (people or a body) and date, in whichever order and
 * punctuation the style puts them — {@code Name (2004).}, {@code Name. 2004.}, {@code Name, "Title"},
 * a note's {@code A. Name, Title}, Vancouver's {@code Name AB, Name CD.} — and the layout that
 * follows from it.
 */
final class HeadReader extends ParseUnit {
  private static final Pattern HEAD_PAREN = Pattern.compile(
      "^([^()\"“”«]{2,2000}?)(?<!\\s)\\s*\\(([^()]{1,40})\\)[.,:]?(?:\\s+|$)");
  private static final Pattern EDITOR_MARK = Pattern.compile(
      "^([^()]{2,300}?)(?<!\\s)\\s*\\((?:Eds?|eds?|Hrsg|Hg|éds?|coord)\\.?\\)\\.?");
  private static final Pattern HEAD_YEAR = Pattern.compile(
      "^([^\"“”«]{2,300}?)(?:(?<!\\s)|(?=[.,]))[.,]?\\s+((?:1[5-9]|20)\\d{2}[a-z]?|n\\.\\s?d)[.,](?:\\s+|$)");
  private static final Pattern HEAD_NOTE = Pattern.compile(
      "^((?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:\\p{Ll}{1,3}\\s+){0,2}\\p{Lu}[\\p{L}'’-]+(?:,?\\s+(?:and|&)\\s+|,\\s+)?){1,8}?)"
          + "(?:,?\\s+et al\\.)?,\\s+(?![\\d\"“])");
  private static final Pattern VANCOUVER_HEAD = Pattern.compile(
      "^((?:(?:\\p{Ll}{1,3}\\s){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?\\s\\p{Lu}{1,3}(?:,\\s*|(?=\\.)|,?\\s*et al(?=\\.))){1,30})\\.\\s");
  /**
   * Names written with initials before the family name ("J. Smith", "A. J. S. Coats",
   * "S. De Geest", "Carl B. Boyer"), as a list.
   */
  static final Pattern INITIALLED_LIST = Pattern.compile(
      "^(?:\\p{Lu}\\p{Ll}+\\s)?(?:\\p{Lu}\\.[\\s-]?){1,4}+(?:\\p{Ll}{1,3}\\s|\\p{Lu}\\p{Ll}{0,2}\\s)?\\p{Lu}[\\p{L}'’-]++"
          + "(?:(?:,?\\s(?:and|&)\\s|,\\s)(?:\\p{Lu}\\p{Ll}+\\s)?(?:\\p{Lu}\\.[\\s-]?){1,4}+"
          + "(?:\\p{Ll}{1,3}\\s|\\p{Lu}\\p{Ll}{0,2}\\s)?\\p{Lu}[\\p{L}'’-]++){0,30}");
  /** The first of an entry's fields between commas: "Body, Title, Publisher, 2007." */
  private static final Pattern COMMA_FIELDS = Pattern.compile("^([^,\"“”«.]{3,120}),\\s+");
  /** An entry's closing year after a comma: ", 2007." */
  private static final Pattern CLOSING_YEAR = Pattern.compile(",\\s*(?:1[5-9]|20)\\d{2}\\.?$");
  private static final Pattern HEAD_COLON = Pattern.compile(
      "^([^:\"“„(]{2,120}?)(?:\\s*\\((?:Hrsg|Hg|ed|eds|dir|coord)\\.\\))?:\\s+(?=\\S)");

  HeadReader(EntryParse e) {
    super(e);
  }

  /** Reads the authors and date at the head of the entry; returns the rest. */
  String read(String s) {
    String t = s;
    Matcher ed = EDITOR_MARK.matcher(t);
    if (ed.lookingAt() && HEAD_PAREN.matcher(t.substring(ed.end()).strip()).lookingAt() == false) {
      ed = null;
    }
    if (ed != null && ed.lookingAt()) {
      t = ed.group(1) + " " + t.substring(ed.end()).strip();
    }
    Matcher m = HEAD_PAREN.matcher(t);
    if (t.indexOf('(') > 1 && m.lookingAt()) {
      String date = FieldText.dateOf(m.group(2));
      if (date != null || FieldText.isUndated(m.group(2))) {
        if (authors(m.group(1), true)) {
          b.date(date);
          // CS2 separates its fields with commas: "Rincon, Paul (8 April 2004), Claws …, BBC News".
          if (m.group().strip().endsWith(",")) {
            e.layout = Layout.FIELDS_BY_COMMA;
          }
          return t.substring(m.end());
        }
        if (m.group(1).strip().endsWith(".")) {
          // APA without an author: the title comes first, then the date.
          b.title(FieldText.cleanTitle(m.group(1)));
          b.date(date);
          return t.substring(m.end());
        }
      }
    }
    m = HEAD_YEAR.matcher(t);
    // A year that closes an entry of fields between commas is its date at the end (IEEE,
    // notes), not an author–date head.
    if (Prose.hasDigit(t) && m.lookingAt()
        && (m.end() < t.strip().length() || m.group(1).chars().filter(c -> c == ',').count() < 2)
        && authors(m.group(1), true)) {
      b.date(FieldText.isUndated(m.group(2)) ? null : m.group(2).substring(0, 4));
      return t.substring(m.end());
    }
    int quote = Quotes.firstQuote(t);
    if (quote > 0) {
      String before = t.substring(0, quote).strip().replaceAll("[.,:]$", "").strip();
      if (!before.isEmpty() && !before.contains(String.valueOf(Skeleton.CUT)) && authors(before, false)) {
        return t.substring(quote);
      }
    }
    m = HEAD_NOTE.matcher(t);
    if (m.lookingAt() && (m.group(1).matches(".*\\p{Lu}\\.\\s.*") || t.matches(".*\\([^()]*\\d{4}\\)[^()]*"))) {
      String names = m.group(1);
      int end = m.end();
      Matcher initialled = INITIALLED_LIST.matcher(names);
      if (initialled.lookingAt() && initialled.end() < names.length() && !t.substring(0, end).contains("et al")) {
        // A list opening with initials names its people so: "J. Smith, Harbour Engineering, …"
        // ends before the title.
        end = initialled.end() + t.substring(initialled.end()).indexOf(',') + 1;
        names = names.substring(0, initialled.end());
      }
      if (authors(names, false)) {
        e.layout = Layout.NOTE;
        if (t.substring(0, end).contains("et al")) {
          b.etAl(true);
        }
        return t.substring(end).strip();
      }
    }
    m = VANCOUVER_HEAD.matcher(t);
    if (m.lookingAt() && authors(m.group(1), false)) {
      return t.substring(m.end());
    }
    m = HEAD_COLON.matcher(t);
    int colon = t.indexOf(':');
    if (colon > 1 && colon < 125 && m.lookingAt() && m.group(1).contains(",") && persons(m.group(1)) && authors(m.group(1), false)) {
      return t.substring(m.end());
    }
    m = COMMA_FIELDS.matcher(t);
    if (quote < 0 && t.chars().filter(c -> c == ',').count() >= 3 && closesWithYear(t) && m.lookingAt()
        && Organizations.isOrganization(m.group(1).strip()) && authors(m.group(1), true)) {
      e.layout = Layout.NOTE; // a body, then the title and the imprint, between commas
      return t.substring(m.end());
    }
    List<String> segs = Segments.of(t);
    if (segs.size() > 1) {
      String first = segs.get(0);
      if (first.contains(",") && !first.contains(String.valueOf(Skeleton.CUT)) && authors(first, false)) {
        int at = t.indexOf(first) + first.length();
        return t.substring(Math.min(t.length(), at + 1));
      }
    }
    return t;
  }

  /** Whether the entry ends with a year after a comma, looked at from its end. */
  private static boolean closesWithYear(String t) {
    String s = t.strip();
    return s.length() >= 6 && CLOSING_YEAR.matcher(s.substring(s.length() - Math.min(s.length(), 12))).find();
  }

  /** Reads an author list; {@code orOrganization} takes any short name as an organization. */
  private boolean authors(String block, boolean orOrganization) {
    AuthorNames.Parsed parsed = AuthorNames.parse(block);
    if (parsed == null) {
      String name = block.strip().replaceAll("[.,]+$", "");
      if (!orOrganization || name.isEmpty() || name.length() > 120 || name.split("\\s+").length > 12
          || name.contains(String.valueOf(Skeleton.CUT)) || Segments.of(name).size() > 1
          || !(Organizations.isOrganization(name) || Organizations.isNews(name) || FieldText.titleCased(name))) {
        return false;
      }
      b.addAuthor(Author.organization(name));
      return true;
    }
    b.addAuthors(parsed.authors());
    b.etAl(b.etAl() | parsed.etAl());
    return true;
  }

  /** Whether {@code names} reads as a list of people (no organization among them). */
  private static boolean persons(String names) {
    AuthorNames.Parsed parsed = AuthorNames.parse(names);
    return parsed != null && parsed.authors().stream().noneMatch(Author::organization);
  }
}
