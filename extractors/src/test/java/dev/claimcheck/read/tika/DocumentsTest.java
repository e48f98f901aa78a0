package dev.claimcheck.read.tika;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Author;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Reference;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.CorpusCounts;
import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.testing.SharedCorpus;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents through Tika: the fixture report in four formats, and the corpus papers. */
class DocumentsTest {

  private static Analysis read(Path path) {
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path.toString(), path.getFileName().toString())).get(0);
    return ArticleAnalyzer.analyze(outcome.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "docx", "odt", "rtf", "epub"})
  void theReportKeepsItsSectionsReferencesAndAuthorYearCitations(String format) {
    Analysis a = read(RepoFixtures.root().resolve("documents/bridge-report." + format));
    assertThat(a.document().title()).isEqualTo("Harbour Bridge Repairs: A Review");
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING)
        .extracting(b -> b.text()).contains("Background", "Findings", "References");
    assertThat(a.references()).extracting(r -> r.work().date()).contains("2021", "2024", "1999", "2020");
    assertThat(a.danglingMarkers()).isEmpty();
    Claim deck = Articles.claim(a, "Its steel deck was last replaced in March 1998.");
    Reference lindqvist = a.references().stream().filter(r -> r.id().equals(deck.citations().get(0)))
        .findFirst().orElseThrow();
    assertThat(lindqvist.work().authors()).extracting(Author::display).containsExactly("Lindqvist, P.");
    Claim corrosion = Articles.claim(a, "Inspectors found corrosion in two of the main cables in 2019.");
    assertThat(corrosion.citations()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "docx", "odt", "epub"})
  void footnotesBecomeNotesThatTheirSentencesCite(String format) {
    Analysis a = read(RepoFixtures.root().resolve("documents/bridge-report." + format));
    Claim opened = Articles.claim(a, "The Eastport harbour bridge opened to traffic in 1962");
    Reference note = a.references().stream().filter(r -> r.id().equals(opened.citations().get(0)))
        .findFirst().orElseThrow();
    assertThat(note.text()).contains("construction ledger 1958–1962");
    assertThat(a.unusedReferences()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"documents/docx2jats-article_english.docx, documents/docx2jats-article_english.jats.xml",
      "documents/cermine-test2.pdf, documents/cermine-test2-content.xml"})
  void realPapersGiveTheirWholeReferenceList(String file, String jats) {
    CorpusCounts counts = CorpusCounts.load();
    Analysis a = read(SharedCorpus.root().resolve("corpus").resolve(file));
    long entries = a.document().blocks().stream()
        .filter(b -> b.kind() == BlockKind.REFERENCE_ENTRY).count();
    assertThat(entries).isEqualTo(counts.count(jats, "jats_refs"));
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.citationMarkers()).isGreaterThan(0);
  }
}
