package dev.claimcheck.model;

import java.io.Serializable;

/**
 * Who the text itself names as the source of a statement ("According to X", "X stated that").
 *
 * @param span where the attributing phrase stands
 * @param text the attributing phrase as written
 * @param source the named source: a person or organization when one is named, else the phrase
 * @param self whether the statement is attributed to its own subject ("its own official
 *     description")
 */
public record Attribution(Span span, String text, String source, boolean self) implements Serializable {

  public Attribution {
    if (span == null || text == null || source == null) {
      throw new IllegalArgumentException("attribution fields must not be null");
    }
  }
}
