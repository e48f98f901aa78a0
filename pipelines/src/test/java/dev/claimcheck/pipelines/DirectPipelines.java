package dev.claimcheck.pipelines;

import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Pipelines for tests: on the DirectRunner, with the model's coders registered. */
final class DirectPipelines {
  private DirectPipelines() {}

  static Pipeline create() {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(DirectRunner.class);
    Pipeline p = Pipeline.create(options);
    ModelCoders.register(p);
    return p;
  }
}
