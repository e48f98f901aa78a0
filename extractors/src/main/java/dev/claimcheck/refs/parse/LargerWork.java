package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.AuthorNames;
import dev.claimcheck.refs.Segments;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part that names the larger work an entry is "In": its editors (before or after the book,
 * marked or by their initials), the book's name, and the place, publisher, date and pages
 * around it. The book's name becomes the container.
 */
final class LargerWork extends ParseUnit {
  private static final Pattern IN = Pattern.compile("^(?:[Ii]n|In:|in:)\\s*:?\\s+");
  private static final Pattern EDITORS_IN = Pattern.compile(
      "^(.{2,200}?)(?<!\\s)\\s*(?:\\((?:Eds?|eds?|Hrsg|Hg|éds?|coord)\\.?\\)|,\\s*(?:editors?|Editors?|eds?|Eds?)\\.?(?=[\\s,.:]|$))(?:,|\\.|:)?\\s*");
  private static final Pattern TRAILING_INITIALS_EDITORS = Pattern.compile("^(.+?\\p{Lu}\\.)\\s+(?=\\p{Lu}\\p{Ll})");
  private static final Pattern INITIAL_IN = Pattern.compile("\\p{Lu}\\.|^\\p{Lu}{1,3}$");
  private static final Pattern NAME_AND_PAREN = Pattern.compile("^(.+?)(?<!\\s)\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern PUBLICATION_BLOCK = Pattern.compile("(?<!\\s)\\s*\\(([^()]*\\d{4}[^()]*)\\)");
  private final Details details;
  private final Imprint imprint;

  LargerWork(EntryParse e, Details details, Imprint imprint) {
    super(e);
    this.details = details;
    this.imprint = imprint;
  }

  /** Where what follows "In" starts in {@code part}, or -1 when it does not open with "In". */
  static int start(String part) {
    Matcher in = IN.matcher(part);
    return in.lookingAt() ? in.end() : -1;
  }

  /**
   * Reads what follows "In"; false when it named only the editors, so that the book is the
   * next part (give that to {@link #name}).
   *
   * @param classify how the parts after the book's name are read
   */
  boolean read(String rest, Function<String, Part> classify) {
    Matcher eds = EDITORS_IN.matcher(rest);
    if (eds.lookingAt()) {
      String names = eds.group(1);
      int comma = names.indexOf(", ");
      boolean marked = rest.substring(names.length(), eds.end()).contains("(");
      if (marked ? AuthorNames.parse(names) != null : editorList(names)) {
        rest = rest.substring(eds.end());
      } else if (comma > 0 && editorList(names.substring(comma + 2))) {
        // "in Book Title, S. Hale, Ed." – the editors follow the book.
        rest = names.substring(0, comma) + ". " + rest.substring(eds.end());
      }
    }
    if (!eds.lookingAt()) {
      Matcher initials = TRAILING_INITIALS_EDITORS.matcher(rest);
      if (initials.lookingAt() && editorList(initials.group(1))) {
        // "In Wilson, D.E.; Reeder, D.M. Mammal Species …": the editors, then the book.
        rest = rest.substring(initials.end());
      } else if (!rest.contains(":") && AuthorNames.parse(rest) != null && FieldText.titleCased(rest)) {
        // "In James Serpell." – the editors alone; the book is the next part.
        rest = "";
      }
    }
    rest = publicationBlock(rest);
    if (rest.isBlank()) {
      return false;
    }
    List<String> leading = Items.of(rest);
    if (leading.size() >= 3 && !leading.get(0).contains(" ")) {
      AuthorNames.Parsed editor = AuthorNames.parse(leading.get(0) + ", " + leading.get(1));
      if (editor != null && editor.authors().size() == 1 && editor.authors().get(0).given() != null) {
        // "in Serpell, James, The Domestic Dog": one editor, then the book.
        rest = String.join(", ", leading.subList(2, leading.size()));
      }
    }
    List<String> inner = Segments.of(rest);
    if (inner.size() > 1) {
      rest = inner.get(0);
      for (String more : inner.subList(1, inner.size())) {
        Part p = classify.apply(more);
        if (p.name() != null) {
          imprint.detailOrName(p.name(), false);
        }
      }
    }
    Matcher paren = NAME_AND_PAREN.matcher(rest);
    if (paren.matches()) {
      for (String item : paren.group(2).split(",\\s*")) {
        details.detail(item.strip());
      }
      rest = paren.group(1);
    }
    List<String> items = Items.of(rest);
    String name = items.get(0);
    for (int i = 1; i < items.size(); i++) {
      imprint.detailOrName(items.get(i), true);
    }
    if (b.container() == null) {
      b.container(FieldText.clean(name));
    }
    return true;
  }

  /** The book's name, alone in the part after "In" and its editors. */
  void name(String part) {
    String s = part;
    Matcher paren = NAME_AND_PAREN.matcher(s);
    if (paren.matches()) {
      for (String item : paren.group(2).split(",\\s*")) {
        details.detail(item.strip());
      }
      s = paren.group(1);
    }
    if (b.container() == null) {
      b.container(FieldText.clean(s));
    }
  }

  /**
   * Takes a parenthetical publication block, {@code (Westmere: Quayside Press, 2010)}, out of
   * a part: its place, publisher and date go into the work.
   */
  private String publicationBlock(String part) {
    Matcher m = PUBLICATION_BLOCK.matcher(part);
    if (!m.find() || !m.group(1).contains(":")) {
      return part;
    }
    for (String item : Items.of(m.group(1))) {
      if (!details.detail(item)) {
        imprint.detailOrName(item, false);
      }
    }
    return (part.substring(0, m.start()) + part.substring(m.end())).strip();
  }

  /** Whether every name of a list carries initials, as editors' names in a citation do. */
  private static boolean editorList(String names) {
    AuthorNames.Parsed parsed = AuthorNames.parse(names);
    return parsed != null && !parsed.authors().isEmpty() && parsed.authors().stream()
        .allMatch(a -> a.given() != null && INITIAL_IN.matcher(a.given()).find());
  }
}
