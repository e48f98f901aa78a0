package dev.claimcheck.read.input;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.CollectingSink;
import dev.claimcheck.read.ContainerReader;
import dev.claimcheck.read.DocumentReader;
import dev.claimcheck.read.Entry;
import dev.claimcheck.read.EntryReading;
import dev.claimcheck.read.MediaTypes;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.read.TextDecoder;
import dev.claimcheck.read.html.HtmlReader;
import dev.claimcheck.read.jsonl.JsonLinesReader;
import dev.claimcheck.read.text.PlainTextReader;
import dev.claimcheck.read.tika.FormatDetector;
import dev.claimcheck.read.tika.TikaDocumentReader;
import dev.claimcheck.read.warc.WarcArchiveReader;
import dev.claimcheck.read.wiki.WikiDumpReader;
import dev.claimcheck.read.wiki.WikitextReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Reads one input file: compression undone as a stream ({@code .gz}, {@code .bz2}), the format
 * detected from the content, containers (wiki dumps, web archives, JSON Lines) streamed entry
 * by entry, single documents read whole under the size bound and handed to the reader of
 * their format. Every problem is an outcome, never a throw. Thread-safe.
 */
public final class ArticleReading implements EntryReading {
  private static final int SNIFF_BYTES = 64 * 1024;
  /**
   * What no document reader reads, refused as unsupported with its type named: containers and
   * compressed data, and structured text that is not prose (generic XML such as JATS or TimeML,
   * tables, YAML, JSON that is no article record, Markdown). A reader is chosen for a type it
   * declares, never for text that merely decodes.
   */
  private static final Set<String> REFUSED = Set.of("application/xml", "text/xml", "text/csv",
      "text/tab-separated-values", "text/x-yaml", "application/x-yaml", "application/yaml", "text/yaml",
      "text/x-web-markdown", "text/markdown", "application/json", "application/zip", "application/x-7z-compressed",
      "application/x-rar-compressed", "application/vnd.rar", "application/x-tar",
      "application/java-archive", "application/x-xz", "application/zstd", "application/x-lzma",
      "application/vnd.openxmlformats-officedocument.spreadsheetml*",
      "application/vnd.openxmlformats-officedocument.presentationml*", "application/vnd.ms-excel*",
      "application/vnd.ms-powerpoint*", "application/vnd.oasis.opendocument.spreadsheet*",
      "application/vnd.oasis.opendocument.presentation*", "application/warc",
      "application/x-bzip2", "application/gzip",
      // Program source is text, but no article: its comments and strings are not claims.
      "text/x-python", "text/x-java-source", "text/x-java", "text/javascript", "application/javascript",
      "text/x-csrc", "text/x-chdr", "text/x-c++src", "text/x-c++hdr", "text/x-csharp", "text/x-go",
      "text/x-rustsrc", "text/x-ruby", "text/x-perl", "text/x-php", "application/x-httpd-php",
      "text/x-kotlin", "text/x-scala", "text/x-sql", "application/sql", "application/x-sh",
      "text/x-sh", "text/css", "text/x-groovy", "text/x-lua", "text/x-haskell");

  private final ReadLimits limits;
  private final java.time.Duration budget;
  private final DocumentReader plainText;
  private final DocumentReader html;
  private final List<DocumentReader> readers;
  private final List<ContainerReader> containers;

  /** Reading under the given limits and the default time budget per document. */
  public ArticleReading(ReadLimits limits) {
    this(limits, dev.claimcheck.model.DocumentBudget.DEFAULT.reading());
  }

  /** Reading under the given limits and time budget per document. */
  public ArticleReading(ReadLimits limits, java.time.Duration budget) {
    this.limits = limits;
    this.budget = budget;
    this.plainText = new PlainTextReader(limits);
    this.html = new HtmlReader(limits);
    this.readers = List.of(html, new TikaDocumentReader(limits), new WikitextReader(limits));
    this.containers = List.of(new WarcArchiveReader(), new JsonLinesReader(), new WikiDumpReader(limits));
  }

  /** The limits reading works under. */
  @Override
  public ReadLimits limits() {
    return limits;
  }

