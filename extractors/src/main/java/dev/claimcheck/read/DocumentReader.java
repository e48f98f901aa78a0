package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import java.util.Set;

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

  /**
   * The media types this reader reads, as Tika's parsers declare theirs: a type, or a prefix
   * ending in {@code *} for a family ({@code application/vnd.ms-word*}). See {@link MediaTypes}.
   */
  Set<String> mediaTypes();

  /**
   * File-name extensions (lower case, no dot) this reader takes whatever the bytes are detected
   * as: formats a detector cannot tell from plain text, such as wikitext. Empty for most.
   */
  default Set<String> extensions() {
    return Set.of();
  }
}
