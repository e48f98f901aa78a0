package dev.claimcheck.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an input that holds many documents, streaming: memory stays bounded by one entry
 * whatever the input's size. Each entry is handed to {@link EntryReading#readEntry} so that
 * its content is read like a file of its type. Implementations are stateless and thread-safe.
 */
public interface ContainerReader {

  /**
   * Reads every entry of {@code in}, reporting each to {@code sink}. A damaged entry is a
   * failure for that entry; the reader goes on to the next one where the format allows.
   *
   * @throws IOException when the input cannot be read any further
   */
  void read(String source, InputStream in, EntryReading reading, ReadSink sink) throws IOException;

  /**
   * Whether this reader reads the stream: by its detected media type, its name, or the start
   * of its text (the first 2 KB, byte order mark and leading space removed).
   */
  boolean recognizes(String mediaType, String name, String start);
}
