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
      results.get(SOURCES)
          .apply("RenderSources", ParDo.of(new StageSourceFn()))
          .apply("WriteSources", TextIO.write()
              .to(stagingDirectory + "/" + ReportAssembler.SOURCES_PREFIX)
              .withSuffix(".jsonl"));
    }
    if (results.has(ANALYSES)) {
      results.get(ANALYSES)
          .apply("RenderDocuments", ParDo.of(new StageDocumentFn()))
          .apply("WriteDocuments", TextIO.write()
              .to(stagingDirectory + "/" + ReportAssembler.DOCUMENTS_PREFIX)
              .withSuffix(".jsonl"));
    }
    if (results.has(FAILURES)) {
      results.get(FAILURES)
          .apply("RenderFailures", ParDo.of(new StageFailureFn()))
          .apply("WriteFailures", TextIO.write()
              .to(stagingDirectory + "/" + ReportAssembler.ERRORS_PREFIX)
              .withSuffix(".jsonl"));
    }
    return PDone.in(results.getPipeline());
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
