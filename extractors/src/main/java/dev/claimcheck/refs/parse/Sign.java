package dev.claimcheck.refs.parse;

/** What the parse of an entry has seen that tells what kind of work it cites. */
enum Sign {
  /** The title stood in quotes: a part of a larger work. */
  TITLE_QUOTED,
  /** A volume, an issue or a journal's run of details. */
  JOURNAL,
  /** "In" a larger work, or "edited by" after a book's name. */
  CHAPTER,
  /** A thesis or dissertation mark. */
  THESIS,
  /** A report, paper or brief mark. */
  REPORT,
  /** A "Place: Publisher" item. */
  PLACE_AND_PUBLISHER,
  /** An "Archived from the original" note. */
  ARCHIVED
}
