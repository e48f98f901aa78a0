package dev.claimcheck.model;

import java.io.Serializable;

/**
 * One entry of a document's reference list (a note, a bibliography entry, a cited link) and
 * the work it cites.
 *
 * @param id id within the document, the target of claims' citations
 * @param label the label the text uses for it ({@code "2"})
 * @param span where the entry stands in the document
 * @param text the entry's raw text, without its label and back-links
 * @param work the cited work's fields
 * @param uses how many times the document cites the entry
 * @param fullReference for a short citation ({@code Joske 2022, p. 30}, {@code Ibid.}), the id
 *     of the full reference it stands for; null for a full reference or when none matches
 * @param shortCitation whether the entry is a short citation that needs a full reference
 */
public record Reference(String id, String label, Span span, String text, Work work, int uses,
    String fullReference, boolean shortCitation) implements Serializable {

  public Reference {
    if (id == null || label == null || span == null || text == null || work == null) {
      throw new IllegalArgumentException("reference needs id, label, span, text and work");
    }
    if (fullReference != null && !shortCitation) {
      throw new IllegalArgumentException("only a short citation stands for another reference");
    }
  }

  /** A full reference. */
  public Reference(String id, String label, Span span, String text, Work work, int uses) {
    this(id, label, span, text, work, uses, null, false);
  }

  /** The id of the document the reference belongs to. */
  public String documentId() {
    return span.documentId();
  }

  /** The kind of work it cites. */
  public ReferenceKind kind() {
    return work.kind();
  }

  /** A copy with a different use count. */
  public Reference withUses(int newUses) {
    return new Reference(id, label, span, text, work, newUses, fullReference, shortCitation);
  }

  /** A copy citing the work as its source described it directly (a citation template). */
  public Reference withWork(Work fields) {
    return new Reference(id, label, span, text, fields, uses, null, false);
  }

  /** A copy of this short citation resolved to the full reference {@code id}. */
  public Reference resolvedTo(String fullId) {
    return new Reference(id, label, span, text, work, uses, fullId, true);
  }
}
