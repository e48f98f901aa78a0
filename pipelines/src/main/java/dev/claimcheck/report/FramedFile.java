package dev.claimcheck.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records kept in a file while a report is written, each framed by its length, read back in the
 * order they were added as often as needed: what lets the writers hold lists of any length
 * with flat memory ({@link DocumentList}, {@link RowFile}). Not thread-safe.
 */
final class FramedFile implements Closeable {
  /** What is done with each record read back. */
  interface Visitor {
    void visit(byte[] record) throws IOException;
  }

  private final Path file;
  private DataOutputStream out;
  private long records;

  /** A file of records at {@code file}, created or emptied. */
  FramedFile(Path file) throws IOException {
    this.file = file;
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /** Adds a record at the end. */
  void add(byte[] record) throws IOException {
    out.writeInt(record.length);
    out.write(record);
    records++;
  }

  /** How many records were added. */
  long size() {
    return records;
  }

  /** Reads the records back in order (after which none may be added), stopping after {@code limit}. */
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
        visitor.visit(in.readNBytes(length));
      }
    }
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
