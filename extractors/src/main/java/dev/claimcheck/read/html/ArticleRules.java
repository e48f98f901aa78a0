package dev.claimcheck.read.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:comments?|comment-list|disqus|share|sharing|social|related|newsletter|"
          + "promo|advert|ads?|cookie|subscribe|sidebar|breadcrumbs?|menu|nav|navigation|"
          + "footer|header|masthead|byline-share|recirc|most-popular|trending|paywall)(?:$|[-_ ])");

  /**
   * The container of the article's paragraphs: every paragraph outside furniture scores its
   * parent (and half of that its grandparent) by its length and commas; a container's score is
   * discounted by how much of its text is links. The best container wins; the body if none.
   */
  @Override
  public Element root(Document page) {
    Element body = page.body();
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH || insideFurniture(p, body)) {
        continue;
      }
      double score = 1 + text.chars().filter(c -> c == ',').count()
          + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null && parent != body) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    // Link density is costly to work out: only the best few by raw score are weighed.
    return scores.entrySet().stream()
        .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
        .limit(CONTENDERS)
        .map(e -> Map.entry(e.getKey(), e.getValue() * (1 - linkDensity(e.getKey()))))
        .max(Comparator.comparingDouble((Map.Entry<Element, Double> e) -> e.getValue())
            .thenComparing(e -> -e.getKey().siblingIndex()))
        .map(Map.Entry::getKey)
        .orElse(body);
  }

  /** Inside furniture, or deeper than the walker reads. */
  private boolean insideFurniture(Element e, Element body) {
    int depth = 0;
    for (Element at = e; at != null && at != body; at = at.parent()) {
      if (skip(at) || ++depth > HtmlWalker.MAX_DEPTH) {
        return true;
      }
    }
    return false;
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 1;
    }
    int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return Math.min(1, links / (double) all);
  }

  private static final Pattern LAYOUT = Pattern.compile(
      "(?i)content|article|main|body|post|entry|story|text|col|layout|wrapper|container|panel|"
          + "page|region|grid|row");

  /** Containers weighed for link density. */
  private static final int CONTENDERS = 5;

  /** Shorter paragraphs ("Share", "Read more") do not vote for a container. */
  private static final int MIN_PARAGRAPH = 25;

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
    for (String token : e.classNames()) {
      if (isFurniture(token)) {
        return true;
      }
    }
    return isFurniture(e.id());
  }

  /** A class or id naming furniture, unless it also names layout or content ("two-col-sidebar"). */
  private static boolean isFurniture(String token) {
    return !token.isEmpty() && FURNITURE.matcher(token).find() && !LAYOUT.matcher(token).find();
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
