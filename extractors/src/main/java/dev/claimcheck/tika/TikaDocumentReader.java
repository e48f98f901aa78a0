package dev.claimcheck.tika;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.DocumentReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.TextDecoder;
import dev.claimcheck.read.html.HtmlReader;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Reads PDF, Word, OpenDocument, RTF and EPUB documents: Tika turns them into XHTML, bounded in
 * characters and in time, {@link DocumentLayout} recovers what the conversion flattens (PDF
 * headings, footnotes), and the HTML reader's document rules make the blocks. Encrypted,
 * corrupt and over-long documents become failure records. Thread-safe: parses run on a shared
 * pool of daemon threads, so that a parse over its time budget can be abandoned.
 */
public final class TikaDocumentReader implements DocumentReader {
  /** Time one document may take to convert. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  private static final AutoDetectParser PARSER = new AutoDetectParser();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "claimcheck-tika");
    thread.setDaemon(true);
    return thread;
  });

  private final ReadLimits limits;
  private final Duration budget;
  private final HtmlReader html;

  /** A reader with the given limits and the default time budget. */
  public TikaDocumentReader(ReadLimits limits) {
    this(limits, DEFAULT_BUDGET);
  }

  /** A reader with the given limits and time budget per document. */
  public TikaDocumentReader(ReadLimits limits, Duration budget) {
    this.limits = limits;
    this.budget = budget;
    this.html = new HtmlReader(limits);
  }

  @Override
  public String format() {
    return "application/pdf";
  }

  @Override
  public Outcome<Document> read(String source, byte[] bytes) {
    Metadata metadata = new Metadata();
    ToXMLContentHandler xhtml = new ToXMLContentHandler();
    WriteOutContentHandler bounded = new WriteOutContentHandler(xhtml, limits.maxDocumentChars());
    Future<?> parse = WORKERS.submit(() -> {
      PARSER.parse(new ByteArrayInputStream(bytes), bounded, metadata, new ParseContext());
      return null;
    });
    boolean truncated = false;
    try {
      parse.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      return failed(source, "timeout", "converting the document took over "
          + budget.toSeconds() + " s");
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      return failed(source, "interrupted", "reading was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (WriteLimitReachedException.isWriteLimitReached(cause)) {
        truncated = true;
      } else if (cause instanceof EncryptedDocumentException) {
        return failed(source, "encrypted", "the document is encrypted: " + message(cause));
      } else {
        return failed(source, "corrupt", "the document cannot be converted ("
            + cause.getClass().getSimpleName() + "): " + message(cause));
      }
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    String format = type == null ? "application/octet-stream" : type.replaceFirst(";.*", "").strip();
    String layedOut = DocumentLayout.of(xhtml.toString(), format);
    return html.readConverted(source, format, layedOut, title(metadata),
        date(metadata.get(TikaCoreProperties.CREATED)),
        metadata.get(TikaCoreProperties.LANGUAGE), truncated);
  }

  /** The document's title, unless it is a file name a tool left there. */
  private static String title(Metadata metadata) {
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()
        || title.matches("(?i)(?:microsoft (?:word|powerpoint) - )?.*\\.(?:docx?|pdf|odt|rtf|tex|dvi)")) {
      return null;
    }
    return title.strip();
  }

  private static String date(String created) {
    return created == null || !created.matches("\\d{4}-\\d{2}-\\d{2}.*") ? null : created.substring(0, 10);
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getName() : m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private static Outcome<Document> failed(String source, String errorClass, String message) {
    return Outcome.failed(new Failure(source, TextDecoder.STAGE, errorClass, message));
  }
}
