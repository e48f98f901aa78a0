package dev.claimcheck.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of a document's reference list, parsed into fields.
 *
 * <p>Dates are ISO 8601 prefixes with the precision the source gives ({@code 2022},
 * {@code 2020-06}, {@code 2020-06-01}). Identifiers are normalized (ISBNs as 13 digits);
 * an identifier that fails validation is kept and described in {@link #problems()}.
 *
 * @param id id within the document, the target of claims' citations
 * @param label the label the text uses for it ({@code "2"})
 * @param span where the entry stands in the document
 * @param text the entry's raw text, without its label and back-links
 * @param kind book, chapter, journal, news, web, report, thesis or other
 * @param authors authors as written, one per element ({@code "Joske, Alex"})
 * @param date publication date, or {@code null}
 * @param title title of the work (the chapter or article for parts of larger works)
 * @param container the larger work: book, journal, website, newspaper; or {@code null}
 * @param publisher publisher, or {@code null}
 * @param place place of publication, or {@code null}
 * @param pages page or page range, or {@code null}
 * @param url the work's URL, or {@code null}
 * @param archiveUrl URL of an archived copy, or {@code null}
 * @param archiveDate date of the archived copy, or {@code null}
 * @param accessDate date the citing author retrieved the work, or {@code null}
 * @param format a file format the entry names, such as {@code PDF}, or {@code null}
 * @param identifiers scheme ({@code isbn}, {@code oclc}, {@code jstor}, {@code doi}, ...) to
 *     normalized values, sorted by scheme
 * @param problems problems found while parsing (a bad check digit), for users to fix
 * @param uses how many times the document cites the entry
 */
public record Reference(
    String id,
    String label,
    Span span,
    String text,
    ReferenceKind kind,
    List<String> authors,
    String date,
    String title,
    String container,
    String publisher,
    String place,
    String pages,
    String url,
    String archiveUrl,
    String archiveDate,
    String accessDate,
    String format,
    Map<String, List<String>> identifiers,
    List<String> problems,
    int uses) implements Serializable {

  public Reference {
    if (id == null || label == null || span == null || text == null || kind == null) {
      throw new IllegalArgumentException("reference needs id, label, span, text and kind");
    }
    authors = List.copyOf(authors);
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    identifiers.forEach((scheme, values) -> sorted.put(scheme, List.copyOf(values)));
    identifiers = java.util.Collections.unmodifiableSortedMap(sorted);
    problems = List.copyOf(problems);
  }

  /** The id of the document the reference belongs to. */
  public String documentId() {
    return span.documentId();
  }

  /** A copy with a different use count. */
  public Reference withUses(int newUses) {
    return new Reference(id, label, span, text, kind, authors, date, title, container, publisher,
        place, pages, url, archiveUrl, archiveDate, accessDate, format, identifiers, problems,
        newUses);
  }
}
