package dev.claimcheck.read.html;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Documents converted to XHTML (PDF, Word, OpenDocument, RTF, EPUB through Tika): the whole
 * body is the article; embedded-file headings are left out; paragraphs under a "References"
 * heading are the reference list; hyperlinks cite. Markers are written as text ({@code [12]},
 * {@code (Okafor, 2020)}) and found by the analysis.
 */
final class DocumentRules implements HtmlRules {

  @Override
  public Element root(Document page) {
    return page.body();
  }

  @Override
  public boolean skip(Element e) {
    String tag = e.normalName();
    return tag.equals("style") || tag.equals("script") || tag.equals("img")
        || e.hasClass("package-entry") || e.hasClass("embedded") || e.hasClass("toc")
        // A PDF's link annotations, written after each page's text with their place lost: the
        // identifiers and URLs they point at are in the text they covered.
        || e.hasClass("annotation");
  }

  @Override
  public Optional<Citation> citation(Element e) {
    return Optional.empty();
  }

  @Override
  public Optional<String> citedLink(Element e) {
    if (!e.normalName().equals("a")) {
      return Optional.empty();
    }
    String href = e.attr("href");
    return href.startsWith("http://") || href.startsWith("https://") ? Optional.of(href) : Optional.empty();
  }

  @Override
  public boolean isReferenceList(Element e) {
    return false;
  }

  @Override
  public Element referenceText(Element entry) {
    return entry;
  }

  @Override
  public boolean isInfobox(Element e) {
    return false;
  }

  @Override
  public boolean isCaption(Element e) {
    return e.normalName().equals("caption") || e.normalName().equals("figcaption");
  }

  @Override
  public boolean entriesBySection() {
    return true;
  }
}
