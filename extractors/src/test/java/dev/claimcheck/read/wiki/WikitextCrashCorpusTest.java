package dev.claimcheck.read.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crash corpus of wikitext ({@code fixtures/bad/wikitext/}: unclosed and deeply nested
 * templates, references and tables, bracket noise, runs of quote marks, a 10,000-parameter
 * infobox): every page is read and analysed without throwing. The bound is a guard against a
 * hang, far above what a page takes; speed is measured by the benchmarks.
 */
class WikitextCrashCorpusTest {
  static Stream<Path> pages() throws IOException {
    return Files.list(RepoFixtures.root().resolve("bad/wikitext")).sorted();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsAndAnalysesWithoutThrowing(Path page) throws IOException {
    byte[] bytes = Files.readAllBytes(page);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      Outcome<Document> read = new WikitextReader(ReadLimits.DEFAULT).read(page.getFileName().toString(), bytes);
      if (read.value() != null) {
        assertThat(ArticleAnalyzer.analyze(read.value()).claims()).isNotNull();
      } else {
        assertThat(read.failure().message()).isNotBlank();
      }
    });
  }
}
