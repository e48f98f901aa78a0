package dev.claimcheck.model;

/**
 * A claim's verdict, in order of precedence: the first that applies wins (SPEC.md, "Verdicts").
 */
public enum Status {
  /** A conflicting value elsewhere, or a dispute tag. */
  CONTESTED,
  /** Every cited source is dead with no archive copy. */
  DEAD_SOURCE,
  /** A checked source contains the claim's key facts. */
  SUPPORTED,
  /** A checked cited source states some of its key facts, not all. */
  PARTLY_SUPPORTED,
  /** Cites a source that was not, or could not be, checked. */
  CITED,
  /** No citation, but the text names its source. */
  ATTRIBUTED,
  /** No citation and no attribution. */
  UNSOURCED
}
