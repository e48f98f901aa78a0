package dev.claimcheck.pipelines;

import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.check.UrlTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import dev.claimcheck.results.CitedSource;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The {@code recheck} pipeline: the URLs of earlier runs' state (with the dates their
 * citations gave), and any URLs named on the command line, checked again → staged sources.
 */
public final class RecheckPipeline {
  private RecheckPipeline() {}

  /** The URLs to re-check: every URL of the state's histories, then the extra ones, one task per URL. */
  static List<UrlTask> tasks(Map<String, UrlHistory> state, List<UrlTask> extra) {
    Map<String, UrlTask> tasks = new TreeMap<>();
    for (UrlHistory h : state.values()) {
      tasks.put(h.url(), h.task() != null ? h.task() : new UrlTask(h.url(), null, null));
    }
    for (UrlTask t : extra) {
      tasks.putIfAbsent(t.url(), t);
    }
    return new ArrayList<>(tasks.values());
  }

  /** Builds the pipeline over {@code tasks}; the caller runs it. */
  public static Pipeline build(ReportOptions options, List<UrlTask> tasks, SourceChecks checks) {
    Pipeline pipeline = Pipeline.create(options);
    ModelCoders.register(pipeline);
    PCollectionTuple checked = pipeline
        .apply("ListUrls", Create.of(tasks).withCoder(ModelCoders.coder(UrlTask.class)))
        .apply("CheckSources", checks.transform(null, options.getWorkers()));
    PCollection<CitedSource> sources = checked.get(CheckSources.CHECKED)
        .apply("Uncited", MapElements.into(TypeDescriptor.of(CitedSource.class)).via(CitedSource::uncited))
        .setCoder(ModelCoders.coder(CitedSource.class));
    PCollectionTuple.of(StageResults.SOURCES, sources)
        .and(StageResults.FAILURES, checked.get(CheckSources.FAILURES))
        .apply("StageResults", new StageResults(options.getStagingDirectory()));
    return pipeline;
  }
}
