package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.TextShelf;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.verdict.Judge;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Gives every claim its status and reasons; with checked sources (a map from cited URL to what
 * was learnt, small, and the texts read, shelved on disk and read back for the documents that
 * cite them), their support, contradiction or death too.
 */
public final class JudgeClaims extends PTransform<PCollection<Analysis>, PCollection<Analysis>> {
  private final PCollectionView<Map<String, SourceResult>> sources;
  private final String textsFolder;

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
    this.sources = sources;
    this.textsFolder = textsFolder;
  }

  @Override
  public PCollection<Analysis> expand(PCollection<Analysis> analyses) {
    if (sources == null) {
      return analyses.apply("JudgeDocument", ParDo.of(new JudgeFn(null, null)));
    }
    return analyses.apply("JudgeDocument", ParDo.of(new JudgeFn(sources, textsFolder)).withSideInputs(sources));
  }

  /** Judges the claims of one document. */
  static final class JudgeFn extends DoFn<Analysis, Analysis> {
    private final PCollectionView<Map<String, SourceResult>> sources;
    private final String textsFolder;
    private transient TextShelf shelf;

    JudgeFn(PCollectionView<Map<String, SourceResult>> sources, String textsFolder) {
      this.sources = sources;
      this.textsFolder = textsFolder;
    }

    @Setup
    public void setup() {
      shelf = textsFolder == null ? null : new TextShelf(Path.of(textsFolder));
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (sources == null) {
        c.output(Judge.judge(c.element()));
      } else {
        Map<String, SourceResult> checked = c.sideInput(sources);
        // Each cited URL's texts read once per document, however many of its claims cite it.
        Map<String, SourceResult> withTexts = new HashMap<>();
        c.output(Judge.judge(c.element(), url -> {
          SourceResult r = checked.get(url);
          return r == null || shelf == null ? r : withTexts.computeIfAbsent(url, u -> r.withTexts(shelf.get(u)));
        }));
      }
    }
  }
}
