package dev.claimcheck.pipelines;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.verdict.Judge;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Gives every claim its status and reasons. */
public final class JudgeClaims extends PTransform<PCollection<Analysis>, PCollection<Analysis>> {

  @Override
  public PCollection<Analysis> expand(PCollection<Analysis> analyses) {
    return analyses.apply("JudgeDocument", ParDo.of(new JudgeFn()));
  }

  /** Judges the claims of one document. */
  static final class JudgeFn extends DoFn<Analysis, Analysis> {
    @ProcessElement
    public void process(@Element Analysis analysis, OutputReceiver<Analysis> out) {
      out.output(Judge.judge(analysis));
    }
  }
}
