package dev.claimcheck.dates.eval;

import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Document;
import dev.claimcheck.read.DocumentBuilder;
import dev.claimcheck.read.ReadLimits;
import java.util.List;

/**
 * A document with human TIMEX3 annotation: its paragraphs as plain text, the document
 * creation time, and the expected expressions with offsets into {@link #text()}.
 *
 * @param id the document's name
 * @param style the kind of text (news, encyclopedia, blog, legal, references, seeds, non-dates)
 * @param documentDate the document creation time (ISO), or null
 * @param language the document's language tag, or null
 * @param paragraphs the paragraphs, white space folded
 * @param gold the expected expressions, offsets into the paragraphs joined by blank lines
 */
public record AnnotatedDocument(String id, String style, String documentDate, String language,
    List<String> paragraphs, List<Timex> gold) {

  public AnnotatedDocument {
    paragraphs = List.copyOf(paragraphs);
    gold = List.copyOf(gold);
  }

  /** The paragraphs joined by blank lines: the text the offsets point into. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** The document as claimcheck's readers would build it: one paragraph block per paragraph. */
  public Document document() {
    DocumentBuilder builder = new DocumentBuilder(id, "text/plain", ReadLimits.DEFAULT.maxDocumentChars())
        .published(documentDate).language(language);
    for (String p : paragraphs) {
      builder.block(BlockKind.PARAGRAPH, p, null);
    }
    Document document = builder.build();
    if (!document.text().equals(text())) {
      throw new IllegalStateException(id + ": the built document's text differs from the annotated text");
    }
    return document;
  }
}
