package dev.claimcheck.pipelines;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.facts.DocumentFacts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.Failure;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.results.Tally;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reading, extraction, judging and staging in one step, for a run that checks no sources: each
 * document goes through every step as it is read and is staged before the next is read, so a
 * worker holds one document at a time. Without it, a runner with no back-pressure between
 * steps (the DirectRunner) reads a large dump far ahead of the extraction and holds what it
 * read in memory. Runs the same step objects as {@link ReadArticles}, {@link ExtractClaims},
 * {@link JudgeClaims} and {@link StageResults} (same counters, same records, same failures);
 * outputs the failures, to be staged with the others, the tally of the documents each bundle
 * staged, the facts their claims state and the redirects a wiki dump gives.
 */
public final class ProcessDocuments extends PTransform<PCollection<InputFile>, PCollectionTuple> {
  /** The failures, to be staged with the others. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  /** The facts the staged documents' claims state. */
  public static final TupleTag<Fact> FACTS = new TupleTag<>() {};
  /** What the documents staged by each bundle add to the totals. */
  public static final TupleTag<Tally> TALLIES = new TupleTag<>() {};
  /** The redirects wiki dumps give ({@link ReadArticles#REDIRECTS}). */
  public static final TupleTag<KV<String, String>> REDIRECTS = new TupleTag<>() {};

  private final ReadLimits limits;
  private final DocumentBudget budget;
  private final String stagingDirectory;

  /** Processing under {@code limits} and {@code budget}, staging into {@code stagingDirectory}. */
  public ProcessDocuments(ReadLimits limits, DocumentBudget budget, String stagingDirectory) {
    this.limits = limits;
    this.budget = budget;
    this.stagingDirectory = stagingDirectory;
  }

  @Override
  public PCollectionTuple expand(PCollection<InputFile> inputs) {
    PCollectionTuple out = inputs.apply("ReadExtractJudgeStage",
        ParDo.of(new ProcessFn(limits, budget, stagingDirectory)).withOutputTags(FAILURES, TupleTagList.of(TALLIES).and(FACTS).and(REDIRECTS)));
    out.get(FAILURES).setCoder(ModelCoders.coder(Failure.class));
    out.get(TALLIES).setCoder(ModelCoders.coder(Tally.class));
    out.get(FACTS).setCoder(ModelCoders.coder(Fact.class));
    out.get(REDIRECTS).setCoder(ReadArticles.REDIRECT_CODER);
    return out;
  }

  /** Takes one input through every step. */
  static final class ProcessFn extends DoFn<InputFile, Failure> {
    private final ReadLimits limits;
    private final DocumentBudget budget;
    private final ExtractClaims.Step extract;
    private final JudgeClaims.Step judge;
    private final StageTime stageTime = new StageTime(StageResults.class);
    private final StageResults.StagingFile<CheckedDocument> documents;
    private transient ReadArticles.Step read;

    ProcessFn(ReadLimits limits, DocumentBudget budget, String stagingDirectory) {
      this.limits = limits;
      this.budget = budget;
      this.extract = new ExtractClaims.Step(budget.analysis());
      this.judge = new JudgeClaims.Step(budget.judging());
      this.documents = new StageResults.StagingFile<>(stagingDirectory, StageResults.Kind.DOCUMENT);
    }

    @Setup
    public void setup() {
      read = new ReadArticles.Step(limits, budget);
    }

    @StartBundle
    public void start() throws IOException {
      documents.close();
    }

    @ProcessElement
    public void process(@Element InputFile input, MultiOutputReceiver out) {
      OutputReceiver<Failure> failures = out.get(FAILURES);
      read.apply(input, document -> {
        Outcome<Analysis> judged = document.then(extract::apply).then(a -> judge.apply(a, null));
        if (!judged.isOk()) {
          failures.output(judged.failure());
          return;
        }
        long started = StageTime.start();
        try {
          CheckedDocument unchecked = CheckedDocument.unchecked(judged.value());
          Failure unstaged = documents.stage(unchecked);
          if (unstaged != null) {
            failures.output(unstaged);
          } else {
            DocumentFacts.of(judged.value()).forEach(out.get(FACTS)::output);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e); // the staging folder cannot be written: the run's end
        } finally {
          stageTime.since(started);
        }
      }, (from, to) -> out.get(REDIRECTS).output(KV.of(from, to)));
    }

    @FinishBundle
    public void finish(FinishBundleContext c) throws IOException {
      documents.close();
      Tally tally = documents.takeTally();
      if (tally != null) {
        c.output(TALLIES, tally, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
    }

    @Teardown
    public void teardown() throws IOException {
      documents.close();
    }
  }
}
