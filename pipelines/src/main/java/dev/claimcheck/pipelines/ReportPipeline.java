package dev.claimcheck.pipelines;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.InputFile;
import dev.claimcheck.read.ReadLimits;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The {@code report} pipeline: read inputs → extract and link → judge → stage. The staged
 * results are turned into the final output files by the caller, after the pipeline finished.
 */
public final class ReportPipeline {
  private ReportPipeline() {}

  /** Builds the pipeline over {@code inputs}; the caller runs it. */
  public static Pipeline build(ReportOptions options, List<InputFile> inputs) {
    Pipeline pipeline = Pipeline.create(options);
    ModelCoders.register(pipeline);
    ReadLimits limits = new ReadLimits(options.getMaxInputBytes(), options.getMaxDocumentChars());
    PCollectionTuple read = pipeline
        .apply("ListInputs", Create.of(inputs))
        .apply("DistributeInputs", new DistributeInputs(DistributeInputs.batchesFor(inputs.size())))
        .apply("ReadArticles", new ReadArticles(limits));
    PCollectionTuple extracted = read.get(ReadArticles.DOCUMENTS)
        .apply("ExtractClaims", new ExtractClaims());
    PCollection<Analysis> judged = extracted.get(ExtractClaims.ANALYSES)
        .apply("JudgeClaims", new JudgeClaims());
    PCollection<Failure> failures = PCollectionList.of(read.get(ReadArticles.FAILURES))
        .and(extracted.get(ExtractClaims.FAILURES))
        .apply("CollectFailures", Flatten.pCollections());
    PCollectionTuple.of(StageResults.ANALYSES, judged)
        .and(StageResults.FAILURES, failures)
        .apply("StageResults", new StageResults(options.getStagingDirectory()));
    return pipeline;
  }
}
