package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import dev.claimcheck.read.html.HtmlReader;
import dev.claimcheck.tika.FormatDetector;

/**
 * Reads one input file into a document: the size bound, the bytes, the format detected from
 * the content, and the reader for it. HTML pages and plain text are read; documents whose
 * readers are not built yet (PDF, office formats, archives) become failure records naming
 * their type. Every failure is an outcome, never a throw. Thread-safe.
 */
public final class ArticleReading {
  private static final Pattern DOCUMENT_TYPES = Pattern.compile(
      "application/(?:pdf|msword|rtf|epub\\+zip|zip|gzip|x-gzip|x-bzip2|warc|x-tika-.*"
          + "|vnd\\.openxmlformats.*|vnd\\.oasis\\.opendocument.*|vnd\\.ms-.*)");

  private final ReadLimits limits;
  private final DocumentReader plainText;
  private final DocumentReader html;

  /** Reading under the given limits. */
  public ArticleReading(ReadLimits limits) {
    this.limits = limits;
    this.plainText = new PlainTextReader(limits);
    this.html = new HtmlReader(limits);
  }

  /**
   * The reader for a detected media type. Images, audio and unknown bytes go to the plain-text
   * reader, which refuses what is not text with a precise reason.
   */
  private Optional<DocumentReader> readerFor(String mediaType) {
    if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
      return Optional.of(html);
    }
    if (DOCUMENT_TYPES.matcher(mediaType).matches()) {
      return Optional.empty();
    }
    return Optional.of(plainText);
  }

  /** Decompresses gzip, refusing output over the input limit (a decompression bomb). */
  private Outcome<byte[]> gunzip(String source, byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
      if (out.length > limits.maxInputBytes()) {
        return Outcome.failed(new Failure(source, TextDecoder.STAGE, "too-large",
            "decompresses to over " + limits.maxInputBytes() + " bytes"));
      }
      return Outcome.ok(out);
    } catch (IOException e) {
      return Outcome.failed(new Failure(source, TextDecoder.STAGE, "compression",
          "corrupt gzip data: " + e.getMessage()));
    }
  }

  /** The document in {@code input}, or why it could not be read. */
  public Outcome<Document> read(InputFile input) {
    Path path = Path.of(input.path());
    try {
      long size = Files.size(path);
      if (size > limits.maxInputBytes()) {
        return Outcome.failed(new Failure(input.source(), TextDecoder.STAGE, "too-large",
            "the input has " + size + " bytes, over the limit of " + limits.maxInputBytes()));
      }
      byte[] bytes = Files.readAllBytes(path);
      String name = path.getFileName().toString();
      String type = FormatDetector.detect(bytes, name);
      if (type.equals("application/gzip") || type.equals("application/x-gzip")) {
        Outcome<byte[]> inflated = gunzip(input.source(), bytes);
        if (!inflated.isOk()) {
          return Outcome.failed(inflated.failure());
        }
        bytes = inflated.value();
        name = name.replaceFirst("(?i)\\.gz$", "");
        type = FormatDetector.detect(bytes, name);
      }
      byte[] content = bytes;
      String detected = type;
      return readerFor(type)
          .map(reader -> reader.read(input.source(), content))
          .orElseGet(() -> Outcome.failed(new Failure(input.source(), TextDecoder.STAGE,
              "unsupported", "no reader for " + detected + " yet")));
    } catch (IOException e) {
      return Outcome.failed(new Failure(input.source(), TextDecoder.STAGE, "io",
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }
}
