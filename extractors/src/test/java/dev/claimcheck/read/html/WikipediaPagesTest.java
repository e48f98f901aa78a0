package dev.claimcheck.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Status;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.CorpusCounts;
import dev.claimcheck.testing.SharedCorpus;
import dev.claimcheck.verdict.Judge;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real Wikipedia pages of the shared corpus, against their counted facts. */
class WikipediaPagesTest {

  private static Analysis read(String file) {
    Path path = SharedCorpus.root().resolve("corpus").resolve(file);
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path.toString(), path.getFileName().toString())).get(0);
    return Judge.judge(ArticleAnalyzer.analyze(outcome.value()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "wikipedia-html/readability-wikipedia-3-Hermitian_matrix.source.html",
      "wikipedia-html/trafilatura-en.wikipedia.org.tsne.html",
      "wikipedia-html/mobileapps-Dog.parsoid.html"})
  void markersAndReferencesMatchTheCountsAndAllResolve(String file) {
    CorpusCounts counts = CorpusCounts.load();
    Analysis a = read(file);
    assertThat(a.citationMarkers()).isEqualTo(counts.count(file, "sup_reference_markers"));
    long entries = a.document().blocks().stream()
        .filter(b -> b.kind() == BlockKind.REFERENCE_ENTRY).count();
    assertThat(entries).isEqualTo(counts.count(file, "references_li"));
    assertThat(a.references().stream().filter(r -> !r.id().startsWith("link-")))
        .hasSize(counts.count(file, "references_li"));
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.document().format()).isEqualTo(HtmlReader.MEDIAWIKI_FORMAT);
    long tagged = a.claims().stream().filter(c -> c.has(Flag.CITATION_NEEDED)).count();
    assertThat(tagged).isEqualTo(counts.count(file, "citation_needed_markers"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "wikipedia-html/readability-wikipedia-3-Hermitian_matrix.source.html",
      "wikipedia-html/mobileapps-Dog.parsoid.html"})
  void citationNeededClaimsAreNotCited(String file) {
    for (Claim c : read(file).claims()) {
      if (c.has(Flag.CITATION_NEEDED)) {
        assertThat(c.status()).isNotEqualTo(Status.CITED);
      }
    }
  }
}
