package dev.claimcheck.read.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A stream read ahead on a thread of its own, in chunks, a bounded number of them waiting: a
 * decompressor (bz2 costs as much as parsing what it gives) works while the reader parses what
 * came before, so a single compressed input keeps two cores busy. Errors of the stream below
 * are thrown to the reader where they fall. Closing stops the thread. Not thread-safe (one
 * reader).
 */
final class ReadAhead extends InputStream {
  private static final int CHUNK = 1 << 16;
  private static final int WAITING = 16;
  private static final byte[] END = new byte[0];

  private final InputStream in;
  private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(WAITING);
  private final Thread thread;
  private byte[] current = new byte[0];
  private int at;
  private boolean ended;
  private volatile boolean closed;

  ReadAhead(InputStream in, String name) {
    this.in = in;
    this.thread = new Thread(this::fill, "claimcheck-read-ahead " + name);
    thread.setDaemon(true);
    thread.start();
  }

  private void fill() {
    try {
      while (!closed) {
        byte[] chunk = in.readNBytes(CHUNK);
        if (chunk.length == 0) {
          chunks.put(END);
          return;
        }
        chunks.put(chunk.length == CHUNK ? chunk : Arrays.copyOf(chunk, chunk.length));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      try {
        chunks.put(e);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Makes the next chunk current; false at the end. */
  private boolean next() throws IOException {
    if (ended) {
      return false;
    }
    Object item;
    try {
      item = chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("reading was interrupted");
    }
    if (item instanceof IOException e) {
      ended = true;
      throw e;
    }
    if (item instanceof RuntimeException e) {
      ended = true;
      throw e;
    }
    current = (byte[]) item;
    at = 0;
    if (current.length == 0) {
      ended = true;
      return false;
    }
    return true;
  }

  @Override
  public int read() throws IOException {
    if (at >= current.length && !next()) {
      return -1;
    }
    return current[at++] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (at >= current.length && !next()) {
      return -1;
    }
    int n = Math.min(length, current.length - at);
    System.arraycopy(current, at, buffer, offset, n);
    at += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    thread.interrupt();
    chunks.clear();
    in.close();
  }
}
