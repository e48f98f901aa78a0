package dev.claimcheck.results;

import dev.claimcheck.model.Analysis;
import java.io.Serializable;
import java.util.Map;

/**
 * A judged document with what the checks of its cited URLs found.
 *
 * @param analysis the document, its claims and references
 * @param checks the check of each reference whose URL was checked, by reference id
 */
public record CheckedDocument(Analysis analysis, Map<String, ReferenceCheck> checks) implements Serializable {

  public CheckedDocument {
    checks = Map.copyOf(checks);
  }

  /** A document whose sources were not checked. */
  public static CheckedDocument unchecked(Analysis analysis) {
    return new CheckedDocument(analysis, Map.of());
  }
}
