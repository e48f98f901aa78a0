package dev.claimcheck.read.warc;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.Entry;
import dev.claimcheck.read.EntryReading;
import dev.claimcheck.read.ContainerReader;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.read.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads web archives (WARC, plain or gzipped) record by record: every response with status 200
 * whose payload is a page, a PDF or text is a document, named by the archive and its target
 * URI, dated by its capture. Revisits, other statuses and other media are skipped with a count;
 * requests, warcinfo and metadata records are not articles and are counted too. A record whose
 * body is shorter than its headers promise becomes a truncated document; an archive that breaks
 * off mid-record ends with a failure record. Stateless and thread-safe.
 */
public final class WarcArchiveReader implements ContainerReader {
  private static final Set<String> ARTICLE_TYPES = Set.of("text/html", "application/xhtml+xml",
      "application/pdf", "text/plain", "application/msword", "application/rtf", "text/rtf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.oasis.opendocument.text", "application/epub+zip");

  @Override
  public void read(String source, InputStream in, EntryReading reading, ReadSink sink)
      throws IOException {
    WarcReader warc = new WarcReader(in);
    warc.setLenient(true);
    while (true) {
      long position = warc.position();
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException | RuntimeException e) {
        sink.accept(failed(source, "warc", "the archive breaks off at byte " + position + ": "
            + printable(e.getMessage())));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      WarcRecord record = next.get();
      try {
        if (record instanceof WarcResponse response) {
          response(source, response, reading, sink);
        } else if (record instanceof WarcRevisit) {
          sink.skipped("warc-revisit");
        } else if (record instanceof WarcResource resource && web(target(resource.target()))) {
          entry(source, target(resource.target()), resource.date(),
              resource.contentType().base().toString(), resource.body().stream(), -1, reading, sink);
        } else {
          sink.skipped("warc-" + record.type().toLowerCase(Locale.ROOT));
        }
      } catch (IOException | RuntimeException e) {
        sink.accept(failed(source + "#" + safeTarget(record), "warc",
            "the record at byte " + position + " cannot be read: " + printable(e.getMessage())));
      }
    }
  }

  private void response(String source, WarcResponse response, EntryReading reading,
      ReadSink sink) throws IOException {
    String target = target(response.target());
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      sink.skipped("warc-response-not-http");
      return;
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      sink.skipped("warc-status-" + http.status());
      return;
    }
    MediaType type = http.contentType();
    String base = type == null || type.base().toString().isBlank() ? null
        : type.base().toString().toLowerCase(Locale.ROOT);
    if (base != null && !ARTICLE_TYPES.contains(base) && !base.equals("application/octet-stream")) {
      sink.skipped("warc-media-" + base.replaceAll("[^a-z0-9+.-]", "_"));
      return;
    }
    long promised = http.headers().first("Content-Length")
        .filter(v -> v.strip().matches("\\d{1,18}"))
        .map(v -> Long.parseLong(v.strip()))
        .orElse(-1L);
    boolean encoded = http.headers().first("Content-Encoding").isPresent()
        || http.headers().first("Transfer-Encoding").isPresent();
    entry(source, target, response.date(), base, http.bodyDecoded().stream(),
        encoded ? -1 : promised, reading, sink);
  }

  private void entry(String source, String target, Instant captured, String type,
      InputStream body, long promised, EntryReading reading, ReadSink sink) throws IOException {
    long max = reading.limits().maxInputBytes();
    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    String where = source + "#" + target;
    if (content.length > max) {
      sink.accept(failed(where, "too-large", "the record's body is over " + max + " bytes"));
      return;
    }
    String day = captured == null ? null : captured.toString().substring(0, 10);
    Outcome<Document> outcome = reading.readEntry(new Entry(where, content, target,
        type, web(target) ? target : null, null, null, day));
    if (outcome.isOk() && promised >= 0 && content.length < promised) {
      outcome = Outcome.ok(outcome.value().truncatedBecause("the archived body has "
          + content.length + " of the " + promised + " bytes its headers promise"));
    }
    sink.accept(outcome);
  }

  /** The target URI without the angle brackets some writers put around it. */
  private static String target(String raw) {
    if (raw == null) {
      return "unknown";
    }
    String t = raw.strip();
    return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
  }

  private static String safeTarget(WarcRecord record) {
    try {
      return record.headers().first("WARC-Target-URI").map(WarcArchiveReader::target).orElse("unknown");
    } catch (RuntimeException e) {
      return "unknown";
    }
  }

  /** A parser's message without the raw bytes some quote, bounded. */
  private static String printable(String message) {
    if (message == null) {
      return "no detail";
    }
    String clean = message.replaceAll("[^\\p{Print}\\p{L}]|\\\\x[0-9a-f]{2,8}", "");
    return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
  }

  private static boolean web(String target) {
    return target.startsWith("http://") || target.startsWith("https://");
  }

  private static Outcome<Document> failed(String where, String errorClass, String message) {
    return Outcome.failed(new Failure(where, TextDecoder.STAGE, errorClass, message));
  }

  @Override
  public boolean recognizes(String mediaType, String name, String start) {
    return mediaType.equals("application/warc") || mediaType.equals("application/warc+gz")
        || start.startsWith("WARC/");
  }
}
