package dev.claimcheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads {@code \n}-terminated lines as bytes, knowing where each starts. Not thread-safe. */
final class ByteLineReader {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
  private int position;
  private int limit;
  private long consumed;
  private long lineStart;

  ByteLineReader(InputStream in) {
    this.in = in;
  }

  /** The next line without its line end, or null at the end of input. */
  byte[] next() throws IOException {
    line.reset();
    lineStart = consumed;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return line.size() > 0 ? line.toByteArray() : null;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      line.write(buffer, start, position - start);
      consumed += position - start;
      if (position < limit) {
        position++;
        consumed++;
        return line.toByteArray();
      }
    }
  }

  /** Byte offset of the line last returned. */
  long lineStart() {
    return lineStart;
  }
}
