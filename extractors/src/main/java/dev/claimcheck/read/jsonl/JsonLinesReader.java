package dev.claimcheck.read.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.ContainerReader;
import dev.claimcheck.read.Entry;
import dev.claimcheck.read.EntryReading;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.read.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads JSON Lines article records, one object per line: {@code url}, {@code title},
 * {@code published}, and the article as {@code html} or {@code text}. A line that is not such
 * a record is a failure naming its line; blank lines are skipped; a line holding an array
 * gives a record per object. Streams: one line in memory at a time, each bounded by the input
 * size limit. A {@code .json} file that is one document over many lines (pretty-printed) is
 * read whole, within the same bound: an article record or an array of them gives its
 * documents, anything else one {@code unsupported} record. Stateless and thread-safe.
 */
public final class JsonLinesReader implements ContainerReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void read(String source, InputStream in, EntryReading reading, ReadSink sink)
      throws IOException {
    long max = reading.limits().maxInputBytes();
    ByteLineReader lines = new ByteLineReader(in, (int) Math.min(Integer.MAX_VALUE - 8, max));
    int number = 0;
    boolean first = true;
    byte[] line;
    while ((line = lines.next()) != null) {
      number++;
      String where = source + "#line-" + number;
      if (lines.overlong()) {
        sink.accept(failed(where, "too-large", "the record is over " + max + " bytes"));
        continue;
      }
      String json = new String(line, StandardCharsets.UTF_8).strip();
      if (json.isEmpty()) {
        continue;
      }
      JsonNode record;
      try {
        record = MAPPER.readTree(json);
      } catch (IOException e) {
        if (first && (json.startsWith("{") || json.startsWith("["))) {
          // Not JSON Lines but one JSON document over many lines: read as a whole.
          document(source, json, lines, max, reading, sink);
          return;
        }
        String reason = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
        sink.accept(failed(where, "json", "not a JSON object: " + reason));
        continue;
      }
      first = false;
      if (record != null && record.isArray()) {
        items(source, record, reading, sink);
        continue;
      }
      sink.accept(record(source, number, record, reading));
    }
  }

  /**
   * A JSON document written over many lines: an article record, or an array of them, gives
   * its documents; anything else is one {@code unsupported} record, not a failure per line.
   */
  private static void document(String source, String firstLine, ByteLineReader lines, long max,
      EntryReading reading, ReadSink sink) throws IOException {
    StringBuilder whole = new StringBuilder(firstLine);
    byte[] line;
    while ((line = lines.next()) != null) {
      whole.append('\n').append(new String(line, StandardCharsets.UTF_8));
      if (lines.overlong() || whole.length() > max) {
        sink.accept(failed(source, "too-large", "the JSON document is over " + max + " bytes"));
        return;
      }
    }
    JsonNode document;
    try {
      document = MAPPER.readTree(whole.toString());
    } catch (IOException e) {
      String reason = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
      sink.accept(failed(source, "json", "not a JSON document: " + reason));
      return;
    }
    if (document != null && document.isArray()) {
      items(source, document, reading, sink);
    } else if (isArticle(document)) {
      sink.accept(record(source, "", document, reading));
    } else {
      sink.accept(failed(source, "unsupported",
          "a JSON document that is no article record (\"html\" or \"text\")"));
    }
  }

  /** Each object of an array is a record, named by its place in the array. */
  private static void items(String source, JsonNode array, EntryReading reading, ReadSink sink) {
    int n = 0;
    for (JsonNode item : array) {
      n++;
      sink.accept(record(source, "#item-" + n, item, reading));
    }
  }

  private static boolean isArticle(JsonNode node) {
    return node != null && node.isObject() && (text(node, "html") != null || text(node, "text") != null);
  }

  private static Outcome<dev.claimcheck.model.Document> record(String source, int number,
      JsonNode record, EntryReading reading) {
    return record(source, "#line-" + number, record, reading);
  }

  private static Outcome<dev.claimcheck.model.Document> record(String source, String place,
      JsonNode record, EntryReading reading) {
    String where = source + place;
    if (record == null || !record.isObject()) {
      return failed(where, "json", "the record is not a JSON object");
    }
    String url = text(record, "url");
    String title = text(record, "title");
    String published = text(record, "published");
    String html = text(record, "html");
    String body = html != null ? html : text(record, "text");
    if (body == null || body.isBlank()) {
      return failed(url != null ? source + "#" + url : where, "json",
          "the record has neither \"html\" nor \"text\"");
    }
    String entrySource = url != null ? source + "#" + url : where;
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    return reading.readEntry(new Entry(entrySource, content,
        url != null ? url : where, html != null ? "text/html" : "text/plain",
        url != null && url.startsWith("http") ? url : null, title, published, null));
  }

  private static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
  }

  private static Outcome<dev.claimcheck.model.Document> failed(String where, String errorClass,
      String message) {
    return Outcome.failed(new Failure(where, TextDecoder.STAGE, errorClass, message));
  }

  /** By the name ({@code .jsonl}, {@code .ndjson}, {@code .json}) or a first line that opens an object. */
  @Override
  public boolean recognizes(String mediaType, String name, String start) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
        || start.matches("(?s)\\{\\s*\".*");
  }
}
