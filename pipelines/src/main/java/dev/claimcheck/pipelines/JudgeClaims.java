package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.verdict.Judge;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Gives every claim its status and reasons; with checked sources (a map from cited URL to what
 * was learnt), their support, contradiction or death too.
 */
public final class JudgeClaims extends PTransform<PCollection<Analysis>, PCollection<Analysis>> {
  private final PCollectionView<Map<String, SourceResult>> sources;

  /** Judging without source checks. */
  public JudgeClaims() {
    this(null);
  }

  /** Judging with the checked sources, or without when {@code sources} is null. */
  public JudgeClaims(PCollectionView<Map<String, SourceResult>> sources) {
    this.sources = sources;
  }

  @Override
  public PCollection<Analysis> expand(PCollection<Analysis> analyses) {
    if (sources == null) {
      return analyses.apply("JudgeDocument", ParDo.of(new JudgeFn(null)));
    }
    return analyses.apply("JudgeDocument", ParDo.of(new JudgeFn(sources)).withSideInputs(sources));
  }

  /** Judges the claims of one document. */
  static final class JudgeFn extends DoFn<Analysis, Analysis> {
    private final PCollectionView<Map<String, SourceResult>> sources;

    JudgeFn(PCollectionView<Map<String, SourceResult>> sources) {
      this.sources = sources;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (sources == null) {
        c.output(Judge.judge(c.element()));
      } else {
        Map<String, SourceResult> checked = c.sideInput(sources);
        c.output(Judge.judge(c.element(), checked::get));
      }
    }
  }
}
