package dev.claimcheck.model;

import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of characters in one document's text.
 *
 * <p>Every extracted thing (block, sentence, claim, date, marker, reference) carries a span so
 * that a verdict always points back at its evidence. Immutable and thread-safe.
 *
 * @param documentId the id of the document whose {@link Document#text()} the offsets index
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(String documentId, int start, int end) implements Serializable {

  public Span {
    if (documentId == null || documentId.isEmpty()) {
      throw new IllegalArgumentException("span without a document id");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span lies entirely within {@code other}. */
  public boolean within(Span other) {
    return documentId.equals(other.documentId) && start >= other.start && end <= other.end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return documentId.equals(other.documentId) && start < other.end && other.start < end;
  }
}
