package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.DocumentFacts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The {@code report} pipeline: read inputs → extract and link → (check the cited URLs) →
 * judge → (join the documents and the checked sources) → stage, with the conflicts among the
 * facts the claims state, their subjects taken through a wiki's redirects
 * ({@link ResolveRedirects}, {@link FindConflicts}), and the run's totals. Without checks, the
 * steps run fused, one document at a time ({@link ProcessDocuments}); with them, the analyses wait for the checked sources. The staged
 * results are turned into the final output files by the caller, after the pipeline finished.
 */
public final class ReportPipeline {
  private ReportPipeline() {}

  /** Builds the pipeline over {@code inputs}, sources not checked; the caller runs it. */
  public static Pipeline build(ReportOptions options, List<InputFile> inputs) {
    return build(options, inputs, null);
  }

  /**
   * Builds the pipeline over {@code inputs}; the caller runs it.
   *
   * @param checks how cited sources are checked, or null for no checks
   */
  public static Pipeline build(ReportOptions options, List<InputFile> inputs, SourceChecks checks) {
    Pipeline pipeline = Pipeline.create(options);
    ModelCoders.register(pipeline);
    ReadLimits limits = new ReadLimits(options.getMaxInputBytes(), options.getMaxDocumentChars());
    DocumentBudget budget = new DocumentBudget(java.time.Duration.ofSeconds(options.getDocumentBudgetSeconds()));
    PCollection<InputFile> distributed = pipeline
        .apply("ListInputs", Create.of(inputs))
        .apply("DistributeInputs", new DistributeInputs(DistributeInputs.batchesFor(inputs)));
    if (checks == null) {
      // Nothing waits for the checks: each document goes through every step as it is read.
      PCollectionTuple processed = distributed.apply("ProcessDocuments",
          new ProcessDocuments(limits, budget, options.getStagingDirectory()));
      PCollection<Conflicts.Conflict> conflicts = PCollectionTuple
          .of(ResolveRedirects.FACTS, processed.get(ProcessDocuments.FACTS))
          .and(ResolveRedirects.REDIRECTS, processed.get(ProcessDocuments.REDIRECTS))
          .apply("ResolveRedirects", new ResolveRedirects())
          .apply("FindConflicts", new FindConflicts());
      PCollectionTuple.of(StageResults.FAILURES, processed.get(ProcessDocuments.FAILURES))
          .and(StageResults.TALLIES, processed.get(ProcessDocuments.TALLIES))
          .and(StageResults.CONFLICTS, conflicts)
          .and(StageResults.CONTESTED, conflicts.apply("ContestClaims", new ContestClaims()))
          .apply("StageResults", new StageResults(options.getStagingDirectory()));
      return pipeline;
    }
    PCollectionTuple read = distributed.apply("ReadArticles", new ReadArticles(limits, budget));
    PCollectionTuple extracted = read.get(ReadArticles.DOCUMENTS)
        .apply("ExtractClaims", new ExtractClaims(budget));
    PCollection<Analysis> analyses = extracted.get(ExtractClaims.ANALYSES);
    PCollectionList<Failure> failed = PCollectionList.of(read.get(ReadArticles.FAILURES))
        .and(extracted.get(ExtractClaims.FAILURES));
    String texts = Path.of(options.getStagingDirectory(), "texts").toString();
    PCollectionTuple checked = analyses
        .apply("CollectUrls", FlatMapElements.into(TypeDescriptor.of(UrlTask.class))
            .via((Analysis a) -> CheckSources.tasks(a)))
        .setCoder(ModelCoders.coder(UrlTask.class))
        .apply("CheckSources", checks.transform(texts, options.getWorkers()));
    PCollection<SourceResult> sources = checked.get(CheckSources.CHECKED);
    failed = failed.and(checked.get(CheckSources.FAILURES));
    PCollectionView<Map<String, SourceResult>> view = sources
        .apply("KeyByUrl", WithKeys.of((SourceResult r) -> r.url()).withKeyType(TypeDescriptors.strings()))
        .apply("SourcesByUrl", View.asMap());
    PCollectionTuple judged = analyses.apply("JudgeClaims", new JudgeClaims(view, texts, budget));
    PCollection<Failure> failures = failed.and(judged.get(JudgeClaims.FAILURES))
        .apply("CollectFailures", Flatten.pCollections());
    PCollectionTuple joined = PCollectionTuple.of(JoinSources.JUDGED, judged.get(JudgeClaims.JUDGED))
        .and(JoinSources.CHECKED, sources)
        .apply("JoinSources", new JoinSources(view));
    PCollection<Fact> facts = judged.get(JudgeClaims.JUDGED)
        .apply("Facts", FlatMapElements.into(TypeDescriptor.of(Fact.class)).via(DocumentFacts::of))
        .setCoder(ModelCoders.coder(Fact.class));
    PCollection<Conflicts.Conflict> conflicts = PCollectionTuple.of(ResolveRedirects.FACTS, facts)
        .and(ResolveRedirects.REDIRECTS, read.get(ReadArticles.REDIRECTS))
        .apply("ResolveRedirects", new ResolveRedirects())
        .apply("FindConflicts", new FindConflicts());
    PCollectionTuple.of(StageResults.DOCUMENTS, joined.get(JoinSources.DOCUMENTS))
        .and(StageResults.CONFLICTS, conflicts)
        .and(StageResults.CONTESTED, conflicts.apply("ContestClaims", new ContestClaims()))
        .and(StageResults.FAILURES, failures)
        .and(StageResults.SOURCES, joined.get(JoinSources.SOURCES))
        .apply("StageResults", new StageResults(options.getStagingDirectory()));
    return pipeline;
  }
}
