package dev.claimcheck.read.html;

import dev.claimcheck.model.GivenFields;
import dev.claimcheck.model.Work;
import dev.claimcheck.read.CitationFields;
import dev.claimcheck.text.InlineMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Documents converted to XHTML (PDF, Word, OpenDocument, RTF, EPUB through Tika): the whole
 * body is the article; embedded-file headings are left out; paragraphs under a "References"
 * heading are the reference list; hyperlinks cite. Markers are written as text ({@code [12]},
 * {@code (Okafor, 2020)}) and found by the analysis, except where a citation manager's fields
 * say what a citation cites: those are markers linked to the items' entries.
 */
final class DocumentRules implements HtmlRules {
  private final Map<String, Work> items = new HashMap<>();

  /** Rules for a document whose citation fields, if any, were written in by {@link FieldMarkup}. */
  DocumentRules(CitationFields fields) {
    FieldMarkup.entryIds(fields).forEach((key, id) -> items.put(id, fields.items().get(key)));
  }

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
  public List<Citation> citations(Element e) {
    if (!e.hasAttr(FieldMarkup.CITES)) {
      return List.of();
    }
    String written = e.text().strip();
    String[] targets = e.attr(FieldMarkup.CITES).split(" ");
    List<String> labels = labels(written);
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      if (items.containsKey(targets[i])) {
        citations.add(new Citation(written, labels.size() == targets.length ? labels.get(i) : written, targets[i]));
      }
    }
    return citations;
  }

  /**
   * The labels a citation shows, one per item: {@code (1,2)} → 1, 2; {@code (2–4)} → 2, 3, 4;
   * {@code (Lee, 2019; Okafor, 2020)} → each author and year.
   */
  static List<String> labels(String written) {
    String inner = written.strip().replaceAll("^[(\\[]|[)\\]]$", "").strip();
    if (inner.matches("\\d{1,4}(?:\\s*[,;–-]\\s*\\d{1,4})*")) {
      return InlineMarks.numberList(inner);
    }
    List<String> labels = new ArrayList<>();
    for (String piece : inner.split("\\s*;\\s*")) {
      if (!piece.isBlank()) {
        labels.add(piece.strip());
      }
    }
    return labels;
  }

  @Override
  public Optional<GivenEntry> givenEntry(Element e) {
    String id = e.attr(FieldMarkup.ITEM);
    Work work = id.isEmpty() ? null : items.get(id);
    return work == null ? Optional.empty() : Optional.of(new GivenEntry(id, new GivenFields(work, true)));
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

  /** A paper's byline, affiliations, copyright and submission lines ({@link PaperFurniture}). */
  @Override
  public boolean isFurnitureText(String text) {
    return PaperFurniture.is(text);
  }

  @Override
  public boolean entriesBySection() {
    return true;
  }
}
