package dev.claimcheck.read.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Mathematics in pages: MathML, MediaWiki's math elements, KaTeX and MathJax output. A block
 * that holds a formula and nothing else but punctuation is a displayed formula, not prose; a
 * formula inside a sentence stands as its TeX source without MediaWiki's display wrapper.
 */
final class Formulas {
  private static final Pattern DISPLAY_STYLE = Pattern.compile("^\\{\\\\displaystyle\\s*(.*)}$", Pattern.DOTALL);

  private Formulas() {}

  /** Whether the element is a formula. */
  static boolean isFormula(Element e) {
    String tag = e.normalName();
    return tag.equals("math") || tag.equals("mjx-container") || e.hasClass("mwe-math-element")
        || e.hasClass("katex") || e.hasClass("katex-display") || e.hasClass("MathJax")
        || e.hasClass("MathJax_Display") || e.hasClass("MathJax_Preview")
        || tag.equals("script") && e.attr("type").startsWith("math/tex");
  }

  /** Whether the element holds formulas and nothing else but white space and punctuation. */
  static boolean only(Element e) {
    return holdsFormula(e, 0) == Content.FORMULA;
  }

  private enum Content { NOTHING, FORMULA, TEXT }

  private static Content holdsFormula(Element e, int depth) {
    if (isFormula(e)) {
      return Content.FORMULA;
    }
    if (depth > 32) {
      return Content.TEXT;
    }
    Content found = Content.NOTHING;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        if (!t.text().strip().matches("[\\p{P}\\s]*")) {
          return Content.TEXT;
        }
      } else if (child instanceof Element el) {
        Content inner = holdsFormula(el, depth + 1);
        if (inner == Content.TEXT) {
          return Content.TEXT;
        }
        if (inner == Content.FORMULA) {
          found = Content.FORMULA;
        }
      }
    }
    return found;
  }

  /** A formula's TeX as a sentence shows it: {@code {\displaystyle A^{H}}} → {@code A^{H}}. */
  static String tex(String source) {
    String strip = source.strip();
    var m = DISPLAY_STYLE.matcher(strip);
    return m.matches() ? m.group(1).strip() : strip;
  }
}
