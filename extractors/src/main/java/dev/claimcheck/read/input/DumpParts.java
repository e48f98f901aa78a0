package dev.claimcheck.read.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.claimcheck.read.wiki.WikiDumpReader;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Cuts a multistream bz2 wiki dump into parts that are read independently, so one large dump
 * keeps every worker busy. Such a dump (Wikimedia's {@code pages-articles-multistream}) is a
 * chain of bz2 streams, each holding whole pages; a stream starts at a byte boundary with the
 * bz2 header and the block magic, which is what is looked for. A part is a run of whole streams
 * of about {@link #PART_BYTES}, and a cut is only made where the stream there begins with a
 * {@code <page>} element: a dump compressed in parallel ({@code pbzip2}, {@code lbzip2}) has
 * streams that start mid-page, and stays one part. Anything that is not a bz2 wiki dump stays
 * whole. Stateless.
 */
public final class DumpParts {
  /**
   * The compressed size a part aims at, whatever the dump's size (a few hundred pages): what a
   * worker holds of one part stays the same from a small dump to a whole wiki.
   */
  public static final long PART_BYTES = 256 * 1024;
  /** A dump smaller than this is read whole. */
  public static final long MIN_SPLIT_BYTES = 2 * PART_BYTES;
  /** "BZh", a block size digit, then the first block's magic (the digits of pi). */
  private static final byte[] MAGIC = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
  private static final int HEADER = 4;
  private static final int HEAD_CHARS = 4096;

  private DumpParts() {}

  /** Each input as it is, or, for a multistream bz2 wiki dump, its parts in order. */
  public static List<InputFile> split(List<InputFile> inputs) {
    List<InputFile> out = new ArrayList<>();
    for (InputFile input : inputs) {
      out.addAll(split(input));
    }
    return out;
  }

  /** The input as it is, or, for a multistream bz2 wiki dump, its parts in order. */
  public static List<InputFile> split(InputFile input) {
    return split(input, MIN_SPLIT_BYTES, PART_BYTES);
  }

  /** The input in parts of about {@code target} bytes when it has {@code minBytes} or more. */
  static List<InputFile> split(InputFile input, long minBytes, long target) {
    if (input.problem() != null || input.part() != null) {
      return List.of(input);
    }
    try {
      Path path = Path.of(input.path());
      long size = Files.size(path);
      if (size < minBytes || !isWikiDump(path)) {
        return List.of(input);
      }
      List<Long> starts = cuts(path, size, target);
      if (starts.size() < 2) {
        return List.of(input);
      }
      List<InputFile> parts = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        long end = i + 1 < starts.size() ? starts.get(i + 1) : size;
        parts.add(input.withPart(new InputFile.Part(starts.get(i), end - starts.get(i), i, starts.size())));
      }
      return parts;
    } catch (IOException | RuntimeException e) {
      // Whatever keeps the file from being cut is met again, and recorded, when it is read whole.
      return List.of(input);
    }
  }

  /**
   * Opens one part as the XML it holds: its streams decompressed (on a thread of their own, by
   * {@code ahead}), with the root element's start added before a part that lacks it and its end
   * after a part that lacks it, so that each part is a whole document.
   */
  static InputStream open(InputFile input, java.util.function.Function<InputStream, InputStream> ahead)
      throws IOException {
    InputFile.Part part = input.part();
    FileChannel channel = FileChannel.open(Path.of(input.path()), StandardOpenOption.READ);
    InputStream compressed = range(channel, part.offset(), part.length());
    InputStream xml = ahead.apply(new BZip2CompressorInputStream(new BufferedInputStream(compressed, 1 << 16), true));
    List<InputStream> pieces = new ArrayList<>();
    if (part.index() > 0) {
      pieces.add(new java.io.ByteArrayInputStream("<mediawiki>\n".getBytes(StandardCharsets.UTF_8)));
    }
    pieces.add(xml);
    if (part.index() < part.count() - 1) {
      pieces.add(new java.io.ByteArrayInputStream("</mediawiki>\n".getBytes(StandardCharsets.UTF_8)));
    }
    return new SequenceInputStream(Collections.enumeration(pieces)) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          channel.close();
        }
      }
    };
  }

  /** The bytes of {@code channel} from {@code from} on, {@code length} of them. */
  private static InputStream range(FileChannel channel, long from, long length) {
    return new InputStream() {
      private long at = from;
      private final long end = from + length;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at >= end) {
          return -1;
        }
        int n = channel.read(java.nio.ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
        if (n > 0) {
          at += n;
        }
        return n;
      }
    };
  }

  /** Whether the file is bz2 whose text starts as a MediaWiki export. */
  private static boolean isWikiDump(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      in.mark(HEADER + MAGIC.length);
      byte[] header = in.readNBytes(HEADER + MAGIC.length);
      in.reset();
      if (!isStreamStart(header, 0)) {
        return false;
      }
      return WikiDumpReader.isDump(head(new BZip2CompressorInputStream(in, false)));
    }
  }

  /**
   * The offsets where parts start: 0, then the first usable stream start after each part has
   * reached {@code target} bytes.
   */
  private static List<Long> cuts(Path path, long size, long target) throws IOException {
    List<Long> cuts = new ArrayList<>();
    cuts.add(0L);
    byte[] buffer = new byte[1 << 16];
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long from = target;
      while (from < size) {
        long start = nextStreamStart(channel, from, size, buffer);
        if (start < 0) {
          break;
        }
        if (startsWithPage(channel, start)) {
          cuts.add(start);
          from = start + target;
        } else {
          from = start + 1;
        }
      }
    }
    return cuts;
  }

  /** The offset of the first bz2 stream header at or after {@code from}, or -1. */
  private static long nextStreamStart(FileChannel channel, long from, long size, byte[] buffer)
      throws IOException {
    long at = from;
    while (at < size) {
      java.nio.ByteBuffer view = java.nio.ByteBuffer.wrap(buffer);
      int n = 0;
      while (view.hasRemaining()) {
        int r = channel.read(view, at + n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      int window = HEADER + MAGIC.length;
      for (int i = 0; i + window <= n; i++) {
        if (buffer[i] == 'B' && isStreamStart(buffer, i)) {
          return at + i;
        }
      }
      if (n < buffer.length) {
        return -1;
      }
      at += n - window + 1;
    }
    return -1;
  }

  private static boolean isStreamStart(byte[] b, int i) {
    if (b.length < i + HEADER + MAGIC.length || b[i] != 'B' || b[i + 1] != 'Z' || b[i + 2] != 'h'
        || b[i + 3] < '1' || b[i + 3] > '9') {
      return false;
    }
    for (int k = 0; k < MAGIC.length; k++) {
      if (b[i + HEADER + k] != MAGIC[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the stream at {@code offset} decompresses to text that begins with a page. */
  private static boolean startsWithPage(FileChannel channel, long offset) {
    try {
      InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(offset)), 1 << 16);
      String head = head(new BZip2CompressorInputStream(in, false)).stripLeading();
      return head.startsWith("<page>") || head.startsWith("<page ");
    } catch (IOException | RuntimeException e) {
      return false; // not a stream after all: no cut here
    }
  }

  private static String head(InputStream in) throws IOException {
    return new String(in.readNBytes(HEAD_CHARS), StandardCharsets.UTF_8);
  }
}
