package dev.claimcheck.model;

import java.io.Serializable;
import java.util.List;

/**
 * A document as a reader produced it: normalized text plus its structure.
 *
 * <p>All offsets of everything extracted from the document index {@link #text()}. Immutable;
 * the lists are copied on construction.
 *
 * @param id stable id: a hash of the source URI and the text
 * @param source where the document came from (a path relative to the input given, or a URI)
 * @param format the reader's format name, such as {@code text/plain}
 * @param title the title, or {@code null} when the document has none
 * @param language a BCP 47 tag, or {@code null} when unknown
 * @param published the publication date as an ISO 8601 prefix, or {@code null}
 * @param retrieved the retrieval or capture date as an ISO 8601 prefix, or {@code null}
 * @param text the normalized text (line ends folded to {@code \n})
 * @param blocks the blocks in reading order
 * @param marks citation markers the reader found in the structure (HTML footnote links), in
 *     order; marks written as text ({@code [2]}) are found later and need not be listed
 * @param markedUp whether citation markers come from markup: then bracketed text such as
 *     {@code [1994]} is not a marker (editors' tags written as text still count)
 * @param warnings things the reader noticed but read past, bounded
 * @param truncated whether a limit cut the text short
 */
public record Document(
    String id,
    String source,
    String format,
    String title,
    String language,
    String published,
    String retrieved,
    String text,
    List<Block> blocks,
    List<InlineMark> marks,
    boolean markedUp,
    List<String> warnings,
    boolean truncated) implements Serializable {

  public Document {
    if (id == null || source == null || format == null || text == null) {
      throw new IllegalArgumentException("document needs id, source, format and text");
    }
    blocks = List.copyOf(blocks);
    marks = List.copyOf(marks);
    warnings = List.copyOf(warnings);
  }

  /**
   * A copy with metadata a container knows better than the content (a web archive's capture
   * date, a JSON record's title): each non-null argument replaces the field.
   */
  public Document withMetadata(String newTitle, String newPublished, String newRetrieved) {
    return new Document(id, source, format, newTitle != null ? newTitle : title, language,
        newPublished != null ? newPublished : published,
        newRetrieved != null ? newRetrieved : retrieved, text, blocks, marks, markedUp, warnings,
        truncated);
  }

  /** A copy in another language (a BCP 47 tag), which decides how numeric dates read. */
  public Document withLanguage(String newLanguage) {
    return new Document(id, source, format, title, newLanguage, published, retrieved, text, blocks,
        marks, markedUp, warnings, truncated);
  }

  /** A copy marked truncated, with {@code warning} saying what was cut. */
  public Document truncatedBecause(String warning) {
    List<String> more = new java.util.ArrayList<>(warnings);
    more.add(warning);
    return new Document(id, source, format, title, language, published, retrieved, text, blocks,
        marks, markedUp, more, true);
  }

  /** The characters under {@code span}. */
  public String slice(Span span) {
    return text.substring(span.start(), span.end());
  }
}
