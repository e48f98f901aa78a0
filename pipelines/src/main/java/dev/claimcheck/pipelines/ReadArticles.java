package dev.claimcheck.pipelines;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.ArticleReading;
import dev.claimcheck.read.InputFile;
import dev.claimcheck.read.ReadLimits;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Reads input files into documents; inputs that cannot be read go to {@link #FAILURES}. */
public final class ReadArticles extends PTransform<PCollection<InputFile>, PCollectionTuple> {
  /** Documents read. */
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<>() {};
  /** Inputs that could not be read. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final ReadLimits limits;

  /** Reading under {@code limits}. */
  public ReadArticles(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public PCollectionTuple expand(PCollection<InputFile> inputs) {
    return inputs.apply("ReadFile",
        ParDo.of(new ReadFileFn(limits)).withOutputTags(DOCUMENTS, TupleTagList.of(FAILURES)));
  }

  /** Reads one file. */
  static final class ReadFileFn extends DoFn<InputFile, Document> {
    private final ReadLimits limits;
    private final Counter read = Metrics.counter(ReadArticles.class, "inputsRead");
    private final Counter failed = Metrics.counter(ReadArticles.class, "inputsFailed");
    private transient ArticleReading reading;

    ReadFileFn(ReadLimits limits) {
      this.limits = limits;
    }

    @Setup
    public void setup() {
      reading = new ArticleReading(limits);
    }

    @ProcessElement
    public void process(@Element InputFile input, MultiOutputReceiver out) {
      Outcome<Document> outcome = reading.read(input);
      if (outcome.isOk()) {
        read.inc();
        out.get(DOCUMENTS).output(outcome.value());
      } else {
        failed.inc();
        out.get(FAILURES).output(outcome.failure());
      }
    }
  }
}
