package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Span;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Rows;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staging: judged documents and failures written as staged records with the run's totals; a
 * document that cannot be rendered becomes a {@code render} failure, staged and counted with
 * the others, and the rest of the run goes on.
 */
class StageResultsTest {
  @TempDir Path tmp;

  private static InputFile fixture(String name) {
    return new InputFile(RepoFixtures.root().resolve("text").resolve(name).toString(), name);
  }

  /** A copy of {@code a} whose first claim points past the end of its text: it cannot be rendered. */
  static Analysis broken(Analysis a) {
    if (!a.document().source().equals("blog-uncited.txt")) {
      return a;
    }
    List<Claim> claims = new ArrayList<>(a.claims());
    Claim c = claims.get(0);
    int end = a.document().text().length() + 10;
    claims.set(0, new Claim(c.id(), new Span(c.span().documentId(), end - 5, end), c.text(), c.section(),
        c.paragraph(), c.sentence(), c.dates(), List.of(), c.citations(), c.attribution(), c.flags(), c.status(),
        c.reasons(), c.evidence(), c.unsupported()));
    return a.withClaims(claims);
  }

  @Test
  void documentsAndFailuresAreStagedAndADocumentThatCannotBeRenderedIsAFailure() throws IOException {
    Path staging = Files.createDirectories(tmp.resolve("staging"));
    Pipeline p = DirectPipelines.create();
    PCollectionTuple read = p
        .apply(Create.of(fixture("wiki-mixed-citations.txt"), fixture("blog-uncited.txt"), fixture("empty.txt")))
        .apply(new ReadArticles(ReadLimits.DEFAULT));
    PCollectionTuple extracted = read.get(ReadArticles.DOCUMENTS).apply(new ExtractClaims());
    PCollection<CheckedDocument> judged = extracted.get(ExtractClaims.ANALYSES).apply(new JudgeClaims())
        .get(JudgeClaims.JUDGED)
        .apply("Break", MapElements.into(TypeDescriptor.of(CheckedDocument.class))
            .via((Analysis a) -> CheckedDocument.unchecked(broken(a))))
        .setCoder(ModelCoders.coder(CheckedDocument.class));
    PCollectionTuple.of(StageResults.DOCUMENTS, judged)
        .and(StageResults.FAILURES, read.get(ReadArticles.FAILURES))
        .apply(new StageResults(staging.toString()));
    p.run().waitUntilFinish();

    Path out = Files.createDirectories(tmp.resolve("out"));
    ReportAssembler.assemble(staging, out, 3);
    JsonNode summary = Rows.MAPPER.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("documents").asInt()).as("the document that cannot be rendered is not counted").isEqualTo(1);
    List<JsonNode> errors = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
      errors.add(Rows.MAPPER.readTree(line));
    }
    assertThat(errors).extracting(e -> e.get("input").asText() + " " + e.get("stage").asText())
        .containsExactly("blog-uncited.txt render", "empty.txt read");
    assertThat(summary.get("errors").asInt()).isEqualTo(2);
    assertThat(Files.readAllLines(out.resolve("documents.jsonl"))).hasSize(1)
        .allMatch(l -> l.contains("wiki-mixed-citations.txt"));
  }
}
