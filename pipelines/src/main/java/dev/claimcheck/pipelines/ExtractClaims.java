package dev.claimcheck.pipelines;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Deadline;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.DocumentBudget;
import java.time.Duration;
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
 * Extracts claims and references from each document and links them. A document the extractors
 * fail on becomes a record in {@link #FAILURES}, so one bad document never stops the batch.
 */
public final class ExtractClaims extends PTransform<PCollection<Document>, PCollectionTuple> {
  private final Duration budget;

  /** Extraction within the default time budget per document. */
  public ExtractClaims() {
    this(DocumentBudget.DEFAULT);
  }

  /** Extraction within the analysis share of {@code budget}: a document over it is a timeout failure. */
  public ExtractClaims(DocumentBudget budget) {
    this.budget = budget.analysis();
  }

  /** Linked, not yet judged, analyses. */
  public static final TupleTag<Analysis> ANALYSES = new TupleTag<>() {};
  /** Documents extraction failed on. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    return documents.apply("AnalyzeDocument",
        ParDo.of(new AnalyzeFn(budget)).withOutputTags(ANALYSES, TupleTagList.of(FAILURES)));
  }

  /** Analyses one document. */
  static final class AnalyzeFn extends DoFn<Document, Analysis> {
    private final Counter claims = Metrics.counter(ExtractClaims.class, "claims");
    private final Counter references = Metrics.counter(ExtractClaims.class, "references");
    private final Counter failed = Metrics.counter(ExtractClaims.class, "documentsFailed");
    private final StageTime time = new StageTime(ExtractClaims.class);
    private final Duration budget;

    AnalyzeFn(Duration budget) {
      this.budget = budget;
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      Analysis analysis;
      long started = StageTime.start();
      try {
        analysis = ArticleAnalyzer.analyze(document, Deadline.after(budget));
      } catch (Throwable e) { // NOPMD: a stack overflow on one document is that document's failure
        // An extractor bug on one document is that document's failure record, not the run's end.
        failed.inc();
        out.get(FAILURES).output(Failure.caught(document.source(), "extract", e));
        return;
      } finally {
        time.since(started);
      }
      claims.inc(analysis.claims().size());
      references.inc(analysis.references().size());
      out.get(ANALYSES).output(analysis);
    }
  }
}
