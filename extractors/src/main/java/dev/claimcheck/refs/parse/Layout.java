package dev.claimcheck.refs.parse;

/** How an entry's fields are laid out, as its head shows. */
enum Layout {
  /** Fields end at full stops (APA, Harvard, MLA, Vancouver …). */
  ORDINARY,
  /** A note: "A. Author, Title (Place: Publisher, Year), page" (Chicago notes). */
  NOTE,
  /** CS2: each comma ends a field ("Rincon, Paul (8 April 2004), Claws …, BBC News"). */
  FIELDS_BY_COMMA
}
