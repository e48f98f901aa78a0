package dev.claimcheck.read.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code \n}-terminated lines as bytes, knowing where each starts. A line longer than the
 * bound is cut: its first {@code maxLine} bytes are returned, the rest skipped, and
 * {@link #overlong()} says so. Not thread-safe.
 */
public final class ByteLineReader {
  private final InputStream in;
  private final int maxLine;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
  private int position;
  private int limit;
  private long consumed;
  private long lineStart;
  private boolean overlong;

  /** Lines of any length. */
  public ByteLineReader(InputStream in) {
    this(in, Integer.MAX_VALUE - 8);
  }

  /** Lines of at most {@code maxLine} bytes kept. */
  public ByteLineReader(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The next line without its line end, or null at the end of input. */
  public byte[] next() throws IOException {
    line.reset();
    lineStart = consumed;
    overlong = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return line.size() > 0 || overlong ? line.toByteArray() : null;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int room = maxLine - line.size();
      int take = Math.min(room, position - start);
      line.write(buffer, start, take);
      overlong |= take < position - start;
      consumed += position - start;
      if (position < limit) {
        position++;
        consumed++;
        return line.toByteArray();
      }
    }
  }

  /** Byte offset of the line last returned. */
  public long lineStart() {
    return lineStart;
  }

  /** Whether the line last returned was cut at the bound. */
  public boolean overlong() {
    return overlong;
  }
}
