package dev.claimcheck.testing;

import java.util.stream.Stream;

/**
 * The citation-field fixtures in {@code fixtures/documents/citation-fields} that cite the same
 * five items in the same five citations (2, 1, 3, 1 and 1 items), numbered or author–year, with
 * or without a rendered bibliography (the name says "bibliography" when there is one).
 */
public final class CitationFieldFixtures {
  private CitationFieldFixtures() {}

  /** The fixtures' file names, for {@code @MethodSource}. */
  public static Stream<String> managed() {
    return Stream.of("zotero-numbered.docx", "zotero-numbered-bibliography.docx",
        "mendeley-author-year.docx", "mendeley-author-year-bibliography.docx",
        "zotero-author-year.odt", "zotero-author-year-bibliography.odt", "mendeley-numbered.odt",
        "mendeley-numbered-bibliography.odt", "mendeley-cite-bibliography.docx", "zotero-bookmarks.docx",
        "zotero-bookmarks.odt");
  }
}
