package dev.claimcheck.model;

import java.io.Serializable;

/**
 * A mark in the text: a citation marker or an editor's maintenance tag.
 *
 * @param span where the mark stands, brackets included
 * @param kind what the mark is
 * @param label what the reader sees: the reference label for a citation ({@code "2"},
 *     {@code "a"}), else the tag's text ({@code "citation needed"})
 * @param target for a citation, the id of the reference it points at (in plain text the label
 *     itself; in HTML the note's anchor, such as {@code cite_note-foo-3}); for a link, the
 *     reference made from its URL; null for a tag
 */
public record InlineMark(Span span, MarkKind kind, String label, String target)
    implements Serializable {

  public InlineMark {
    if (span == null || kind == null || label == null) {
      throw new IllegalArgumentException("inline mark fields must not be null");
    }
    if (kind.cites() != (target != null)) {
      throw new IllegalArgumentException("a citation or link, and only those, has a target");
    }
  }

  /** A citation marker whose target is its label, as in plain text. */
  public static InlineMark citation(Span span, String label) {
    return new InlineMark(span, MarkKind.CITATION, label, label);
  }

  /** An inline link to {@code target}. */
  public static InlineMark link(Span span, String text, String target) {
    return new InlineMark(span, MarkKind.LINK, text, target);
  }

  /** A copy pointing at another target. */
  public InlineMark withTarget(String newTarget) {
    return new InlineMark(span, kind, label, newTarget);
  }

  /** An editor's tag. */
  public static InlineMark tag(Span span, MarkKind kind, String text) {
    return new InlineMark(span, kind, text, null);
  }
}
