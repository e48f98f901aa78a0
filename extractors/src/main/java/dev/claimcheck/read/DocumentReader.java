package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;

/**
 * Turns the bytes of one input into a {@link Document}. One implementation per format.
 *
 * <p>A reader never throws on bad data: unreadable input is a failed {@link Outcome}.
 * Implementations are stateless and thread-safe.
 */
public interface DocumentReader {

  /**
   * Reads one input.
   *
   * @param source the input's name, used for the document id and in failure records
   * @param bytes the whole input
   */
  Outcome<Document> read(String source, byte[] bytes);

  /**
   * Reads one input that was fetched from {@code baseUri} (a web archive's record): relative
   * links resolve against it. Readers without links ignore it.
   */
  default Outcome<Document> read(String source, byte[] bytes, String baseUri) {
    return read(source, bytes);
  }
}
