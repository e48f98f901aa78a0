package dev.claimcheck.read.html;

import dev.claimcheck.model.GivenFields;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one kind of page means by its markup: where the article is, what to leave out, which
 * elements are citation markers, reference lists, infoboxes and captions. The walker that uses
 * them is {@link HtmlWalker}; implementations are stateless and thread-safe.
 */
interface HtmlRules {

  /**
   * A citation marker as written, and what it points at.
   *
   * @param written the marker's text as the page shows it ({@code [1]})
   * @param label the label readers see ({@code 1})
   * @param target the id of the note it links to
   */
  record Citation(String written, String label, String target) {}

  /** The element holding the article, or the body. */
  Element root(Document page);

  /** Whether to leave the element and all it holds out. */
  boolean skip(Element element);

  /**
   * The citation markers the element is: one, several when it cites several sources at once
   * ({@code (1,2)}), or none.
   */
  List<Citation> citations(Element element);

  /**
   * A reference entry whose source gave its fields beside the text (a citation manager's
   * item), if the element is one.
   *
   * @param anchor the entry's id, which the markers citing it name
   * @param fields the fields
   */
  record GivenEntry(String anchor, GivenFields fields) {}

  /** The given entry the element is, if it is one. */
  default Optional<GivenEntry> givenEntry(Element element) {
    return Optional.empty();
  }

  /**
   * The URL a hyperlink cites, if the element is a link that cites a source (an external link
   * in prose), resolved to an absolute URL.
   */
  Optional<String> citedLink(Element element);

  /** Text that stands for the element instead of its content (a formula's alt text). */
  default Optional<String> replacement(Element element) {
    return Optional.empty();
  }

  /** Whether the element is a list of reference entries (or notes). */
  boolean isReferenceList(Element element);

  /** The part of a reference entry that holds the reference, without back-links. */
  Element referenceText(Element entry);

  /** Whether the element is an infobox or fact box. */
  boolean isInfobox(Element element);

  /** Whether the element is a caption. */
  boolean isCaption(Element element);

  /** Whether a paragraph's text is page furniture by its shape (a paper's byline, copyright). */
  default boolean isFurnitureText(String text) {
    return false;
  }

  /**
   * Whether paragraphs and list items under a "References"-like heading are reference entries
   * (and under "See also"-like headings navigation): true for documents, whose reference lists
   * are plain paragraphs; web pages mark their lists up.
   */
  default boolean entriesBySection() {
    return false;
  }
}
