package dev.claimcheck.check;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a fetched page, for drift and support: an HTML page's visible text
 * (scripts, styles and templates left out), a plain-text body as it is; other media (PDF and
 * other binaries read as text) have none here. Bounded.
 */
public final class PageText {
  /** The most text kept of one page. */
  public static final int MAX_CHARS = 200_000;

  private PageText() {}

  /**
   * The page's text, or null when it has none this reader can give. A page's blocks
   * (paragraphs, headings, list items, table cells…) are kept as lines, so that a heading or a
   * caption never runs into the sentence after it; white space within a line is folded.
   */
  public static String of(String body, String contentType) {
    if (body == null) {
      return null;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String head = body.length() > 2000 ? body.substring(0, 2000) : body;
    String text;
    if (type.contains("html") || type.isEmpty() && head.toLowerCase(Locale.ROOT).contains("<html")
        || type.contains("xml") && head.toLowerCase(Locale.ROOT).contains("<html")) {
      Document page = Jsoup.parse(body, "", Parser.htmlParser().setTrackErrors(0));
      page.select("script, style, noscript, template, svg").remove();
      text = lines(page.body() == null ? page : page.body());
      String title = page.title().strip();
      if (!title.isBlank() && !text.startsWith(title)) {
        text = title + "\n" + text;
      }
    } else if (type.startsWith("text/") || type.isEmpty() && !head.startsWith("%PDF")) {
      text = body;
    } else {
      return null;
    }
    text = fold(text);
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }

  /** The element's text with a line end after each block element. */
  private static String lines(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          out.append('\n');
        }
      }
    }, root);
    return out.toString();
  }

  /** White space folded within lines, blank lines dropped. */
  private static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n")) {
      String folded = line.replaceAll("\\s+", " ").strip();
      if (!folded.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append(folded);
      }
    }
    return out.toString();
  }
}
