package dev.claimcheck.pipelines;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.ArticleReading;
import dev.claimcheck.read.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads input files into documents, a container (dump, web archive, JSON Lines) into many;
 * what cannot be read goes to {@link #FAILURES}; entries left out on purpose are counted under
 * {@code skipped.<reason>}.
 */
public final class ReadArticles extends PTransform<PCollection<InputFile>, PCollectionTuple> {
  /** Documents read. */
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  /** Inputs and entries that could not be read. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final ReadLimits limits;
  private final DocumentBudget budget;

  /** Reading under {@code limits} within the default time budget. */
  public ReadArticles(ReadLimits limits) {
    this(limits, DocumentBudget.DEFAULT);
  }

  /** Reading under {@code limits}, each document within the reading share of {@code budget}. */
  public ReadArticles(ReadLimits limits, DocumentBudget budget) {
    this.limits = limits;
    this.budget = budget;
  }

  @Override
  public PCollectionTuple expand(PCollection<InputFile> inputs) {
    return inputs.apply("ReadFile",
        ParDo.of(new ReadFileFn(limits, budget)).withOutputTags(DOCUMENTS, TupleTagList.of(FAILURES)));
  }

  /** Reads one file. */
  static final class ReadFileFn extends DoFn<InputFile, Document> {
    private final ReadLimits limits;
    private final DocumentBudget budget;
    private final Counter inputs = Metrics.counter(ReadArticles.class, "inputsRead");
    /** Inputs, and parts of inputs read in parts, read: what the progress counts. */
    private final Counter items = Metrics.counter(ReadArticles.class, "itemsRead");
    private final Counter read = Metrics.counter(ReadArticles.class, "documentsRead");
    private final Counter failed = Metrics.counter(ReadArticles.class, "readFailures");
    private final StageTime time = new StageTime(ReadArticles.class);
    private transient ArticleReading reading;

    ReadFileFn(ReadLimits limits, DocumentBudget budget) {
      this.limits = limits;
      this.budget = budget;
    }

    @Setup
    public void setup() {
      reading = new ArticleReading(limits, budget.reading());
    }

    @ProcessElement
    public void process(@Element InputFile input, MultiOutputReceiver out) {
      long started = StageTime.start();
      reading.read(input, new ReadSink() {
        @Override
        public void accept(Outcome<Document> outcome) {
          if (outcome.isOk()) {
            read.inc();
            out.get(DOCUMENTS).output(outcome.value());
          } else {
            failed.inc();
            out.get(FAILURES).output(outcome.failure());
          }
        }

        @Override
        public void skipped(String reason) {
          Metrics.counter(ReadArticles.class, "skipped." + reason).inc();
        }
      });
      if (input.isFirstPart()) {
        inputs.inc();
      }
      items.inc();
      time.since(started);
    }
  }
}
