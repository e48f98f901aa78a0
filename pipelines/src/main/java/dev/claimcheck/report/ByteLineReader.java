package dev.claimcheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads {@code \n}-terminated lines as bytes, knowing where each starts. Not thread-safe. */
final class ByteLineReader {
  private final InputStream in;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private long position;
  private long lineStart;

  ByteLineReader(InputStream in) {
    this.in = in;
  }

  /** The next line without its line end, or null at the end of input. */
  byte[] next() throws IOException {
    buffer.reset();
    lineStart = position;
    int b;
    while ((b = in.read()) != -1) {
      position++;
      if (b == '\n') {
        return buffer.toByteArray();
      }
      buffer.write(b);
    }
    return buffer.size() > 0 ? buffer.toByteArray() : null;
  }

  /** Byte offset of the line last returned. */
  long lineStart() {
    return lineStart;
  }
}
