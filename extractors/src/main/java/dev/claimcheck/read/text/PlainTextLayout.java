package dev.claimcheck.read.text;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.read.SectionNames;
import dev.claimcheck.text.Prose;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers the structure of plain text: title, headings, paragraphs, list items, infobox lines,
 * reference entries, navigation and boilerplate.
 *
 * <p>Two layouts are recognized. In the first, paragraphs are separated by blank lines (a
 * Wikipedia article copied as text); there a run of short label-like lines is an infobox and a
 * run of evenly long lines is one hard-wrapped paragraph. In the second, every line is its own
 * paragraph (a blog post); a line ending in a colon introduces the lines after it, which are
 * list items, or, when a single line follows, its completion.
 *
 * <p>Also lays out prose that web pages keep preformatted ({@code <pre>}). Not thread-safe: one
 * instance lays out one document.
 */
public final class PlainTextLayout {
  private static final int INFOBOX_LINE_MAX = 60;

  private final String documentId;
  private final String text;
  private final List<Block> blocks = new ArrayList<>();
  private String section = "";

  private PlainTextLayout(String documentId, String text) {
    this.documentId = documentId;
    this.text = text;
  }

  /** Lays out {@code text}, whose offsets belong to document {@code documentId}. */
  public static List<Block> blocks(String documentId, String text) {
    PlainTextLayout layout = new PlainTextLayout(documentId, text);
    layout.classify(units(text));
    return List.copyOf(layout.blocks);
  }

  /** A candidate block before classification: one line, a joined paragraph, or an infobox line. */
  private record Unit(int start, int end, String text, boolean infobox) {}

  /** Cuts the text into units: lines, wrapped paragraphs joined, infobox runs marked. */
  private static List<Unit> units(String text) {
    List<List<TextLine>> groups = new ArrayList<>();
    List<TextLine> current = new ArrayList<>();
    for (TextLine line : TextLine.split(text)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    boolean blankSeparated = groups.size() >= 3;
    List<Unit> units = new ArrayList<>();
    for (List<TextLine> group : groups) {
      if (blankSeparated && looksLikeInfobox(group)) {
        group.forEach(l -> units.add(new Unit(l.start(), l.end(), l.text(), true)));
      } else if (looksWrapped(group)) {
        TextLine first = group.get(0);
        TextLine last = group.get(group.size() - 1);
        units.add(new Unit(first.start(), last.end(),
            text.substring(first.start(), last.end()), false));
      } else {
        group.forEach(l -> units.add(new Unit(l.start(), l.end(), l.text(), false)));
      }
    }
    return units;
  }

  /** Three or more lines, most of them short labels or values with no sentence end. */
  private static boolean looksLikeInfobox(List<TextLine> group) {
    if (group.size() < 3) {
      return false;
    }
    long labels = group.stream()
        .map(TextLine::text)
        .filter(t -> t.strip().length() <= INFOBOX_LINE_MAX && !Prose.endsSentence(t)
            && LineShapes.bulletText(t) == null && !LineShapes.startsReferenceEntry(t))
        .count();
    return labels * 10 >= group.size() * 6L;
  }

  /** Lines of similar length, none a list item: one paragraph wrapped at a fixed width. */
  private static boolean looksWrapped(List<TextLine> group) {
    if (group.size() < 2) {
      return false;
    }
    for (int i = 0; i < group.size(); i++) {
      String t = group.get(i).text();
      boolean last = i == group.size() - 1;
      if (t.length() > 100 || (!last && t.strip().length() < 40)
          || LineShapes.bulletText(t) != null || LineShapes.isNumbered(t)
          || LineShapes.editHeading(t) != null) {
        return false;
      }
    }
    return true;
  }

  private void classify(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String line = unit.text();
      if (i == 0 && !unit.infobox() && LineShapes.isTitleLike(line)) {
        add(BlockKind.TITLE, unit, line.strip());
        continue;
      }
      if (unit.infobox()) {
        add(BlockKind.INFOBOX, unit, line.strip());
        continue;
      }
      String heading = LineShapes.editHeading(line);
      if (heading != null) {
        startSection(unit, heading);
        continue;
      }
      if (LineShapes.isBoilerplate(line)) {
        add(BlockKind.BOILERPLATE, unit, line.strip());
        continue;
      }
      if (isSectionName(line)) {
        startSection(unit, line.strip());
        continue;
      }
      if (LineShapes.startsBacklinkedEntry(line)
          || (inReferenceSection() && LineShapes.startsReferenceEntry(line))) {
        add(BlockKind.REFERENCE_ENTRY, unit, line.strip());
        continue;
      }
      String bullet = LineShapes.bulletText(line);
      if (bullet != null && inReferenceSection()) {
        // A bibliography's entries, which short citations in the notes point at.
        add(BlockKind.REFERENCE_ENTRY, unit, bullet);
        continue;
      }
      if (bullet == null && isNumberedHeading(units, i)) {
        startSection(unit, line.strip().replaceAll("\\s+", " "));
        continue;
      }
      if (bullet != null || LineShapes.isNumbered(line)) {
        BlockKind kind = inNavigationSection() ? BlockKind.NAVIGATION : BlockKind.LIST_ITEM;
        add(kind, unit, bullet != null ? bullet : line.strip());
        continue;
      }
      if (inNavigationSection()) {
        add(BlockKind.NAVIGATION, unit, line.strip());
        continue;
      }
      if (LineShapes.isTitleCase(line)) {
        startSection(unit, line.strip());
        continue;
      }
      if (LineShapes.isLeadIn(line)) {
        i = leadIn(units, i);
        continue;
      }
      add(BlockKind.PARAGRAPH, unit, unit.text());
    }
  }

