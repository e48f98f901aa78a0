package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the final output files from the staged records ({@link Staged}), formatting each with
 * {@link Rows} (nothing is parsed back from JSON): {@code claims.jsonl},
 * {@code references.jsonl}, {@code documents.jsonl}, {@code errors.jsonl},
 * {@code summary.json} and {@code report.html}, in a fixed order (documents by source, then id;
 * errors by input), so that the same inputs give the same bytes.
 *
 * <p>Memory stays flat as the corpus grows: only the sort keys and per-document counts are held;
 * each staged record is read again from disk when its turn comes. Not thread-safe.
 */
public final class ReportAssembler {
  /** Staged files holding documents start with this. */
  public static final String DOCUMENTS_PREFIX = "documents";
  /** Staged files holding failures start with this. */
  public static final String ERRORS_PREFIX = "errors";
  /** Staged files holding checked sources start with this. */
  public static final String SOURCES_PREFIX = "sources";

  private record Entry(String key, Path file, long offset, int length) {}

  private ReportAssembler() {}

  /**
   * Assembles the outputs of {@code staging} into {@code out}, each in one file.
   *
   * @param inputs how many input files the run was given
   * @return the run's totals, as written to {@code summary.json}
   */
  public static Totals assemble(Path staging, Path out, int inputs) throws IOException {
    return assemble(staging, out, inputs, 1);
  }

  /**
   * Assembles the outputs of {@code staging} into {@code out}, claims, references and documents
   * in {@code shards} files each when more than one (see {@link ShardedWriter}).
   *
   * @param inputs how many input files the run was given
   * @return the run's totals, as written to {@code summary.json}
   */
  public static Totals assemble(Path staging, Path out, int inputs, int shards) throws IOException {
    List<Entry> documents = index(staging, DOCUMENTS_PREFIX);
    List<Entry> errors = index(staging, ERRORS_PREFIX);
    Map<String, JsonNode> sources = new TreeMap<>();
    for (Entry e : index(staging, SOURCES_PREFIX)) {
      sources.put(e.key(), Rows.source(Staged.source(read(e))));
    }
    Map<String, Citing> citing = new HashMap<>();
    Totals totals = new Totals(inputs);
    Path body = out.resolve(".report-body.html");
    try (ShardedWriter claims = new ShardedWriter(out, "claims", shards);
        ShardedWriter references = new ShardedWriter(out, "references", shards);
        ShardedWriter documentRows = new ShardedWriter(out, "documents", shards);
        Writer html = writer(body)) {
      // Records are decoded and formatted on every core, and written here in order.
      try (OrderedWork<Entry, Formatted> formatted = OrderedWork.onEveryCore(documents, e -> format(e, sources))) {
        for (Formatted f : formatted) {
          documentRows.write(f.id(), f.documentRow());
          for (Map.Entry<String, String> cited : f.urlOf().entrySet()) {
            citing.computeIfAbsent(cited.getValue(), k -> new Citing()).documents.add(f.id());
          }
          for (int i = 0; i < f.claims().size(); i++) {
            JsonNode claim = f.claims().get(i);
            claims.write(f.id(), f.claimRows().get(i));
            totals.addClaim(claim);
            for (JsonNode id : claim.get("citations")) {
              String url = f.urlOf().get(id.asText());
              if (url != null) {
                citing.get(url).claims.add(claim.get("id").asText());
              }
            }
          }
          for (int i = 0; i < f.references().size(); i++) {
            references.write(f.id(), f.referenceRows().get(i));
            totals.addReference(f.references().get(i));
          }
          totals.addDocument(f.document());
          html.write(f.html());
        }
      }
    }
    try (Writer errorRows = writer(out.resolve("errors.jsonl"))) {
      for (Entry e : errors) {
        JsonNode error = Rows.error(Staged.failure(read(e)));
        errorRows.write(error.toString());
        errorRows.write('\n');
        totals.addError(error);
      }
    }
    try (Writer sourceRows = writer(out.resolve("sources.jsonl"))) {
      for (JsonNode source : sources.values()) {
        ObjectNode row = ((ObjectNode) source).deepCopy();
        Citing c = citing.getOrDefault(source.get("url").asText(), new Citing());
        c.documents.forEach(row.putArray("documents")::add);
        c.claims.forEach(row.putArray("claims")::add);
        sourceRows.write(row.toString());
        sourceRows.write('\n');
        totals.addSource(row);
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

  /**
   * One staged document formatted: its row, its claims' and references' rows (each as the tree
   * the totals count and the line written), which reference cites which checked URL, and its
   * report section.
   */
  private record Formatted(String id, JsonNode document, String documentRow, List<JsonNode> claims,
      List<String> claimRows, List<JsonNode> references, List<String> referenceRows, Map<String, String> urlOf,
      String html) {}

  /** Decodes and formats one staged document, its references joined to their checked sources. */
  private static Formatted format(Entry e, Map<String, JsonNode> sources) throws IOException {
    Staged.Document staged = Staged.document(read(e));
    Analysis analysis = staged.analysis();
    JsonNode document = Rows.document(analysis);
    List<JsonNode> references = new ArrayList<>();
    Map<String, String> urlOf = new HashMap<>();
    for (var r : analysis.references()) {
      JsonNode reference = Rows.reference(r);
      JsonNode source = reference.path("url").isTextual() ? sources.get(reference.get("url").asText().strip()) : null;
      if (source != null) {
        ((ObjectNode) reference).set("check", Rows.referenceCheck(source));
        urlOf.put(reference.get("id").asText(), source.get("url").asText());
      }
      references.add(reference);
    }
    List<JsonNode> claims = new ArrayList<>();
    List<String> claimRows = new ArrayList<>();
    for (Claim c : analysis.claims()) {
      JsonNode claim = Rows.claim(c);
      claims.add(claim);
      claimRows.add(claim.toString());
    }
    List<String> referenceRows = references.stream().map(JsonNode::toString).toList();
    return new Formatted(document.get("id").asText(), document, document.toString(), claims, claimRows, references,
        referenceRows,
        urlOf, staged.html());
  }

  /** The documents and claims citing one URL, in output order. */
  private static final class Citing {
    final Set<String> documents = new TreeSet<>();
    final Set<String> claims = new TreeSet<>();
  }

  /** The histories of the sources checked in the run staged in {@code staging}, for the state folder. */
  public static List<UrlHistory> stagedHistories(Path staging) throws IOException {
    List<UrlHistory> out = new ArrayList<>();
    for (Entry e : index(staging, SOURCES_PREFIX)) {
      out.add(Staged.source(read(e)).history());
    }
    return out;
  }

  /** Where every staged record of the files named {@code prefix*} lies, sorted by key. */
  private static List<Entry> index(Path staging, String prefix) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(staging)) {
      files = list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        long offset = 0;
        Staged.Located at;
        while ((at = Staged.next(in, offset)) != null) {
          entries.add(new Entry(at.key(), file, at.offset(), at.length()));
          offset = at.end();
        }
      }
    }
    entries.sort(Comparator.comparing(Entry::key));
    return entries;
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
