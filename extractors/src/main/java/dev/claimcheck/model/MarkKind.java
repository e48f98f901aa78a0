package dev.claimcheck.model;

/** Kinds of bracketed inline marks in article text. */
public enum MarkKind {
  /** A citation marker pointing at a reference entry, such as {@code [2]} or {@code [a]}. */
  CITATION,
  /**
   * An inline hyperlink: it cites its target, and unlike a marker its text is part of the
   * sentence.
   */
  LINK,
  /** An editor's "citation needed" tag. */
  CITATION_NEEDED,
  /** An editor's "better source needed" tag. */
  BETTER_SOURCE_NEEDED,
  /** An editor's "dubious" tag: the statement is contested. */
  DUBIOUS,
  /** An editor's "disputed" tag: the statement is contested. */
  DISPUTED;

  /** Whether the mark cites a source (a marker or a link). */
  public boolean cites() {
    return this == CITATION || this == LINK;
  }

  /** Whether the mark's text is an insertion to leave out of the sentence (not a link). */
  public boolean isInsertion() {
    return this != LINK;
  }

  /** Whether the mark says the statement is contested. */
  public boolean isDispute() {
    return this == DUBIOUS || this == DISPUTED;
  }
}
