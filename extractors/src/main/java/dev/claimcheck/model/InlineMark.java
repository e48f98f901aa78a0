package dev.claimcheck.model;

import java.io.Serializable;

/**
 * A bracketed mark in the text: a citation marker or an editor's maintenance tag.
 *
 * @param span where the mark stands, brackets included
 * @param kind what the mark is
 * @param label the reference label for a citation ({@code "2"}, {@code "a"}), else the tag's
 *     text ({@code "citation needed"})
 */
public record InlineMark(Span span, MarkKind kind, String label) implements Serializable {

  public InlineMark {
    if (span == null || kind == null || label == null) {
      throw new IllegalArgumentException("inline mark fields must not be null");
    }
  }
}
