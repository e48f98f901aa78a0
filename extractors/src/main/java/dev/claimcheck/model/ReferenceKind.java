package dev.claimcheck.model;

import java.util.Locale;

/** What kind of work a reference points at. Output names are the lower-case enum names. */
public enum ReferenceKind {
  BOOK,
  CHAPTER,
  JOURNAL,
  NEWS,
  WEB,
  REPORT,
  THESIS,
  OTHER;

  /** The name used in outputs, such as {@code book}. */
  public String outputName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
