package dev.claimcheck.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a report list (each a piece of HTML) kept in a file as they are made, so that memory
 * stays flat however many there are, then read back in the order they were added. Not
 * thread-safe.
 */
final class RowFile implements Closeable {
  /** What is done with each row read back. */
  interface Visitor {
    void visit(String row) throws IOException;
  }

  private final Path file;
  private DataOutputStream out;
  private long rows;

  /** A file of rows at {@code file}, created or emptied. */
  RowFile(Path file) throws IOException {
    this.file = file;
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 15));
  }

  /** Adds a row at the end. */
  void add(String row) throws IOException {
    byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
    rows++;
  }

  /** How many rows were added. */
  long size() {
    return rows;
  }

  /** Reads the rows back in order (after which none may be added), stopping after {@code limit}. */
  void forEach(long limit, Visitor visitor) throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (long read = 0; read < limit; read++) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          return;
        }
        visitor.visit(new String(in.readNBytes(length), StandardCharsets.UTF_8));
      }
    }
  }

  /** The first {@code limit} rows of the files in turn. */
  static List<String> first(List<RowFile> files, int limit) throws IOException {
    List<String> rows = new ArrayList<>();
    for (RowFile f : files) {
      f.forEach(limit - rows.size(), rows::add);
    }
    return rows;
  }

  /** Closes and deletes the file. */
  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
    Files.deleteIfExists(file);
  }
}
