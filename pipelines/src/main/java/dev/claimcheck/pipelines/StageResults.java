package dev.claimcheck.pipelines;

import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Staged;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ContestedClaim;
import dev.claimcheck.results.Tally;
import dev.claimcheck.results.RunTotals;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Writes judged documents, checked sources, failures and the run's totals as staged records (see
 * {@link Staged}) into a staging folder, where {@link ReportAssembler} orders them into the final
 * outputs. Each bundle writes its records straight into a file of its own as they come, so that
 * nothing of them is held in memory (a runner's file sink would group every record of the run
 * first, and the DirectRunner keeps such a group in memory). A record that cannot be staged
 * becomes a {@code render} failure, staged with the others. The totals ({@link ComputeTotals})
 * count what was staged: the documents staged here ({@link #DOCUMENTS}) or by a fused step
 * ({@link #TALLIES}), the sources, every failure.
 */
public final class StageResults extends PTransform<PCollectionTuple, PDone> {
  /** Judged documents with their checks, to stage. */
  public static final TupleTag<CheckedDocument> DOCUMENTS = new TupleTag<>() {};
  /** The tallies of documents a fused step staged itself (see {@link Tally}). */
  public static final TupleTag<Tally> TALLIES = new TupleTag<>() {};
  /** Failures to stage. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  /** Conflicts among the facts the claims state, to stage (optional). */
  public static final TupleTag<Conflicts.Conflict> CONFLICTS = new TupleTag<>() {};
  /** Claims the conflicts contest, to stage (optional). */
  public static final TupleTag<ContestedClaim> CONTESTED = new TupleTag<>() {};
  /** Checked sources to stage (optional). */
  public static final TupleTag<CitedSource> SOURCES = new TupleTag<>() {};

  /** The failures of a staging step: records that could not be staged. */
  static final TupleTag<Failure> UNSTAGED = new TupleTag<>() {};
  /** The tallies of the documents a staging step staged, one per bundle. */
  static final TupleTag<Tally> STAGED = new TupleTag<>() {};

  private final String stagingDirectory;

  /** Staging into {@code stagingDirectory}. */
  public StageResults(String stagingDirectory) {
    this.stagingDirectory = stagingDirectory;
  }

  @Override
  public PDone expand(PCollectionTuple results) {
    var pipeline = results.getPipeline();
    PCollectionList<Failure> failures = PCollectionList.empty(pipeline);
    PCollectionList<Tally> tallies = PCollectionList.empty(pipeline);
    PCollectionTuple totalsInput = PCollectionTuple.empty(pipeline);
    if (results.has(SOURCES)) {
      failures = failures.and(stage(results.get(SOURCES), "StageSources", Kind.SOURCE).get(UNSTAGED));
      totalsInput = totalsInput.and(ComputeTotals.SOURCES, results.get(SOURCES));
    }
    if (results.has(CONFLICTS)) {
      failures = failures.and(stage(results.get(CONFLICTS), "StageConflicts", Kind.CONFLICT).get(UNSTAGED));
      totalsInput = totalsInput.and(ComputeTotals.CONFLICTS, results.get(CONFLICTS));
    }
    if (results.has(CONTESTED)) {
      failures = failures.and(stage(results.get(CONTESTED), "StageContested", Kind.CONTESTED).get(UNSTAGED));
      totalsInput = totalsInput.and(ComputeTotals.CONTESTED, results.get(CONTESTED));
    }
    if (results.has(DOCUMENTS)) {
      PCollectionTuple staged = stage(results.get(DOCUMENTS), "StageDocuments", Kind.DOCUMENT);
      failures = failures.and(staged.get(UNSTAGED));
      tallies = tallies.and(staged.get(STAGED));
    }
    if (results.has(TALLIES)) {
      tallies = tallies.and(results.get(TALLIES));
    }
    if (results.has(FAILURES)) {
      failures = failures.and(results.get(FAILURES));
    }
    if (!tallies.getAll().isEmpty()) {
      totalsInput = totalsInput.and(ComputeTotals.TALLIES, tallies.apply("AllTallies", Flatten.pCollections())
          .setCoder(ModelCoders.coder(Tally.class)));
    }
    if (!failures.getAll().isEmpty()) {
      PCollection<Failure> all = failures.apply("AllFailures", Flatten.pCollections())
          .setCoder(ModelCoders.coder(Failure.class));
      stage(all, "StageFailures", Kind.FAILURE);
      totalsInput = totalsInput.and(ComputeTotals.FAILURES, all);
    }
    PCollection<RunTotals> totals = totalsInput.apply("ComputeTotals", new ComputeTotals());
    stage(totals, "StageTotals", Kind.TOTALS);
    return PDone.in(pipeline);
  }

  private <T> PCollectionTuple stage(PCollection<T> records, String name, Kind<T> kind) {
    PCollectionTuple out = records.apply(name, ParDo.of(new StageFn<>(stagingDirectory, kind))
        .withOutputTags(UNSTAGED, TupleTagList.of(STAGED)));
    out.get(UNSTAGED).setCoder(ModelCoders.coder(Failure.class));
    out.get(STAGED).setCoder(ModelCoders.coder(Tally.class));
    return out;
  }

  /**
   * Appends each bundle's records to a new file {@code prefix-<random>.staged}, closed with the
   * bundle; outputs a failure for a record that cannot be staged, and at the bundle's end the
   * tally of the documents it staged.
   */
  static final class StageFn<T> extends DoFn<T, Failure> {
    private final StageTime time = new StageTime(StageResults.class);
    private final StagingFile<T> file;

    StageFn(String folder, Kind<T> kind) {
      this.file = new StagingFile<>(folder, kind);
    }

    @StartBundle
    public void start() throws IOException {
      file.close(); // a new file for each bundle
    }

    @ProcessElement
    public void process(@Element T value, MultiOutputReceiver out) throws IOException {
      long started = StageTime.start();
      try {
        Failure failure = file.stage(value);
        if (failure != null) {
          out.get(UNSTAGED).output(failure);
        }
      } finally {
        time.since(started);
      }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) throws IOException {
      file.close();
      Tally tally = file.takeTally();
      if (tally != null) {
        c.output(STAGED, tally, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
    }

    @Teardown
    public void teardown() throws IOException {
      file.close();
    }
  }

  /**
   * The file a bundle stages one kind of record into, {@code prefix-<random>.staged}: opened with
   * its first record (an empty bundle leaves no file), closed with the bundle. Not thread-safe.
   */
  static final class StagingFile<T> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String folder;
    private final Kind<T> kind;
    private transient OutputStream out;
    private transient Tally.Counter tally;

    StagingFile(String folder, Kind<T> kind) {
      this.folder = folder;
      this.kind = kind;
    }

    /**
     * Stages {@code value}; a record that cannot be rendered is not staged and its failure
     * ({@code render}, naming its input) is returned instead; null when staged.
     */
    Failure stage(T value) throws IOException {
      Staged.Frame frame;
      try {
        frame = kind.render.frame(value);
      } catch (Throwable e) { // NOPMD: one record's failure, not the run's end
        return Failure.caught(kind.input.of(value), "render", e);
      }
      if (out == null) {
        Path file = Path.of(folder, kind.prefix + "-" + UUID.randomUUID() + ".staged");
        out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16);
      }
      Staged.write(frame, out);
      if (kind.counted != null) {
        if (tally == null) {
          tally = new Tally.Counter();
        }
        tally.add(kind.counted.of(value));
      }
      return null;
    }

    /**
     * What the documents staged since the last take add to the totals, or null when none were
     * (or the kind counts nothing).
     */
    Tally takeTally() {
      return tally == null ? null : tally.take();
    }

    /** Closes the file written so far; the next record opens a new one. */
    void close() throws IOException {
      if (out != null) {
        OutputStream o = out;
        out = null;
        o.close();
      }
    }
  }

  /**
   * A kind of staged record: the files it goes to, how it becomes a frame, which input a
   * failure to stage it names, and the document it counts as in the totals (documents only).
   */
  static final class Kind<T> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Judged documents with their checks and report sections. */
    static final Kind<CheckedDocument> DOCUMENT = new Kind<>(ReportAssembler.DOCUMENTS_PREFIX, Staged::document,
        d -> d.analysis().document().source(), CheckedDocument::analysis);
    /** Checked sources with who cites them. */
    static final Kind<CitedSource> SOURCE = new Kind<>(ReportAssembler.SOURCES_PREFIX, Staged::source,
        s -> s.result().url(), null);
    /** Failures (four strings: their record always encodes, so it has no failure of its own). */
    static final Kind<Failure> FAILURE = new Kind<>(ReportAssembler.ERRORS_PREFIX, Staged::failure,
        Failure::input, null);
    /** Conflicts among facts. */
    static final Kind<Conflicts.Conflict> CONFLICT = new Kind<>(ReportAssembler.CONFLICTS_PREFIX, Staged::conflict,
        c -> c.sides().get(0).facts().get(0).documentId(), null);
    /** Claims the conflicts contest. */
    static final Kind<ContestedClaim> CONTESTED = new Kind<>(ReportAssembler.CONTESTED_PREFIX, Staged::contested,
        ContestedClaim::documentId, null);
    /** The run's totals. */
    static final Kind<RunTotals> TOTALS = new Kind<>(ReportAssembler.TOTALS_PREFIX, Staged::totals,
        t -> "totals", null);

    final String prefix;
    private final Render<T> render;
    private final Input<T> input;
    private final Counted<T> counted;

    private Kind(String prefix, Render<T> render, Input<T> input, Counted<T> counted) {
      this.prefix = prefix;
      this.render = render;
      this.input = input;
      this.counted = counted;
    }
  }

  /** The document a staged record counts as in the totals. */
  interface Counted<T> extends java.io.Serializable {
    Analysis of(T value);
  }

  /** How a record becomes its staged frame. */
  interface Render<T> extends java.io.Serializable {
    Staged.Frame frame(T value) throws IOException;
  }

  /** The input a record's failure names. */
  interface Input<T> extends java.io.Serializable {
    String of(T value);
  }
}
