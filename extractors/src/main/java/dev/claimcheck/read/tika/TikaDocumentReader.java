package dev.claimcheck.read.tika;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.CitationFields;
import dev.claimcheck.read.DocumentReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.TextDecoder;
import dev.claimcheck.read.html.HtmlReader;
import dev.claimcheck.read.office.OfficeCitations;
import java.io.ByteArrayInputStream;
import java.util.Set;
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
 * characters (a PDF drawing its columns row by row re-read in column order by
 * {@link ColumnReading}), {@link DocumentLayout} recovers what the conversion flattens (PDF
 * headings, footnotes), a Word or OpenDocument file's citation fields are read beside it
 * ({@link OfficeCitations}), and the HTML reader's document rules make the blocks. Encrypted,
 * corrupt documents become failure records, an over-long one a truncated document; the time
 * budget is kept by {@code ArticleReading} for every format. Thread-safe.
 */
public final class TikaDocumentReader implements DocumentReader {
  private static final AutoDetectParser PARSER = new AutoDetectParser();

  private final ReadLimits limits;
  private final HtmlReader html;

  /** A reader with the given limits; the time budget is the caller's ({@code ArticleReading}). */
  public TikaDocumentReader(ReadLimits limits) {
    this.limits = limits;
    this.html = new HtmlReader(limits);
  }

  @Override
  public Outcome<Document> read(String source, byte[] bytes) {
    Metadata metadata = new Metadata();
    ToXMLContentHandler xhtml = new ToXMLContentHandler();
    WriteOutContentHandler bounded = new WriteOutContentHandler(xhtml, limits.maxDocumentChars());
    boolean truncated = false;
    try {
      PARSER.parse(new ByteArrayInputStream(bytes), bounded, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      return failed(source, "encrypted", "the document is encrypted: " + message(e));
    } catch (Exception e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else {
        return failed(source, "corrupt", "the document cannot be converted ("
            + e.getClass().getSimpleName() + "): " + message(e));
      }
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    String format = type == null ? "application/octet-stream" : type.replaceFirst(";.*", "").strip();
    // A PDF that draws its two columns row by row is re-read in column order.
    String converted = format.equals("application/pdf") && !truncated
        ? ColumnReading.xhtml(bytes).orElseGet(xhtml::toString) : xhtml.toString();
    String layedOut = DocumentLayout.of(converted, format);
    return html.readConverted(source, format, layedOut, title(metadata),
        date(metadata.get(TikaCoreProperties.CREATED)),
        metadata.get(TikaCoreProperties.LANGUAGE), truncated, citationFields(format, bytes));
  }

  /** The citation-manager fields of a Word or OpenDocument text; none for other formats. */
  private static CitationFields citationFields(String format, byte[] bytes) {
    return format.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
        || format.startsWith("application/vnd.oasis.opendocument.text")
        ? OfficeCitations.read(bytes) : CitationFields.NONE;
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

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/pdf", "application/msword", "application/rtf", "text/rtf",
        "application/epub+zip", "application/x-tika-msoffice", "application/x-tika-ooxml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.*",
        "application/vnd.oasis.opendocument.text*", "application/vnd.ms-word*",
        "application/x-mspublisher");
  }
}
