package dev.claimcheck.read.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Any article page: the article element (or main, or the body), without navigation, page
 * header and footer, asides, forms, comment sections, share and "related" widgets;
 * footnote markers ({@code <sup><a href="#fn3">}, {@code role=doc-noteref}) and their notes.
 */
final class ArticleRules implements HtmlRules {
  /** The text of a note marker written as a link: {@code [1]}, {@code 1}, {@code [a]}. */
  private static final Pattern MARKER = Pattern.compile("\\[?\\d{1,3}]?|\\[[a-z]{1,2}]");

  /** The element holding the article's text ({@link MainContent}). */
  @Override
  public Element root(Document page) {
    return MainContent.root(page, this);
  }

  @Override
  public boolean skip(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "iframe",
          "svg", "button", "template", "link", "meta", "input", "select", "textarea" -> {
        return true;
      }
      default -> { }
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary") || e.attr("aria-hidden").equals("true")) {
      return true;
    }
    if (Furniture.named(e)) {
      return true;
    }
    // A consent notice is furniture by what it says, whatever its markup.
    return (tag.equals("p") || tag.equals("li")) && Furniture.asksConsent(e.text());
  }

  @Override
  public List<Citation> citations(Element e) {
    Element link = null;
    if (e.normalName().equals("a") && e.attr("role").equals("doc-noteref")) {
      link = e;
    } else if (e.normalName().equals("sup")) {
      Element a = e.selectFirst("a[href^=#]");
      if (a != null && a.text().strip().length() <= 8) {
        link = a;
      }
    } else if (e.normalName().equals("a") && e.attr("href").startsWith("#")
        && MARKER.matcher(e.text().strip()).matches() && pointsAtANote(e)) {
      // A marker written as a plain link ("1911.<a href="#fn1">[1]</a>"), not raised.
      link = e;
    }
    if (link == null || !link.attr("href").startsWith("#")) {
      return List.of();
    }
    String target = link.attr("href").substring(1);
    String written = e.text().strip();
    String label = written.replaceAll("^\\[|]$", "").strip();
    return List.of(new Citation(written.startsWith("[") ? written : "[" + written + "]",
        label, target));
  }

  /** A note in a list: the element the link points at is, or is inside, a list item. */
  private static boolean pointsAtANote(Element link) {
    String id = link.attr("href").substring(1);
    if (id.isEmpty() || link.ownerDocument() == null) {
      return false;
    }
    Element target = link.ownerDocument().getElementById(id);
    return target != null && target.closest("li") != null;
  }

  /** Absolute http(s) links (relative ones when the page names its own URL). */
  @Override
  public Optional<String> citedLink(Element e) {
    String tag = e.normalName();
    if ((tag.equals("q") || tag.equals("blockquote")) && e.hasAttr("cite")) {
      // The quotation names where it comes from: it cites that source.
      String source = e.absUrl("cite");
      return source.startsWith("http://") || source.startsWith("https://")
          ? Optional.of(source) : Optional.empty();
    }
    if (!tag.equals("a") || e.attr("href").startsWith("#")) {
      return Optional.empty();
    }
    String url = e.absUrl("href");
    return url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : Optional.empty();
  }

  @Override
  public boolean isReferenceList(Element e) {
    return (e.normalName().equals("ol") || e.normalName().equals("ul"))
        && (e.attr("role").equals("doc-endnotes") || e.parent() != null
            && (e.parent().attr("role").equals("doc-endnotes")
                || e.parent().hasClass("footnotes") || e.parent().hasClass("endnotes"))
            || e.hasClass("footnotes") || e.hasClass("endnotes") || e.hasClass("references"));
  }

  @Override
  public Element referenceText(Element entry) {
    Element copy = entry.clone();
    copy.select("a[role=doc-backlink], a.footnote-back, a[href^=#fnref]").remove();
    return copy;
  }

  @Override
  public boolean isInfobox(Element e) {
    return false;
  }

  @Override
  public boolean isCaption(Element e) {
    return e.normalName().equals("figcaption") || e.normalName().equals("caption");
  }
}
