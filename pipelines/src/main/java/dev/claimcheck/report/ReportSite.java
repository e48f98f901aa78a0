package dev.claimcheck.report;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Status;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ReferenceCheck;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as pages: one page per document in {@code report/}, the long lists (the claims
 * needing attention, the claims of each timeline row, the documents, the failing sources) as
 * pages of {@link ListPages} beside them; the contested facts too, and {@code report.html} the index ({@link IndexPage}).
 * Documents come in output order; what each adds is formatted on any thread ({@link #piecesOf})
 * and written here in order. The rows of the lists wait in files ({@link RowFile}), so memory
 * stays flat however large the corpus. Not thread-safe.
 */
final class ReportSite implements Closeable {
  /** What one document adds to the report: its page, and its rows of the claim lists. */
  record Pieces(String id, String page, List<Listed> attention, List<Listed> timeline) {}

  /** A claim list's row, the list it goes to (an attention kind, or a timeline row) and its claim's status. */
  record Listed(String list, String row, String status) {}

  static final String ATTENTION = "attention";
  static final String DOCUMENTS = "documents";
  static final String SOURCES = "failing-sources";
  static final String CONFLICTS = "conflicts";
  /** How many values a conflict's row shows, and claims for each; all are in {@code conflicts.jsonl}. */
  static final int VALUES_SHOWN = 8;
  static final int CLAIMS_PER_VALUE = 3;
  /** Rows on a page of contested facts: a row may be a few kilobytes. */
  static final int CONFLICTS_PER_PAGE = 200;

  private final Path folder;
  private final Path rows;
  private final TimelineScale scale;
  private final Map<Attention.Kind, RowFile> attention = new EnumMap<>(Attention.Kind.class);
  private final Map<String, Long> attentionStatuses = new LinkedHashMap<>();
  private final Map<String, RowFile> timeline = new TreeMap<>(TimelineScale.ORDER);
  private final RowFile failing;
  private final RowFile conflicts;
  /** Time spent here on this thread, and formatting pieces on any thread. */
  private long writingNanos;
  private final java.util.concurrent.atomic.LongAdder formattingNanos = new java.util.concurrent.atomic.LongAdder();

  /** A report to be written into the output folder {@code out}, its timeline scaled to the run's {@code buckets}. */
  ReportSite(Path out, Iterable<String> buckets) throws IOException {
    this.folder = Files.createDirectories(out.resolve(Pages.FOLDER));
    this.rows = Files.createDirectories(out.resolve(".report-rows"));
    this.scale = TimelineScale.of(buckets);
    for (Status s : Status.values()) {
      attentionStatuses.put(s.name(), 0L);
    }
    for (Attention.Kind k : Attention.Kind.values()) {
      attention.put(k, new RowFile(rows.resolve("attention-" + k.ordinal())));
    }
    failing = new RowFile(rows.resolve("failing"));
    conflicts = new RowFile(rows.resolve("conflicts"));
  }

  TimelineScale scale() {
    return scale;
  }

  /**
   * Formats what one document adds: its page around its {@code section} ({@link HtmlReport}),
   * and its claims' rows of the attention list and the timeline. Safe to call from any thread.
   */
  Pieces piecesOf(Analysis analysis, Map<String, ReferenceCheck> checks, String section,
      DocumentList.Entry listed) throws IOException {
    long start = System.nanoTime();
    List<Listed> attention = new ArrayList<>();
    List<Listed> timeline = new ArrayList<>();
    for (Claim c : analysis.claims()) {
      String status = c.status() == null ? "" : c.status().name();
      Attention.Kind kind = Attention.of(c, checks);
      if (kind != null) {
        String why = kind.label + (c.reasons().isEmpty() ? "" : ": " + c.reasons().get(0));
        attention.add(new Listed(kind.name(), ClaimRows.row(c, analysis.document(), kind.ordinal(), why, ""),
            status));
      }
      String bucket = TimelineBucket.of(c);
      if (bucket != null) {
        timeline.add(new Listed(scale.rowOf(bucket), ClaimRows.row(c, analysis.document(),
            kind == null ? Attention.Kind.values().length : kind.ordinal(), kind == null ? "" : kind.label, ""),
            status));
      }
    }
    StringWriter page = new StringWriter(section.length() + 24_000);
    DocumentPage.write(page, listed, section);
    formattingNanos.add(System.nanoTime() - start);
    return new Pieces(analysis.document().id(), page.toString(), attention, timeline);
  }

  /** Writes a document's page and keeps its rows. */
  void add(Pieces p) throws IOException {
    long start = System.nanoTime();
    try (Writer out = Files.newBufferedWriter(folder.resolve(Pages.document(p.id())), StandardCharsets.UTF_8)) {
      out.write(p.page());
    }
    for (Listed l : p.attention()) {
      attention.get(Attention.Kind.valueOf(l.list())).add(l.row());
      attentionStatuses.merge(l.status(), 1L, Long::sum);
    }
    for (Listed l : p.timeline()) {
      RowFile f = timeline.get(l.list());
      if (f == null) {
        f = new RowFile(rows.resolve("timeline-" + l.list()));
        timeline.put(l.list(), f);
      }
      f.add(l.row());
    }
    writingNanos += System.nanoTime() - start;
  }

  /** Keeps a checked source's row when it is failing. */
  void source(CitedSource s) throws IOException {
    SourceResult r = s.result();
    if (!r.failing()) {
      return;
    }
    long start = System.nanoTime();
    StringBuilder row = new StringBuilder("<tr><td>").append(Html.escape(r.status().name())).append("</td><td class=\"n\">")
        .append(r.check().httpStatus() > 0 ? String.valueOf(r.check().httpStatus()) : "").append("</td><td>")
        .append(Html.link(r.url(), r.url())).append("</td><td>")
        .append(r.archives().isEmpty() ? "none" : Html.link(r.archives().get(0).url(), "archive copy"))
        .append("</td><td class=\"n\">").append(s.documents().size()).append("</td><td>");
    for (int i = 0; i < Math.min(3, s.documents().size()); i++) {
      row.append(i == 0 ? "" : ", ").append("<a href=\"").append(Pages.document(s.documents().get(i))).append("\">")
          .append(Html.escape(s.documents().get(i))).append("</a>");
    }
    failing.add(row.append(s.documents().size() > 3 ? " …" : "").append("</td></tr>").toString());
    writingNanos += System.nanoTime() - start;
  }

  /** Keeps a conflict's row: its subject and relation, each value with the first claims stating it linked. */
  void conflict(Conflicts.Conflict c) throws IOException {
    long start = System.nanoTime();
    StringBuilder row = new StringBuilder("<tr><td>").append(Html.escape(c.subjectKey())).append("</td><td>")
        .append(Html.escape(c.relation())).append("</td><td>");
    List<Conflicts.Side> sides = c.sides();
    for (int i = 0; i < Math.min(VALUES_SHOWN, sides.size()); i++) {
      Conflicts.Side side = sides.get(i);
      row.append(i == 0 ? "" : " <b>against</b> ");
      row.append("<span class=\"chip st-CONTESTED\">").append(Html.escape(side.value())).append("</span>");
      List<Fact> facts = side.facts();
      for (Fact f : facts.subList(0, Math.min(CLAIMS_PER_VALUE, facts.size()))) {
        row.append(" <a href=\"").append(Html.escape(Pages.claim(f.claimId()))).append("\">")
            .append(Html.escape(f.source())).append("</a>");
      }
      if (facts.size() > CLAIMS_PER_VALUE) {
        row.append(" <span class=\"kind\">and ").append(facts.size() - CLAIMS_PER_VALUE).append(" more</span>");
      }
    }
    if (sides.size() > VALUES_SHOWN) {
      row.append(" <span class=\"kind\">and ").append(sides.size() - VALUES_SHOWN).append(" more values</span>");
    }
    conflicts.add(row.append("</td></tr>").toString());
    writingNanos += System.nanoTime() - start;
  }

  /** Writes the list pages and the index, {@code report.html} in {@code out}. */
  void finish(Path out, Totals totals) throws IOException {
    long start = System.nanoTime();
    List<RowFile> attentionFiles = new ArrayList<>(attention.values());
    attentionList().write(folder, attentionFiles);
    for (Map.Entry<String, RowFile> t : timeline.entrySet()) {
      new ListPages("timeline-" + t.getKey(), "Claims dated " + t.getKey(),
          "the claims whose main date falls in " + Html.escape(t.getKey()) + ", in document order",
          ClaimRows.HEADER, Map.of()).write(folder, List.of(t.getValue()));
    }
    try (RowFile documents = new RowFile(rows.resolve("documents"))) {
      totals.forEachDocument(d -> documents.add(IndexPage.documentRow(d, "")));
      documentList().write(folder, List.of(documents));
    }
    if (failing.size() > 0) {
      failingList().write(folder, List.of(failing));
    }
    if (conflicts.size() > 0) {
      conflictList().write(folder, List.of(conflicts));
    }
    try (Writer index = new BufferedWriter(Files.newBufferedWriter(out.resolve("report.html"), StandardCharsets.UTF_8),
        1 << 16)) {
      IndexPage.write(index, totals, this);
    }
    writingNanos += System.nanoTime() - start;
  }

  /**
   * What writing the report cost after the pipeline: the time of this thread in it, and the
   * time spent formatting documents' pages and rows on any thread (summed over threads).
   */
  ReportTime time() {
    return new ReportTime(writingNanos / 1_000_000, formattingNanos.sum() / 1_000_000);
  }

  /**
   * What writing the report cost after the pipeline.
   *
   * @param writingMillis time on the writing thread: pages written, rows kept, lists and index
   * @param formattingMillis time formatting documents' pages and rows, summed over threads
   */
  record ReportTime(long writingMillis, long formattingMillis) {}

  ListPages attentionList() {
    return new ListPages(ATTENTION, "Claims that need attention",
        "contested, every source dead, a cited source failing, partly supported, citation needed, unsourced; "
            + "in that order, then in document order", ClaimRows.HEADER, attentionStatuses);
  }

  static ListPages documentList() {
    return new ListPages(DOCUMENTS, "Documents", "every document in output order", IndexPage.DOCUMENT_HEADER, Map.of());
  }

  static ListPages conflictList() {
    return new ListPages(CONFLICTS, "Contested facts", "facts that claims state with different values, by subject; "
        + "the first " + VALUES_SHOWN + " values, each with the first " + CLAIMS_PER_VALUE
        + " claims stating it (all in conflicts.jsonl)", IndexPage.CONFLICT_HEADER, Map.of(), CONFLICTS_PER_PAGE);
  }

  RowFile conflicts() {
    return conflicts;
  }

  static ListPages failingList() {
    return new ListPages(SOURCES, "Failing sources", "cited URLs dead, suspected dead or soft 404, by URL",
        IndexPage.SOURCE_HEADER, Map.of());
  }

  List<RowFile> attentionFiles() {
    return new ArrayList<>(attention.values());
  }

  Map<Attention.Kind, Long> attentionCounts() {
    Map<Attention.Kind, Long> counts = new EnumMap<>(Attention.Kind.class);
    attention.forEach((k, f) -> counts.put(k, f.size()));
    return counts;
  }

  Map<String, Long> attentionStatuses() {
    return attentionStatuses;
  }

  /** The timeline's rows that have claims, with their claim counts. */
  Map<String, Long> timelineRows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    timeline.forEach((row, f) -> counts.put(row, f.size()));
    return counts;
  }

  RowFile failing() {
    return failing;
  }

  /** Deletes the waiting rows. */
  @Override
  public void close() throws IOException {
    for (RowFile f : attention.values()) {
      f.close();
    }
    for (RowFile f : timeline.values()) {
      f.close();
    }
    failing.close();
    conflicts.close();
    OutputFolder.deleteTree(rows);
  }
}
