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
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
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

  @Override
  public PDone expand(PCollectionTuple results) {
    if (results.has(SOURCES)) {
      write(results.get(SOURCES).apply("RenderSources", ParDo.of(new StageSourceFn())),
          "WriteSources", ReportAssembler.SOURCES_PREFIX);
    }
    if (results.has(ANALYSES)) {
      write(results.get(ANALYSES).apply("RenderDocuments", ParDo.of(new StageDocumentFn())),
          "WriteDocuments", ReportAssembler.DOCUMENTS_PREFIX);
    }
    if (results.has(FAILURES)) {
      write(results.get(FAILURES).apply("RenderFailures", ParDo.of(new StageFailureFn())),
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

  /** Renders a document's output rows and report section. */
  static final class StageDocumentFn extends DoFn<Analysis, String> {
    @ProcessElement
    public void process(@Element Analysis analysis, OutputReceiver<String> out) {
      out.output(Staged.document(analysis));
    }
  }

  /** Renders a checked source. */
  static final class StageSourceFn extends DoFn<SourceResult, String> {
    @ProcessElement
    public void process(@Element SourceResult source, OutputReceiver<String> out) {
      out.output(Staged.source(source));
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
