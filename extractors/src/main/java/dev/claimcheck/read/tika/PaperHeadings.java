package dev.claimcheck.read.tika;

import dev.claimcheck.read.SectionNames;
import dev.claimcheck.read.text.LineShapes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What names a section in a converted paper: a section name, bare or numbered ("3 Results",
 * "IV. Discussion"), a numbered title of a few words ("2 Soundings"), and the references
 * heading that only named a table's column. Stateless.
 */
final class PaperHeadings {
  private static final Set<String> PAPER_SECTIONS = Set.of("abstract", "introduction",
      "background", "methods", "materials and methods", "method", "results", "discussion",
      "conclusion", "conclusions", "findings", "acknowledgements", "acknowledgments", "summary",
      "results and discussion", "related work", "appendix", "keywords");
  /** Sections of a paper's body, which come before its reference list. */
  private static final Set<String> BODY_SECTIONS = Set.of("introduction", "background", "methods",
      "materials and methods", "method", "results", "discussion", "results and discussion",
      "conclusion", "conclusions", "findings", "related work");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVX]{1,4}\\.)\\s+(.{2,60})$");

  private PaperHeadings() {}

  /** The heading a line is, or null: a section name, bare or numbered. */
  static String of(String line) {
    if (line.length() > 70) {
      return null;
    }
    Matcher numbered = NUMBERED_HEADING.matcher(line);
    String written = numbered.matches() ? numbered.group(1) : line;
    if (written.isEmpty() || !Character.isUpperCase(written.codePointAt(0))) {
      return null; // "literature." ending a sentence on a line of its own names no section
    }
    String key = bare(line);
    return SectionNames.isReferences(key) || SectionNames.isNavigation(key) || PAPER_SECTIONS.contains(key)
        ? line : null;
  }

  /** A heading's words in lower case, its number and closing stop or colon left out. */
  static String bare(String line) {
    Matcher numbered = NUMBERED_HEADING.matcher(line);
    String bare = numbered.matches() ? numbered.group(1) : line;
    return bare.toLowerCase(Locale.ROOT).replaceFirst("[.:]$", "").strip();
  }

  /**
   * A numbered section title of a few words in title case ("2 Soundings", "3.1 Tide Gauges"):
   * no sentence, and no comma as an affiliation's footnote has.
   */
  static boolean numberedTitle(String text) {
    Matcher numbered = NUMBERED_HEADING.matcher(text);
    return numbered.matches() && !text.contains(",") && text.split("\\s+").length <= 8
        && LineShapes.isTitleCase(numbered.group(1));
  }

  /**
   * A references heading that the paper's body goes on after (the next heading is its
   * introduction, methods, results, discussion or conclusions) named a table's column, not the
   * reference list: it becomes a line of text again.
   */
  static void unmarkFalseReferenceHeadings(Document page) {
    List<Element> headings = page.body().select("h2");
    for (int i = 0; i + 1 < headings.size(); i++) {
      Element h = headings.get(i);
      if (SectionNames.isReferences(bare(h.text())) && BODY_SECTIONS.contains(bare(headings.get(i + 1).text()))) {
        h.replaceWith(new Element("p").text(h.text()));
      }
    }
  }
}
