package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.TextShelf;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Deadline;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.verdict.Judge;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Gives every claim its status and reasons; with checked sources (a map from cited URL to what
 * was learnt, small, and the texts read, shelved on disk and read back for the documents that
 * cite them), their support, contradiction or death too. A document judging fails on, or that
 * runs over its time budget, becomes a record in {@link #FAILURES}.
 */
public final class JudgeClaims extends PTransform<PCollection<Analysis>, PCollectionTuple> {
  /** Judged analyses. */
  public static final TupleTag<Analysis> JUDGED = new TupleTag<>() {};
  /** Documents judging failed on. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final PCollectionView<Map<String, SourceResult>> sources;
  private final String textsFolder;
  private final Duration budget;

  /** Judging without source checks. */
  public JudgeClaims() {
    this(null, null);
  }

  /**
   * Judging with the checked sources, or without when {@code sources} is null.
   *
   * @param textsFolder the shelf the check step kept the texts on
   */
  public JudgeClaims(PCollectionView<Map<String, SourceResult>> sources, String textsFolder) {
    this(sources, textsFolder, DocumentBudget.DEFAULT);
  }

  /** Judging as above, within the judging share of {@code budget} per document. */
  public JudgeClaims(PCollectionView<Map<String, SourceResult>> sources, String textsFolder,
      DocumentBudget budget) {
    this.sources = sources;
    this.textsFolder = textsFolder;
    this.budget = budget.judging();
  }

  @Override
  public PCollectionTuple expand(PCollection<Analysis> analyses) {
    ParDo.MultiOutput<Analysis, Analysis> judge = ParDo.of(new JudgeFn(sources, textsFolder, budget))
        .withOutputTags(JUDGED, TupleTagList.of(FAILURES));
    return analyses.apply("JudgeDocument", sources == null ? judge : judge.withSideInputs(sources));
  }

  /**
   * The step on one document, with its counter and busy time: what {@link JudgeFn} and a fused
   * step ({@link ProcessDocuments}) run.
   */
  static final class Step implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Duration budget;
    private final Counter failed = Metrics.counter(JudgeClaims.class, "documentsFailed");
    private final StageTime time = new StageTime(JudgeClaims.class);

    Step(Duration budget) {
      this.budget = budget;
    }

    /** The judged analysis, or its failure record; {@code lookup} gives checked sources, or is null. */
    Outcome<Analysis> apply(Analysis analysis, Function<String, SourceResult> lookup) {
      long started = StageTime.start();
      try {
        return Outcome.ok(Judge.judge(analysis, lookup, Deadline.after(budget)));
      } catch (Throwable e) { // NOPMD: one document's failure, not the run's end
        failed.inc();
        return Outcome.failed(Failure.caught(analysis.document().source(), "judge", e));
      } finally {
        time.since(started);
      }
    }
  }

  /** Judges the claims of one document. */
  static final class JudgeFn extends DoFn<Analysis, Analysis> {
    private final PCollectionView<Map<String, SourceResult>> sources;
    private final String textsFolder;
    private final Step step;
    private transient TextShelf shelf;

    JudgeFn(PCollectionView<Map<String, SourceResult>> sources, String textsFolder, Duration budget) {
      this.sources = sources;
      this.textsFolder = textsFolder;
      this.step = new Step(budget);
    }

    @Setup
    public void setup() {
      shelf = textsFolder == null ? null : new TextShelf(Path.of(textsFolder));
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Analysis analysis = c.element();
      Function<String, SourceResult> lookup = null;
      if (sources != null) {
        Map<String, SourceResult> checked = c.sideInput(sources);
        // Each cited URL's texts read once per document, however many of its claims cite it.
        Map<String, SourceResult> withTexts = new HashMap<>();
        lookup = url -> {
          SourceResult r = checked.get(url);
          return r == null || shelf == null ? r : withTexts.computeIfAbsent(url, u -> r.withTexts(shelf.get(u)));
        };
      }
      Outcome<Analysis> judged = step.apply(analysis, lookup);
      if (judged.isOk()) {
        c.output(judged.value());
      } else {
        c.output(FAILURES, judged.failure());
      }
    }
  }
}
