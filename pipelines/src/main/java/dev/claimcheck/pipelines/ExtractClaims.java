package dev.claimcheck.pipelines;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Deadline;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Outcome;
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

  /**
   * The step on one document, with its counters and busy time: what {@link AnalyzeFn} and a
   * fused step ({@link ProcessDocuments}) run.
   */
  static final class Step implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Counter claims = Metrics.counter(ExtractClaims.class, "claims");
    private final Counter references = Metrics.counter(ExtractClaims.class, "references");
    private final Counter failed = Metrics.counter(ExtractClaims.class, "documentsFailed");
    private final StageTime time = new StageTime(ExtractClaims.class);
    private final Duration budget;

    Step(Duration budget) {
      this.budget = budget;
    }

    /** The document's analysis, or its failure record. */
    Outcome<Analysis> apply(Document document) {
      long started = StageTime.start();
      Analysis analysis;
      try {
        analysis = ArticleAnalyzer.analyze(document, Deadline.after(budget));
      } catch (Throwable e) { // NOPMD: a stack overflow on one document is that document's failure
        // An extractor bug on one document is that document's failure record, not the run's end.
        failed.inc();
        return Outcome.failed(Failure.caught(document.source(), "extract", e));
      } finally {
        time.since(started);
      }
      claims.inc(analysis.claims().size());
      references.inc(analysis.references().size());
      return Outcome.ok(analysis);
    }
  }

  /** Analyses one document. */
  static final class AnalyzeFn extends DoFn<Document, Analysis> {
    private final Step step;

    AnalyzeFn(Duration budget) {
      this.step = new Step(budget);
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      Outcome<Analysis> analysis = step.apply(document);
      if (analysis.isOk()) {
        out.get(ANALYSES).output(analysis.value());
      } else {
        out.get(FAILURES).output(analysis.failure());
      }
    }
  }
}
