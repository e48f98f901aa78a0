package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Staged;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes judged documents and failures as staged JSON lines (see {@link Staged}) into a staging
 * folder, where {@link ReportAssembler} orders them into the final outputs. Each bundle writes
 * its lines straight into a file of its own as they come, so that nothing of them is held in
 * memory: a runner's file sink would group every line of the run first, and the DirectRunner
 * keeps such a group in memory, which made memory grow with the corpus.
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

  /** Rendered lines. */
  private static final TupleTag<String> LINES = new TupleTag<>() {};
  /** Records that could not be rendered. */
  private static final TupleTag<Failure> UNRENDERED = new TupleTag<>() {};

  @Override
  public PDone expand(PCollectionTuple results) {
    PCollectionList<Failure> failures = PCollectionList.empty(results.getPipeline());
    if (results.has(SOURCES)) {
      PCollectionTuple rendered = results.get(SOURCES).apply("RenderSources",
          ParDo.of(new StageSourceFn()).withOutputTags(LINES, TupleTagList.of(UNRENDERED)));
      write(rendered.get(LINES), "WriteSources", ReportAssembler.SOURCES_PREFIX);
      failures = failures.and(rendered.get(UNRENDERED));
    }
    if (results.has(ANALYSES)) {
      PCollectionTuple rendered = results.get(ANALYSES).apply("RenderDocuments",
          ParDo.of(new StageDocumentFn()).withOutputTags(LINES, TupleTagList.of(UNRENDERED)));
      write(rendered.get(LINES), "WriteDocuments", ReportAssembler.DOCUMENTS_PREFIX);
      failures = failures.and(rendered.get(UNRENDERED));
    }
    if (results.has(FAILURES)) {
      failures = failures.and(results.get(FAILURES));
    }
    if (!failures.getAll().isEmpty()) {
      write(failures.apply("AllFailures", Flatten.pCollections())
              .apply("RenderFailures", ParDo.of(new StageFailureFn())),
          "WriteFailures", ReportAssembler.ERRORS_PREFIX);
    }
    return PDone.in(results.getPipeline());
  }

  /** Writes staged lines into files named {@code prefix*.jsonl} in the staging folder. */
  private void write(PCollection<String> lines, String step, String prefix) {
    lines.apply(step, ParDo.of(new WriteLinesFn(stagingDirectory, prefix)));
  }

  /** Appends each bundle's lines to a new file {@code prefix-<random>.jsonl}, closed with the bundle. */
  static final class WriteLinesFn extends DoFn<String, Void> {
    private final String folder;
    private final String prefix;
    private transient Writer out;

    WriteLinesFn(String folder, String prefix) {
      this.folder = folder;
      this.prefix = prefix;
    }

    @StartBundle
    public void start() {
      out = null; // opened with the bundle's first line: an empty bundle leaves no file
    }

    @ProcessElement
    public void process(@Element String line) throws IOException {
      if (out == null) {
        Path file = Path.of(folder, prefix + "-" + UUID.randomUUID() + ".jsonl");
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
      out.write(line);
      out.write('\n');
    }

    @FinishBundle
    public void finish() throws IOException {
      if (out != null) {
        out.close();
        out = null;
      }
    }

    @Teardown
    public void teardown() throws IOException {
      finish();
    }
  }

  /** Renders a document's output rows and report section; one that cannot be is its failure record. */
  static final class StageDocumentFn extends DoFn<Analysis, String> {
    @ProcessElement
    public void process(@Element Analysis analysis, MultiOutputReceiver out) {
      String line;
      try {
        line = Staged.document(analysis);
      } catch (Throwable e) { // NOPMD: one document's failure, not the run's end
        out.get(UNRENDERED).output(Failure.caught(analysis.document().source(), "render", e));
        return;
      }
      out.get(LINES).output(line);
    }
  }

  /** Renders a checked source; one that cannot be is its failure record. */
  static final class StageSourceFn extends DoFn<SourceResult, String> {
    @ProcessElement
    public void process(@Element SourceResult source, MultiOutputReceiver out) {
      String line;
      try {
        line = Staged.source(source);
      } catch (Throwable e) { // NOPMD: one URL's failure, not the run's end
        out.get(UNRENDERED).output(Failure.caught(source.url(), "render", e));
        return;
      }
      out.get(LINES).output(line);
    }
  }

  /** Renders a failure record. */
  static final class StageFailureFn extends DoFn<Failure, String> {
    @ProcessElement
    public void process(@Element Failure failure, OutputReceiver<String> out) {
      out.output(Staged.failure(failure));
    }
  }
}
