package dev.claimcheck.model;

import java.io.Serializable;

/**
 * One sentence of a prose block.
 *
 * @param span the sentence in the document, including citation markers that follow its full
 *     stop
 * @param block index of the block in {@link Document#blocks()}
 * @param index position of the sentence within its block, from 0
 */
public record Sentence(Span span, int block, int index) implements Serializable {

  public Sentence {
    if (span == null || block < 0 || index < 0) {
      throw new IllegalArgumentException("bad sentence");
    }
  }
}