  /**
   * A paragraph ending in a colon. A single continuation line after it completes it (one block
   * over both); several continuation lines are its list items. Returns the last unit used.
   */
  private int leadIn(List<Unit> units, int at) {
    int end = at;
    while (end + 1 < units.size() && isContinuation(units.get(end + 1), end == at)) {
      end++;
    }
    Unit leadIn = units.get(at);
    if (end == at + 1) {
      Unit completion = units.get(end);
      Unit joined = new Unit(leadIn.start(), completion.end(), null, false);
      add(BlockKind.PARAGRAPH, joined, null);
      return end;
    }
    add(BlockKind.PARAGRAPH, leadIn, leadIn.text());
    for (int k = at + 1; k <= end; k++) {
      add(BlockKind.LIST_ITEM, units.get(k), units.get(k).text().strip());
    }
    return end;
  }

  /** Whether a unit continues a colon lead-in; the first one may look like a heading. */
  private static boolean isContinuation(Unit unit, boolean first) {
    String line = unit.text();
    if (unit.infobox() || LineShapes.editHeading(line) != null || LineShapes.isBoilerplate(line)
        || LineShapes.bulletText(line) != null || LineShapes.isNumbered(line)
        || LineShapes.isLeadIn(line)) {
      return false;
    }
    if (LineShapes.isWholeQuotation(line) || LineShapes.startsLowerCase(line)) {
      return true;
    }
    return LineShapes.isFragment(line) && (first || !LineShapes.isTitleCase(line));
  }

  private void startSection(Unit unit, String heading) {
    section = heading;
    add(BlockKind.HEADING, unit, heading);
  }

  /**
   * A numbered line that names a section ({@code 1.  Introduction}, {@code 2.3 Results}): title
   * case, no sentence, and not followed by another numbered line, as a list item would be.
   */
  private static boolean isNumberedHeading(List<Unit> units, int at) {
    String line = units.get(at).text();
    if (!LineShapes.isNumbered(line)) {
      return false;
    }
    String rest = line.strip().replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+", "");
    return !rest.equals(line.strip()) && LineShapes.isTitleCase(rest)
        && (at + 1 == units.size() || !LineShapes.isNumbered(units.get(at + 1).text()));
  }

  /** A line that is just the name of a reference or navigation section, in any case. */
  private static boolean isSectionName(String line) {
    return SectionNames.isReferences(line) || SectionNames.isNavigation(line);
  }

  private boolean inReferenceSection() {
    return SectionNames.isReferences(section);
  }

  private boolean inNavigationSection() {
    return SectionNames.isNavigation(section);
  }

  /** Adds a block; a null text means the raw text under the unit's span. */
  private void add(BlockKind kind, Unit unit, String given) {
    Span span = new Span(documentId, unit.start(), unit.end());
    String blockText = given != null ? given : this.text.substring(unit.start(), unit.end());
    blocks.add(new Block(kind, span, blockText, section, null));
  }
}
