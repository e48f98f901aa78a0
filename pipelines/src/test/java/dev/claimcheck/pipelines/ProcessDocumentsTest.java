package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.results.Tally;
import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fused step of a run without source checks: documents read, judged and staged one at a
 * time; a document that cannot be read is a failure; the tallies count the staged documents;
 * the facts and a wiki dump's redirects come out beside them.
 */
class ProcessDocumentsTest {
  @TempDir Path tmp;

  private static InputFile fixture(String folder, String name) {
    return new InputFile(RepoFixtures.root().resolve(folder).resolve(name).toString(), name);
  }

  @Test
  void documentsAreStagedAndFailuresFactsTalliesAndRedirectsComeOut() throws IOException {
    Path staging = Files.createDirectories(tmp.resolve("staging"));
    Pipeline p = DirectPipelines.create();
    PCollectionTuple out = p
        .apply(Create.of(fixture("text", "wiki-mixed-citations.txt"), fixture("text", "empty.txt"),
            fixture("contested", "orrin-wiki.xml")))
        .apply(new ProcessDocuments(ReadLimits.DEFAULT, DocumentBudget.DEFAULT, staging.toString()));
    PAssert.that(out.get(ProcessDocuments.FAILURES)).satisfies(all -> {
      List<Failure> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list).extracting(Failure::input).containsExactly("empty.txt");
      return null;
    });
    PAssert.that(out.get(ProcessDocuments.TALLIES)).satisfies(all -> {
      long documents = 0;
      for (Tally t : all) {
        documents += t.counts().documents();
      }
      // The text file and the dump's two articles; the redirect page is no document.
      assertThat(documents).isEqualTo(3);
      return null;
    });
    PAssert.that(out.get(ProcessDocuments.FACTS)).satisfies(all -> {
      List<Fact> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list).isNotEmpty();
      assertThat(list).extracting(Fact::relation).contains("founded");
      return null;
    });
    PAssert.that(out.get(ProcessDocuments.REDIRECTS)).satisfies(all -> {
      List<KV<String, String>> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list).containsExactly(KV.of("Orrin Ferries", "Lake Orrin Ferry Company"));
      return null;
    });
    p.run().waitUntilFinish();
    try (var staged = Files.list(staging)) {
      assertThat(staged.count()).as("staged files").isPositive();
    }
  }
}
