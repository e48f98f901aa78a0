package dev.claimcheck.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Span;
import dev.claimcheck.testing.CorpusCounts;
import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.testing.SharedCorpus;
import dev.claimcheck.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * claimcheck's dates against human annotation, scored the way the benchmark scores every
 * tagger. The bounds are the figures reached, rounded down: a change that loses ground fails.
 */
class DateEvaluationTest {

  private static List<AnnotatedDocument> fixtures() {
    return AnnotatedCorpus.readAll(RepoFixtures.root().resolve("dates"));
  }

  @Test
  void theEvaluationSetIsAsLargeAsPromised() {
    List<AnnotatedDocument> docs = fixtures();
    int expressions = docs.stream().mapToInt(d -> d.gold().size()).sum();
    int datedSentences = 0;
    int numberLikeSentences = 0;
    for (AnnotatedDocument d : docs) {
      String text = d.text();
      int at = 0;
      for (String p : d.paragraphs()) {
        for (Span s : SentenceSplitter.split(text, new Span(d.id(), at, at + p.length()), List.of())) {
          if (d.gold().stream().anyMatch(g -> g.start() >= s.start() && g.end() <= s.end())) {
            datedSentences++;
          }
          // Every sentence of the non-date documents is written around number-like non-dates.
          if (d.style().equals("nondates")) {
            numberLikeSentences++;
          }
        }
        at += p.length() + 2;
      }
    }
    assertThat(expressions).isGreaterThanOrEqualTo(400);
    assertThat(datedSentences).isGreaterThanOrEqualTo(150);
    assertThat(numberLikeSentences).isGreaterThanOrEqualTo(100);
  }

  @Test
  void fixturesScoreAtLeastTheFiguresReached() {
    Scores s = TimexScorer.score(fixtures(), new ClaimcheckTagger());
    System.out.println(Scores.header() + "\n" + s.row("claimcheck / fixtures/dates"));
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.valueAccuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.96);
    assertThat(s.impossible()).isZero();
  }

  @Test
  void heldOutPartScoresAtLeastTheFiguresReached() {
    Scores s = TimexScorer.score(fixtures().stream().filter(d -> d.id().startsWith("held-"))
        .toList(), new ClaimcheckTagger());
    System.out.println(s.row("claimcheck / held-out part"));
    assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void timeBankScoresAtLeastTheFiguresReached() {
    List<AnnotatedDocument> docs =
        AnnotatedCorpus.readAll(SharedCorpus.root().resolve("corpus/labelled/timebank"));
    Scores s = TimexScorer.score(docs, new ClaimcheckTagger());
    System.out.println(s.row("claimcheck / timebank"));
    // Every TIMEX3 the corpus counts, less each document's creation time, which is metadata.
    CorpusCounts counts = CorpusCounts.load();
    int expected = docs.stream().mapToInt(d -> counts.count(
        "labelled/timebank/" + d.id() + ".tml", "timex3_total") - 1).sum();
    assertThat(s.gold()).isEqualTo(expected);
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.86);
    assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.80);
    assertThat(s.impossible()).isZero();
  }

  /**
   * TempEval-3's training data, scored as TempEval-3 scores: TimeBank is the part the rules were
   * developed on, AQUAINT the part kept aside to check them.
   */
  @Test
  void tempEval3ScoresAtLeastTheFiguresReached() {
    java.nio.file.Path tempeval = SharedCorpus.root().resolve("corpus/labelled/tempeval3-train");
    Scores timeBank = TimexScorer.score(AnnotatedCorpus.readAll(tempeval.resolve("TimeBank")), new ClaimcheckTagger());
    Scores aquaint = TimexScorer.score(AnnotatedCorpus.readAll(tempeval.resolve("AQUAINT")), new ClaimcheckTagger());
    System.out.println(timeBank.row("claimcheck / TimeBank") + "\n" + aquaint.row("claimcheck / AQUAINT"));
    assertThat(timeBank.gold()).isEqualTo(1243);
    assertThat(aquaint.gold()).isEqualTo(579);
    assertThat(timeBank.valueF1()).isGreaterThanOrEqualTo(0.862);
    assertThat(aquaint.valueF1()).isGreaterThanOrEqualTo(0.782);
    assertThat(timeBank.plus(aquaint).valueF1()).isGreaterThanOrEqualTo(0.837);
    assertThat(timeBank.impossible() + aquaint.impossible()).isZero();
  }
}
