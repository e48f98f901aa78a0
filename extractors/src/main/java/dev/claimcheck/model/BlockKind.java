package dev.claimcheck.model;

/** What a block of a document is, as far as claims are concerned. */
public enum BlockKind {
  /** The document title. */
  TITLE,
  /** A section heading; sets the section of what follows. */
  HEADING,
  /** Running prose: the only place claims come from, with sentence-like list items. */
  PARAGRAPH,
  /** An item of a bulleted, numbered or implicit (colon-introduced) list. */
  LIST_ITEM,
  /** A line of an infobox or fact box: label and value, not prose. */
  INFOBOX,
  /** A figure or table caption: shown, never a claim. */
  CAPTION,
  /** Preformatted text such as code: shown, never a claim. */
  CODE,
  /** A displayed formula, set apart from the prose around it: shown, never a claim. */
  FORMULA,
  /** A row of a data table: shown, never a claim. */
  TABLE_ROW,
  /** One entry of the reference list. */
  REFERENCE_ENTRY,
  /** "See also", "External links" and similar pointers to elsewhere. */
  NAVIGATION,
  /** Site furniture such as "No comments:" or "Post a Comment". */
  BOILERPLATE
}