  /** Reads every document of {@code input} into {@code sink}. */
  public void read(InputFile input, ReadSink sink) {
    if (input.problem() != null) {
      sink.accept(failed(input.source(), input.problem().errorClass(), input.problem().message()));
      return;
    }
    Path path = Path.of(input.path());
    String name = path.getFileName().toString();
    List<ReadAhead> threads = new java.util.ArrayList<>();
    try (InputStream file = input.part() == null ? Files.newInputStream(path) : DumpParts.open(input, s -> {
      ReadAhead ahead = new ReadAhead(s, input.source() + " part " + input.part().index());
      threads.add(ahead);
      return ahead;
    })) {
      InputStream in = new BufferedInputStream(file, SNIFF_BYTES);
      boolean compressed = input.part() != null;
      if (compressed) {
        name = name.replaceFirst("(?i)\\.bz2$", "");
      }
      String type = sniff(in, name);
      for (int layer = 0; layer < 2; layer++) {
        if (type.equals("application/gzip") || type.equals("application/x-gzip")) {
          in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), SNIFF_BYTES);
          name = name.replaceFirst("(?i)\\.(?:gz|tgz)$", "");
        } else if (type.equals("application/x-bzip2")) {
          // bz2 decompression costs as much as reading what it gives: it runs on its own thread.
          ReadAhead ahead = new ReadAhead(new BZip2CompressorInputStream(in, true), input.source());
          threads.add(ahead);
          in = new BufferedInputStream(ahead, SNIFF_BYTES);
          name = name.replaceFirst("(?i)\\.bz2$", "");
        } else {
          break;
        }
        compressed = true;
        type = sniff(in, name);
      }
      ContainerReader container = containerFor(in, type, name);
      if (container != null) {
        container.read(input.source(), in, this, sink);
        return;
      }
      if (!compressed && Files.size(path) > limits.maxInputBytes()) {
        sink.accept(failed(input.source(), "too-large", "the input has " + Files.size(path)
            + " bytes, over the limit of " + limits.maxInputBytes()));
        return;
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
      if (bytes.length > limits.maxInputBytes()) {
        sink.accept(failed(input.source(), "too-large",
            "decompresses to over " + limits.maxInputBytes() + " bytes"));
        return;
      }
      sink.accept(readEntry(new Entry(input.source(), bytes, name, type, null, null, null, null)));
    } catch (IOException e) {
      // The message names the input as the outputs do, never by where it lies on this machine.
      String message = e.getMessage() == null ? "" : e.getMessage().replace(input.path(), input.source());
      sink.accept(failed(input.source(), e instanceof java.util.zip.ZipException
          || e.getClass().getName().contains("compress") ? "compression" : "io",
          e.getClass().getSimpleName() + ": " + message));
    } catch (RuntimeException | Error e) {
      // A reader bug or a stack overflow on one input is that input's record, not the run's end.
      sink.accept(Outcome.failed(Failure.caught(input.source(), TextDecoder.STAGE, e)));
    } finally {
      for (ReadAhead ahead : threads) {
        try {
          ahead.close(); // stops its thread however reading ended
        } catch (IOException ignored) {
          // the file is closed with the try; nothing is left to release
        }
      }
    }
  }

  /** Every outcome of {@code input}, in order: for tests and tools reading a few files. */
  public List<Outcome<Document>> readAll(InputFile input) {
    CollectingSink sink = new CollectingSink();
    read(input, sink);
    return sink.outcomes();
  }

  /** Reads one entry (or a whole single-document file) by its format. */
  @Override
  public Outcome<Document> readEntry(Entry entry) {
    if (entry.content().length > limits.maxInputBytes()) {
      return failed(entry.source(), "too-large", "the entry has " + entry.content().length
          + " bytes, over the limit of " + limits.maxInputBytes());
    }
    String type = entry.mediaType() != null && !entry.mediaType().equals("application/octet-stream")
        ? entry.mediaType() : FormatDetector.detect(entry.content(), entry.name());
    DocumentReader reader = readerFor(type, entry.name());
    if (reader == null) {
      return failed(entry.source(), "unsupported", "no reader for " + type);
    }
    byte[] content = entry.content();
    if (reader == html) {
      // Binary data is refused whatever its name says; UTF-16 gets the mark the parser reads.
      String binary = TextDecoder.binaryReason(content);
      if (binary != null) {
        return failed(entry.source(), "binary", binary);
      }
      content = TextDecoder.withByteOrderMark(content);
    }
    byte[] bytes = content;
    Outcome<Document> read;
    try {
      read = TimeBudget.run(() -> reader.read(entry.source(), bytes, entry.baseUri()),
          budget).orElse(null);
    } catch (java.util.concurrent.ExecutionException e) {
      return Outcome.failed(Failure.caught(entry.source(), TextDecoder.STAGE, e.getCause()));
    }
    if (read == null) {
      return failed(entry.source(), "timeout", "reading the document took over "
          + budget.toMillis() + " ms");
    }
    if (read.isOk() && (entry.title() != null || entry.published() != null || entry.retrieved() != null)) {
      Document d = read.value();
      return Outcome.ok(d.withMetadata(d.title() == null ? entry.title() : null,
          entry.published(), entry.retrieved()));
    }
    return read;
  }

  /**
   * The reader for a media type: the first that declares the type; none for a refused type;
   * else the first that takes the file's extension. Images, audio and unknown bytes go to the
   * plain-text reader, which refuses what is not text with a precise reason.
   */
  private DocumentReader readerFor(String type, String name) {
    for (DocumentReader reader : readers) {
      if (MediaTypes.matches(reader.mediaTypes(), type)) {
        return reader;
      }
    }
    if (MediaTypes.matches(REFUSED, type)) {
      return null;
    }
    String extension = name == null ? "" : MediaTypes.extension(name);
    for (DocumentReader reader : readers) {
      if (reader.extensions().contains(extension)) {
        return reader;
      }
    }
    return plainText;
  }

  /** The container reader for the stream's content, or null for a single document. */
  private ContainerReader containerFor(InputStream in, String type, String name) throws IOException {
    String start = head(in, 2048).stripLeading();
    if (start.startsWith("\ufeff")) {
      start = start.substring(1);
    }
    for (ContainerReader container : containers) {
      if (container.recognizes(type, name, start)) {
        return container;
      }
    }
    return null;
  }

  /** The media type of the stream's first bytes; the stream is left where it was. */
  private static String sniff(InputStream in, String name) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    return FormatDetector.detect(head, name);
  }

  private static String head(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return new String(head, StandardCharsets.UTF_8);
  }

  private static Outcome<Document> failed(String source, String errorClass, String message) {
    return Outcome.failed(new Failure(source, TextDecoder.STAGE, errorClass, message));
  }
}
