package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Staged;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes judged documents and failures as staged JSON lines (see {@link Staged}) into a staging
 * folder, where {@link ReportAssembler} orders them into the final outputs.
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
    lines.apply(step, TextIO.write().to(stagingDirectory + "/" + prefix).withSuffix(".jsonl"));
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
