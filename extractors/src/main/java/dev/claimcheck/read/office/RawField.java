package dev.claimcheck.read.office;

import java.util.List;

/**
 * A field as a word processor stores it: its instruction ({@code ADDIN ZOTERO_ITEM CSL_CITATION
 * {…}}, {@code CITATION Smi19 \l 1033}) and the result it shows, paragraph by paragraph.
 *
 * @param instruction the field's code
 * @param paragraphs the shown result's text, one string per paragraph it spans
 */
record RawField(String instruction, List<String> paragraphs) {

  RawField {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The shown result as one line. */
  String result() {
    return String.join(" ", paragraphs).replaceAll("\\s+", " ").strip();
  }
}
