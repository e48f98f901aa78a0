package dev.claimcheck.report;

import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.diff.RunDiff;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Status;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ContestedClaim;
import dev.claimcheck.results.ReferenceCheck;
import dev.claimcheck.results.RunTotals;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
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
import java.util.stream.Stream;

/**
 * Writes the final output files from the staged records ({@link Staged}), formatting each with
 * {@link Rows}: {@code claims.jsonl}, {@code references.jsonl}, {@code documents.jsonl},
 * {@code errors.jsonl}, {@code sources.jsonl}, {@code conflicts.jsonl}, {@code summary.json} and
 * the report ({@code report.html} and its pages, {@link ReportSite}), in a fixed order (documents by source, then id; errors by input; sources
 * by URL; conflicts by subject key and relation), so that the
 * same inputs give the same bytes. The records come joined and counted by the pipeline
 * (checks on the references, citing documents on the sources, {@link RunTotals}): nothing is
 * computed here and nothing is parsed back from JSON.
 *
 * <p>Memory stays flat as the corpus grows: only the sort keys are held; each staged record is
 * read again from disk when its turn comes, and the list of documents goes to a file. Not
 * thread-safe.
 */
public final class ReportAssembler {
  /** Staged files holding documents start with this. */
  public static final String DOCUMENTS_PREFIX = "documents";
  /** Staged files holding failures start with this. */
  public static final String ERRORS_PREFIX = "errors";
  /** Staged files holding checked sources start with this. */
  public static final String SOURCES_PREFIX = "sources";
  /** Staged files holding conflicts among facts start with this. */
  public static final String CONFLICTS_PREFIX = "conflicts";
  /** Staged files holding contested claims start with this. */
  public static final String CONTESTED_PREFIX = "contested";
  /** The staged file holding the run's totals starts with this. */
  public static final String TOTALS_PREFIX = "totals";

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
    return assemble(staging, out, inputs, shards, Set.of(), null);
  }

  /** The outputs written only when asked for ({@code --format}). */
  public enum Extra {
    /** {@code claims.csv} ({@link ClaimsCsv}). */
    CSV,
    /** {@code summary.md} ({@link SummaryMarkdown}). */
    MD
  }

  /**
   * Assembles the outputs of {@code staging} into {@code out}, claims, references and documents
   * in {@code shards} files each when more than one (see {@link ShardedWriter}), and the
   * {@code extras} asked for; with {@code previous} (an earlier run's output folder) also
   * {@code changes.jsonl} and the report's "What changed" section ({@link RunDiff}).
   *
   * @param inputs how many input files the run was given
   * @return the run's totals, as written to {@code summary.json}
   */
  public static Totals assemble(Path staging, Path out, int inputs, int shards, Set<Extra> extras, Path previous)
      throws IOException {
    boolean csv = extras.contains(Extra.CSV);
    List<Entry> documents = index(staging, DOCUMENTS_PREFIX);
    List<Entry> errors = index(staging, ERRORS_PREFIX);
    List<Entry> sources = index(staging, SOURCES_PREFIX);
    List<Entry> staged = index(staging, TOTALS_PREFIX);
    if (staged.size() != 1) {
      throw new IOException("the pipeline staged " + staged.size() + " totals records, not one");
    }
    RunTotals run = Staged.totals(read(staged.get(0)));
    // The claims the conflicts contest: few, kept to be applied as their documents are written.
    Map<String, ContestedClaim> contested = new HashMap<>();
    for (Entry e : index(staging, CONTESTED_PREFIX)) {
      ContestedClaim c = Staged.contested(read(e));
      contested.put(c.claimId(), c);
    }
    try (DocumentList listed = new DocumentList(out.resolve(".documents.list"));
        ReportSite site = new ReportSite(out, run.claims().timeline().keySet())) {
      try (ShardedWriter claims = new ShardedWriter(out, "claims", shards);
          ShardedWriter references = new ShardedWriter(out, "references", shards);
          ShardedWriter documentRows = new ShardedWriter(out, "documents", shards);
          Writer csvRows = csv ? writer(out.resolve("claims.csv")) : Writer.nullWriter()) {
        csvRows.write(ClaimsCsv.HEADER);
        // Records are decoded and formatted on every core, and written here in order.
        try (OrderedWork<Entry, Formatted> formatted = OrderedWork.onEveryCore(documents,
            e -> format(e, contested, csv, site))) {
          for (Formatted f : formatted) {
            documentRows.write(f.id(), f.documentRow());
            for (String claim : f.claimRows()) {
              claims.write(f.id(), claim);
            }
            for (String row : f.csvRows()) {
              csvRows.write(row);
            }
            for (String reference : f.referenceRows()) {
              references.write(f.id(), reference);
            }
            listed.add(f.listed());
            site.add(f.pieces());
          }
        }
      }
      try (Writer errorRows = writer(out.resolve("errors.jsonl"))) {
        for (Entry e : errors) {
          errorRows.write(Rows.error(Staged.failure(read(e))).toString());
          errorRows.write('\n');
        }
      }
      try (Writer sourceRows = writer(out.resolve("sources.jsonl"))) {
        for (Entry e : sources) {
          CitedSource source = Staged.source(read(e));
          sourceRows.write(Rows.source(source).toString());
          sourceRows.write('\n');
          site.source(source);
        }
      }
      try (Writer conflictRows = writer(out.resolve("conflicts.jsonl"))) {
        for (Entry e : index(staging, CONFLICTS_PREFIX)) {
          Conflicts.Conflict c = Staged.conflict(read(e));
          conflictRows.write(Rows.conflict(c).toString());
          conflictRows.write('\n');
          site.conflict(c);
        }
      }
      List<RunDiff.Change> changes = null;
      if (previous != null) {
        changes = RunDiff.changes(previous, out);
        try (Writer changeRows = writer(out.resolve("changes.jsonl"))) {
          RunDiff.write(changes, changeRows);
        }
      }
      Totals totals = new Totals(inputs, run, listed, changes);
      try (Writer summary = writer(out.resolve("summary.json"))) {
        totals.writeSummary(summary);
      }
      if (extras.contains(Extra.MD)) {
        try (Writer summary = writer(out.resolve("summary.md"))) {
          SummaryMarkdown.write(totals, summary);
        }
      }
      site.finish(out, totals);
      totals.reportTime(site.time());
      return totals;
    }
  }

  /**
   * One staged document formatted: its row, its claims' and references' rows, its entry in the
   * list of documents, and its report section.
   */
  private record Formatted(String id, String documentRow, List<String> claimRows, List<String> referenceRows,
      DocumentList.Entry listed, ReportSite.Pieces pieces, List<String> csvRows) {}

  /**
   * Decodes and formats one staged document, the claims the conflicts contest made
   * {@code CONTESTED} with their reasons (its report section rendered again when it has one).
   */
  private static Formatted format(Entry e, Map<String, ContestedClaim> contested, boolean csv, ReportSite site)
      throws IOException {
    Staged.Document staged = Staged.document(read(e));
    Analysis analysis = staged.document().analysis();
    String html = staged.html();
    if (!contested.isEmpty() && analysis.claims().stream().anyMatch(c -> contested.containsKey(c.id()))) {
      List<Claim> claims = new ArrayList<>();
      for (Claim c : analysis.claims()) {
        ContestedClaim verdict = contested.get(c.id());
        if (verdict == null) {
          claims.add(c);
        } else {
          List<String> reasons = new ArrayList<>(verdict.reasons()); // the conflict first, then what was said before
          reasons.addAll(c.reasons());
          claims.add(c.withVerdict(Status.CONTESTED, reasons));
        }
      }
      analysis = analysis.withClaims(claims);
      html = HtmlReport.documentSection(analysis, staged.document().checks());
    }
    Map<String, ReferenceCheck> checks = staged.document().checks();
    List<String> claimRows = new ArrayList<>(analysis.claims().size());
    for (Claim c : analysis.claims()) {
      claimRows.add(Rows.claim(c).toString());
    }
    List<String> referenceRows = new ArrayList<>(analysis.references().size());
    for (Reference r : analysis.references()) {
      referenceRows.add(Rows.reference(r, checks.get(r.id())).toString());
    }
    List<String> csvRows = new ArrayList<>(csv ? analysis.claims().size() : 0);
    if (csv) {
      for (Claim c : analysis.claims()) {
        csvRows.add(ClaimsCsv.row(c, analysis.document()));
      }
    }
    DocumentList.Entry listed = DocumentList.Entry.of(analysis);
    return new Formatted(analysis.document().id(), Rows.document(analysis).toString(), claimRows, referenceRows,
        listed, site.piecesOf(analysis, checks, html, listed), csvRows);
  }

  /** The histories of the sources checked in the run staged in {@code staging}, for the state folder. */
  public static List<UrlHistory> stagedHistories(Path staging) throws IOException {
    List<UrlHistory> out = new ArrayList<>();
    for (Entry e : index(staging, SOURCES_PREFIX)) {
      out.add(Staged.source(read(e)).result().history());
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
