package dev.claimcheck.report;

import dev.claimcheck.read.ByteLineReader;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the final output files from the staged lines: {@code claims.jsonl},
 * {@code references.jsonl}, {@code documents.jsonl}, {@code errors.jsonl},
 * {@code summary.json} and {@code report.html}, in a fixed order (documents by source, then id;
 * errors by input), so that the same inputs give the same bytes.
 *
 * <p>Memory stays flat as the corpus grows: only the sort keys and per-document counts are held;
 * each staged line is read again from disk when its turn comes. Not thread-safe.
 */
public final class ReportAssembler {
  /** Staged files holding documents start with this. */
  public static final String DOCUMENTS_PREFIX = "documents";
  /** Staged files holding failures start with this. */
  public static final String ERRORS_PREFIX = "errors";

  private record Entry(String key, Path file, long offset, int length) {}

  private ReportAssembler() {}

  /**
   * Assembles the outputs of {@code staging} into {@code out}.
   *
   * @param inputs how many input files the run was given
   * @return the run's totals, as written to {@code summary.json}
   */
  public static Totals assemble(Path staging, Path out, int inputs) throws IOException {
    List<Entry> documents = index(staging, DOCUMENTS_PREFIX);
    List<Entry> errors = index(staging, ERRORS_PREFIX);
    Totals totals = new Totals(inputs);
    Path body = out.resolve(".report-body.html");
    try (Writer claims = writer(out.resolve("claims.jsonl"));
        Writer references = writer(out.resolve("references.jsonl"));
        Writer documentRows = writer(out.resolve("documents.jsonl"));
        Writer html = writer(body)) {
      for (Entry e : documents) {
        JsonNode staged = Rows.MAPPER.readTree(read(e));
        JsonNode document = staged.get("document");
        documentRows.write(document.toString());
        documentRows.write('\n');
        for (JsonNode claim : staged.get("claims")) {
          claims.write(claim.toString());
          claims.write('\n');
          totals.addClaim(claim);
        }
        for (JsonNode reference : staged.get("references")) {
          references.write(reference.toString());
          references.write('\n');
          totals.addReference(reference);
        }
        totals.addDocument(document);
        html.write(staged.get("html").asText());
      }
    }
    try (Writer errorRows = writer(out.resolve("errors.jsonl"))) {
      for (Entry e : errors) {
        JsonNode error = Rows.MAPPER.readTree(read(e)).get("error");
        errorRows.write(error.toString());
        errorRows.write('\n');
        totals.addError(error);
      }
    }
    try (Writer summary = writer(out.resolve("summary.json"))) {
      summary.write(Rows.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(totals.toJson()));
      summary.write('\n');
    }
    try (Writer report = writer(out.resolve("report.html"))) {
      ReportPage.head(report, totals);
      try (var in = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
        in.transferTo(report);
      }
      ReportPage.tail(report);
    }
    Files.delete(body);
    return totals;
  }

  /** Where every staged line of the files named {@code prefix*} lies, sorted by key. */
  private static List<Entry> index(Path staging, String prefix) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(staging)) {
      files = list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        ByteLineReader lines = new ByteLineReader(in);
        byte[] line;
        while ((line = lines.next()) != null) {
          if (line.length > 0) {
            entries.add(new Entry(key(line), file, lines.lineStart(), line.length));
          }
        }
      }
    }
    entries.sort(Comparator.comparing(Entry::key));
    return entries;
  }

  private static String key(byte[] line) throws IOException {
    try (JsonParser parser = Rows.MAPPER.getFactory().createParser(line)) {
      if (parser.nextToken() == JsonToken.START_OBJECT
          && parser.nextToken() == JsonToken.FIELD_NAME
          && Staged.KEY.equals(parser.currentName())
          && parser.nextToken() == JsonToken.VALUE_STRING) {
        return parser.getText();
      }
    }
    throw new IOException("staged line without a leading key");
  }

  private static byte[] read(Entry e) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(e.file().toFile(), "r")) {
      byte[] bytes = new byte[e.length()];
      f.seek(e.offset());
      f.readFully(bytes);
      return bytes;
    }
  }

  private static Writer writer(Path path) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
  }
}
