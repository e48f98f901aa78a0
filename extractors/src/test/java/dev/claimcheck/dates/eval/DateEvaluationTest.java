package dev.claimcheck.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.testing.SharedCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** claimcheck's dates against human annotation, with the scorer the benchmark uses. */
class DateEvaluationTest {

  @Test
  void timeBank() {
    List<AnnotatedDocument> docs = AnnotatedCorpus.readAll(
        SharedCorpus.root().resolve("corpus/labelled/timebank"));
    Scores s = TimexScorer.score(docs, new ClaimcheckTagger());
    System.out.println(Scores.header());
    System.out.println(s.row("claimcheck / timebank"));
    for (AnnotatedDocument d : docs) {
      List<Timex> found = new ClaimcheckTagger().tag(d);
      String text = d.text();
      for (Timex g : d.gold()) {
        boolean hit = found.stream().anyMatch(p -> p.start() == g.start() && p.end() == g.end()
            && TimexScorer.canonical(p.value()).equals(TimexScorer.canonical(g.value())));
        if (!hit) {
          System.out.println("MISS " + text.substring(g.start(), g.end()) + " = " + g.value()
              + " | got " + found.stream().filter(p -> p.overlaps(g))
              .map(p -> text.substring(p.start(), p.end()) + "=" + p.value()).toList());
        }
      }
      for (Timex p : found) {
        if (d.gold().stream().noneMatch(g -> g.overlaps(p))) {
          System.out.println("EXTRA " + text.substring(p.start(), p.end()) + " = " + p.value());
        }
      }
    }
    assertThat(s.gold()).isPositive();
  }
}
