package dev.claimcheck.read.tika;

import dev.claimcheck.read.SectionNames;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Paragraphs a column or page break cut in the middle of a sentence, joined again: a paragraph
 * that ends on a word or a comma, and the next, which opens in lower case, are one. Reference
 * entries are joined by their own rules, so the reference section is left alone.
 */
final class BrokenParagraphs {
  /** A paragraph's end that no sentence ends on: a letter, a digit, a comma or a hyphen. */
  private static final Pattern OPEN_END = Pattern.compile("[\\p{L}\\p{N},\\-–]$");
  /** A paragraph's start that no sentence starts with: a lower-case word. */
  private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}{2,}\\b");

  private BrokenParagraphs() {}

  /** Joins the broken paragraphs among the containers' blocks, in document order. */
  static void join(List<Element> containers) {
    Element previous = null;
    boolean inReferences = false;
    for (Element container : containers) {
      for (Element block : List.copyOf(container.children())) {
        if (!block.normalName().equals("p")) {
          previous = null;
          if (block.normalName().matches("h\\d")) {
            inReferences = SectionNames.isReferences(PaperHeadings.bare(block.text()));
          }
          continue;
        }
        String text = block.text();
        if (!inReferences && previous != null && OPEN_END.matcher(previous.text()).find()
            && LOWER_START.matcher(text).find()) {
          String before = previous.text();
          // A word hyphenated at the break is whole again ("thrombopro-" "phylaxis").
          previous.text(before.matches("(?s).*\\p{Ll}-") ? before.substring(0, before.length() - 1) + text
              : before + " " + text);
          block.remove();
          continue;
        }
        previous = block;
      }
    }
  }
}
