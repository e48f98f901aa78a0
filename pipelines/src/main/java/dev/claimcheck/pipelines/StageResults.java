package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Staged;
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
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes judged documents, checked sources and failures as staged records (see {@link Staged})
 * into a staging folder, where {@link ReportAssembler} orders them into the final outputs. Each
 * bundle writes its records straight into a file of its own as they come, so that nothing of
 * them is held in memory (a runner's file sink would group every record of the run first, and
 * the DirectRunner keeps such a group in memory). A record that cannot be staged becomes a
 * {@code render} failure, staged with the others.
 */
public final class StageResults extends PTransform<PCollectionTuple, PDone> {
  /** Judged documents to stage. */
  public static final TupleTag<Analysis> ANALYSES = new TupleTag<>() {};
  /** Failures to stage. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  /** Checked sources to stage (optional). */
  public static final TupleTag<SourceResult> SOURCES = new TupleTag<>() {};

  private final String stagingDirectory;

  /** Staging into {@code stagingDirectory}. */
  public StageResults(String stagingDirectory) {
    this.stagingDirectory = stagingDirectory;
  }

  @Override
  public PDone expand(PCollectionTuple results) {
    PCollectionList<Failure> failures = PCollectionList.empty(results.getPipeline());
    if (results.has(SOURCES)) {
      failures = failures.and(results.get(SOURCES).apply("StageSources",
          ParDo.of(new StageFn<>(stagingDirectory, Kind.SOURCE))));
    }
    if (results.has(ANALYSES)) {
      failures = failures.and(results.get(ANALYSES).apply("StageDocuments",
          ParDo.of(new StageFn<>(stagingDirectory, Kind.DOCUMENT))));
    }
    if (results.has(FAILURES)) {
      failures = failures.and(results.get(FAILURES));
    }
    if (!failures.getAll().isEmpty()) {
      PCollection<Failure> unstaged = failures.apply("AllFailures", Flatten.pCollections())
          .apply("StageFailures", ParDo.of(new StageFn<>(stagingDirectory, Kind.FAILURE)));
      unstaged.setCoder(ModelCoders.coder(Failure.class));
    }
    return PDone.in(results.getPipeline());
  }

  /**
   * Appends each bundle's records to a new file {@code prefix-<random>.staged}, closed with the
   * bundle; outputs a failure for a record that cannot be staged.
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
    public void process(@Element T value, OutputReceiver<Failure> failed) throws IOException {
      long started = StageTime.start();
      try {
        Failure failure = file.stage(value);
        if (failure != null) {
          failed.output(failure);
        }
      } finally {
        time.since(started);
      }
    }

    @FinishBundle
    public void finish() throws IOException {
      file.close();
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
      return null;
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
   * A kind of staged record: the files it goes to, how it becomes a frame and which input a
   * failure to stage it names.
   */
  static final class Kind<T> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Judged documents with their report sections. */
    static final Kind<Analysis> DOCUMENT = new Kind<>(ReportAssembler.DOCUMENTS_PREFIX, Staged::document,
        a -> a.document().source());
    /** Checked sources. */
    static final Kind<SourceResult> SOURCE = new Kind<>(ReportAssembler.SOURCES_PREFIX, Staged::source,
        SourceResult::url);
    /** Failures (four strings: their record always encodes, so it has no failure of its own). */
    static final Kind<Failure> FAILURE = new Kind<>(ReportAssembler.ERRORS_PREFIX, Staged::failure,
        Failure::input);

    final String prefix;
    private final Render<T> render;
    private final Input<T> input;

    private Kind(String prefix, Render<T> render, Input<T> input) {
      this.prefix = prefix;
      this.render = render;
      this.input = input;
    }
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
