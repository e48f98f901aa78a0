package dev.claimcheck.read.html;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Wikipedia and other MediaWiki pages, as the site renders them and as Parsoid (the REST API)
 * does: {@code sup.reference} / {@code sup.mw-ref} markers linking to {@code cite_note-…}
 * entries of {@code ol.references}, infoboxes, captions, edit links and navigation boxes.
 */
final class WikipediaRules implements HtmlRules {
  private static final Set<String> SKIPPED_CLASSES = Set.of(
      "mw-editsection", "navbox", "navbox-styles", "vertical-navbox", "sidebar", "metadata",
      "ambox", "hatnote", "mw-empty-elt", "toc", "catlinks", "printfooter", "mw-jump-link",
      "shortdescription", "mw-authority-control", "navigation-not-searchable",
      "mwe-math-mathml-inline", "mwe-math-mathml-a11y", "mw-cite-backlink", "noexcerpt",
      "portalbox", "sistersitebox", "mw-indicators", "mw-kartographer-maplink",
      "cs1-maint", "cs1-hidden-error", "cs1-visible-error", "citation-comment");
  private static final Set<String> SKIPPED_IDS = Set.of("toc", "catlinks", "coordinates",
      "mw-navigation", "footer", "siteSub", "contentSub", "jump-to-nav");
  private static final Set<String> SKIPPED_TAGS =
      Set.of("style", "script", "noscript", "link", "meta", "template");

  /** Whether the page is a MediaWiki page, rendered or Parsoid; cheap signals first. */
  static boolean recognizes(Document page, Map<String, String> metas) {
    if (metas.getOrDefault("generator", "").startsWith("MediaWiki") || metas.containsKey("mw:pageid")) {
      return true;
    }
    Element html = page.selectFirst("html");
    if (html != null && (html.attr("prefix").contains("mediawiki.org") || html.attr("about").contains("/wiki/"))) {
      return true;
    }
    return page.getElementById("mw-content-text") != null
        || page.selectFirst(".mw-parser-output, sup.mw-ref, ol.mw-references") != null;
  }

  @Override
  public Element root(Document page) {
    Element output = page.selectFirst("#mw-content-text .mw-parser-output");
    if (output == null) {
      output = page.selectFirst("#mw-content-text");
    }
    return output != null ? output : page.body();
  }

  @Override
  public boolean skip(Element e) {
    if (SKIPPED_TAGS.contains(e.normalName())) {
      return true;
    }
    String classes = e.className();
    if (!classes.isEmpty()) {
      for (String c : classes.split(" ")) {
        if (SKIPPED_CLASSES.contains(c)) {
          return true;
        }
      }
    }
    String id = e.id();
    return !id.isEmpty() && SKIPPED_IDS.contains(id);
  }

  @Override
  public List<Citation> citations(Element e) {
    if (!e.normalName().equals("sup") || !(e.hasClass("reference") || e.hasClass("mw-ref"))) {
      return List.of();
    }
    Element link = e.selectFirst("a[href*=#cite_note]");
    if (link == null) {
      return List.of();
    }
    String href = link.attr("href");
    String target = href.substring(href.indexOf('#') + 1);
    String written = e.text().strip();
    String label = written.replaceAll("^\\[|]$", "").strip();
    return List.of(new Citation(written, label.isEmpty() ? target : label, target));
  }

  /** External links; links to other wiki pages are navigation, not sources. */
  @Override
  public Optional<String> citedLink(Element e) {
    if (!e.normalName().equals("a") || !e.hasClass("external")) {
      return Optional.empty();
    }
    String url = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
    return url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : Optional.empty();
  }

  @Override
  public Optional<String> replacement(Element e) {
    if (e.hasClass("mwe-math-element")) {
      Element img = e.selectFirst("img[alt]");
      if (img != null) {
        return Optional.of(Formulas.tex(img.attr("alt")));
      }
      Element annotation = e.selectFirst("annotation[encoding=application/x-tex]");
      return Optional.of(Formulas.tex(annotation != null ? annotation.text() : e.text()));
    }
    return Optional.empty();
  }

  @Override
  public boolean isReferenceList(Element e) {
    return (e.normalName().equals("ol") || e.normalName().equals("ul"))
        && (e.hasClass("references") || e.hasClass("mw-references"));
  }

  @Override
  public Element referenceText(Element entry) {
    Element text = entry.selectFirst(".reference-text, .mw-reference-text");
    return text != null ? text : entry;
  }

  @Override
  public boolean isInfobox(Element e) {
    return e.normalName().equals("table") && (e.hasClass("infobox") || e.hasClass("biota")
        || e.hasClass("taxobox"));
  }

  @Override
  public boolean isCaption(Element e) {
    return e.normalName().equals("figcaption") || e.hasClass("thumbcaption")
        || e.hasClass("gallerytext");
  }
}
