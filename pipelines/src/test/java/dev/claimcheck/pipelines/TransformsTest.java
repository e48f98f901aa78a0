package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Status;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.BadInputs;
import dev.claimcheck.testing.RepoFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pipeline test per composite, the dead-letter output asserted too. */
class TransformsTest {

  private static InputFile fixture(String name) {
    return new InputFile(RepoFixtures.root().resolve("text").resolve(name).toString(), name);
  }

  @Test
  void readArticlesRoutesUnreadableInputsToFailures() {
    Pipeline p = DirectPipelines.create();
    PCollectionTuple read = p
        .apply(Create.of(fixture("blog-uncited.txt"), fixture("empty.txt"),
            fixture("binary-named.txt"), fixture("invalid-utf8.txt")))
        .apply(new ReadArticles(ReadLimits.DEFAULT));
    PAssert.that(read.get(ReadArticles.DOCUMENTS)).satisfies(docs -> {
      assertThat(docs).extracting(Document::source).containsExactly("blog-uncited.txt");
      return null;
    });
    PAssert.that(read.get(ReadArticles.FAILURES)).satisfies(failures -> {
      assertThat(failures).extracting(Failure::input, Failure::errorClass)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("empty.txt", "empty"),
              org.assertj.core.groups.Tuple.tuple("binary-named.txt", "binary"),
              org.assertj.core.groups.Tuple.tuple("invalid-utf8.txt", "encoding"));
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void extractThenJudgeGivesEveryClaimAStatus() {
    Pipeline p = DirectPipelines.create();
    PCollectionTuple read = p
        .apply(Create.of(fixture("wiki-mixed-citations.txt"), fixture("blog-uncited.txt")))
        .apply(new ReadArticles(ReadLimits.DEFAULT));
    PCollectionTuple extracted = read.get(ReadArticles.DOCUMENTS).apply(new ExtractClaims());
    PCollectionTuple judging = extracted.get(ExtractClaims.ANALYSES).apply(new JudgeClaims());
    PCollection<Analysis> judged = judging.get(JudgeClaims.JUDGED);
    PAssert.that(judging.get(JudgeClaims.FAILURES)).empty();
    PAssert.that(extracted.get(ExtractClaims.FAILURES)).empty();
    PAssert.that(extracted.get(ExtractClaims.ANALYSES)).satisfies(analyses -> {
      assertThat(StreamSupport.stream(analyses.spliterator(), false)
          .flatMap(a -> a.claims().stream())).allMatch(c -> c.status() == null);
      return null;
    });
    PAssert.that(judged).satisfies(analyses -> {
      List<Claim> claims = StreamSupport.stream(analyses.spliterator(), false)
          .flatMap(a -> a.claims().stream()).toList();
      assertThat(claims).isNotEmpty().allMatch(c -> c.status() != null && !c.reasons().isEmpty());
      assertThat(claims).extracting(Claim::status)
          .contains(Status.CITED, Status.UNSOURCED, Status.ATTRIBUTED, Status.CONTESTED);
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void aDocumentOverItsBudgetIsATimeoutFailureAtEachStep(@TempDir Path tmp) throws java.io.IOException {
    // A budget too small for anything, and a document long enough that every step checks its
    // deadline many times: each step gives up on it, however coarse the clock.
    DocumentBudget none = new DocumentBudget(java.time.Duration.ofNanos(3));
    Path text = Files.writeString(tmp.resolve("long.txt"),
        "Ferries\n\n" + BadInputs.ordinarySentences(200_000).replace(". ", ".\n\n"));
    InputFile input = new InputFile(text.toString(), "long.txt");
    Pipeline p = DirectPipelines.create();
    PCollectionTuple read = p.apply(Create.of(input)).apply(new ReadArticles(ReadLimits.DEFAULT));
    PCollectionTuple extracted = read.get(ReadArticles.DOCUMENTS).apply(new ExtractClaims(none));
    PAssert.that(extracted.get(ExtractClaims.ANALYSES)).empty();
    PAssert.that(extracted.get(ExtractClaims.FAILURES).apply("DescribeExtract", describe()))
        .containsInAnyOrder("long.txt extract timeout");
    PCollectionTuple judging = read.get(ReadArticles.DOCUMENTS).apply("Analyze", new ExtractClaims())
        .get(ExtractClaims.ANALYSES).apply(new JudgeClaims(null, null, none));
    PAssert.that(judging.get(JudgeClaims.JUDGED)).empty();
    PAssert.that(judging.get(JudgeClaims.FAILURES).apply("DescribeJudge", describe()))
        .containsInAnyOrder("long.txt judge timeout");
    PCollectionTuple hurried = p.apply("Again", Create.of(input))
        .apply("ReadHurried", new ReadArticles(ReadLimits.DEFAULT, none));
    PAssert.that(hurried.get(ReadArticles.FAILURES).apply("DescribeRead", describe()))
        .containsInAnyOrder("long.txt read timeout");
    p.run().waitUntilFinish();
  }

  /** A failure as "input stage class", which any runner can carry and compare. */
  private static org.apache.beam.sdk.transforms.MapElements<Failure, String> describe() {
    return org.apache.beam.sdk.transforms.MapElements.into(org.apache.beam.sdk.values.TypeDescriptors.strings())
        .via((Failure f) -> f.input() + " " + f.stage() + " " + f.errorClass());
  }
}
