package dev.claimcheck.pipelines;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads input files into documents, a container (dump, web archive, JSON Lines) into many;
 * what cannot be read goes to {@link #FAILURES}; entries left out on purpose are counted under
 * {@code skipped.<reason>}; a wiki dump's redirects go to {@link #REDIRECTS}.
 */
public final class ReadArticles extends PTransform<PCollection<InputFile>, PCollectionTuple> {
  /** Documents read. */
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  /** Inputs and entries that could not be read. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  /** The redirects wiki dumps give: (a name, the name it stands for), as the dump titles them. */
  public static final TupleTag<KV<String, String>> REDIRECTS = new TupleTag<>() {};

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
    PCollectionTuple out = inputs.apply("ReadFile",
        ParDo.of(new ReadFileFn(limits, budget)).withOutputTags(DOCUMENTS, TupleTagList.of(FAILURES).and(REDIRECTS)));
    out.get(REDIRECTS).setCoder(REDIRECT_CODER);
    return out;
  }

  /** The coder of {@link #REDIRECTS}. */
  static final KvCoder<String, String> REDIRECT_CODER = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  /**
   * The step on one input, with its counters and busy time: what {@link ReadFileFn} and a fused
   * step ({@link ProcessDocuments}) run. Not thread-safe (a worker's own, made in its set-up).
   */
  static final class Step {
    private final Counter inputs = Metrics.counter(ReadArticles.class, "inputsRead");
    /** Inputs, and parts of inputs read in parts, read: what the progress counts. */
    private final Counter items = Metrics.counter(ReadArticles.class, "itemsRead");
    private final Counter read = Metrics.counter(ReadArticles.class, "documentsRead");
    private final Counter failed = Metrics.counter(ReadArticles.class, "readFailures");
    private final StageTime time = new StageTime(ReadArticles.class);
    private final ArticleReading reading;

    Step(ReadLimits limits, DocumentBudget budget) {
      this.reading = new ArticleReading(limits, budget.reading());
    }

    /**
     * Reads {@code input}, handing each document or failure to {@code next} as it comes, and
     * each redirect to {@code redirects}; the time {@code next} takes is not counted as reading.
     */
    void apply(InputFile input, Consumer<Outcome<Document>> next, BiConsumer<String, String> redirects) {
      long started = StageTime.start();
      long[] handedOn = {0};
      reading.read(input, new ReadSink() {
        @Override
        public void accept(Outcome<Document> outcome) {
          (outcome.isOk() ? read : failed).inc();
          long at = System.nanoTime();
          next.accept(outcome);
          handedOn[0] += System.nanoTime() - at;
        }

        @Override
        public void skipped(String reason) {
          Metrics.counter(ReadArticles.class, "skipped." + reason).inc();
        }

        @Override
        public void redirect(String from, String to) {
          redirects.accept(from, to);
        }
      });
      if (input.isFirstPart()) {
        inputs.inc();
      }
      items.inc();
      time.since(started + handedOn[0]);
    }
  }

  /** Reads one file. */
  static final class ReadFileFn extends DoFn<InputFile, Document> {
    private final ReadLimits limits;
    private final DocumentBudget budget;
    private transient Step step;

    ReadFileFn(ReadLimits limits, DocumentBudget budget) {
      this.limits = limits;
      this.budget = budget;
    }

    @Setup
    public void setup() {
      step = new Step(limits, budget);
    }

    @ProcessElement
    public void process(@Element InputFile input, MultiOutputReceiver out) {
      step.apply(input, outcome -> {
        if (outcome.isOk()) {
          out.get(DOCUMENTS).output(outcome.value());
        } else {
          out.get(FAILURES).output(outcome.failure());
        }
      }, (from, to) -> out.get(REDIRECTS).output(KV.of(from, to)));
    }
  }
}
