package dev.claimcheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a report list (each a piece of HTML) kept in a file as they are made ({@link
 * FramedFile}), so that memory stays flat however many there are, then read back in the order
 * they were added. Not thread-safe.
 */
final class RowFile implements Closeable {
  /** What is done with each row read back. */
  interface Visitor {
    void visit(String row) throws IOException;
  }

  private final FramedFile file;

  /** A file of rows at {@code file}, created or emptied. */
  RowFile(Path file) throws IOException {
    this.file = new FramedFile(file);
  }

  /** Adds a row at the end. */
  void add(String row) throws IOException {
    file.add(row.getBytes(StandardCharsets.UTF_8));
  }

  /** How many rows were added. */
  long size() {
    return file.size();
  }

  /** Reads the rows back in order (after which none may be added), stopping after {@code limit}. */
  void forEach(long limit, Visitor visitor) throws IOException {
    file.forEach(limit, bytes -> visitor.visit(new String(bytes, StandardCharsets.UTF_8)));
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
    file.close();
  }
}
