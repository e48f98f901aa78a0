package dev.claimcheck.model;

import java.io.Serializable;

/**
 * One structural unit of a document: a heading, a paragraph, a list item, an infobox line, a
 * reference entry.
 *
 * @param kind what the block is
 * @param span where the block's raw text lies in the document
 * @param text the block's text, cleaned of copy-paste artefacts (a heading's trailing "edit",
 *     a bullet sign); for paragraphs and list items exactly the text under {@code span}
 * @param section the heading the block stands under, or {@code ""} for the lead
 * @param anchor the source's own id for the block (a reference entry's {@code cite_note-…}),
 *     or null
 * @param given for a reference entry whose source gave its fields beside its text (a citation
 *     template, COinS), those fields; else null, and the entry's text is all there is
 */
public record Block(BlockKind kind, Span span, String text, String section, String anchor,
    GivenFields given) implements Serializable {

  /** A block whose text is all there is to it. */
  public Block(BlockKind kind, Span span, String text, String section, String anchor) {
    this(kind, span, text, section, anchor, null);
  }

  public Block {
    if (kind == null || span == null || text == null || section == null) {
      throw new IllegalArgumentException("block fields must not be null");
    }
  }

  /** Whether sentences of this block may become claims. */
  public boolean isProse() {
    return kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM;
  }
}
