package dev.claimcheck.read;

import dev.claimcheck.model.Work;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a word processor's citation manager stored beside a document's text (Zotero, Mendeley,
 * EndNote fields; Word's own sources): each in-text citation as it is rendered with the items
 * it cites, and every cited item's fields. Readers of converted documents turn the citations
 * into markers and the items into reference entries.
 *
 * @param citations the in-text citations, in document order
 * @param items each cited item's fields by its key, in order of first citation
 * @param bibliography the entries of a rendered bibliography field, as written, or empty
 */
public record CitationFields(List<Citation> citations, Map<String, Work> items,
    List<String> bibliography) {

  /** A document without citation fields. */
  public static final CitationFields NONE = new CitationFields(List.of(), Map.of(), List.of());

  public CitationFields {
    citations = List.copyOf(citations);
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    bibliography = List.copyOf(bibliography);
  }

  /**
   * One in-text citation.
   *
   * @param written its text as the document shows it ({@code (1,2)}, {@code (Smith 2019)})
   * @param keys the keys of the items it cites, in order
   */
  public record Citation(String written, List<String> keys) {
    public Citation {
      keys = List.copyOf(keys);
    }
  }

  /** Whether the document had no citation field with an item. */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
