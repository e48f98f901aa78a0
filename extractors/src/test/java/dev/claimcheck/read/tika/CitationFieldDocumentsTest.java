package dev.claimcheck.read.tika;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Author;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Reference;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.RepoFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word and OpenDocument files whose citations are citation-manager fields: every citation is a
 * marker linked to its items, every item a reference with the fields the manager stored, whether
 * or not the document renders a bibliography.
 */
class CitationFieldDocumentsTest {
  /** Each sentence and the titles of the works it cites. */
  private static final Map<String, List<String>> CITED = Map.of(
      "Silt deposition in the inner harbour rose by a third between 2004 and 2011.",
      List.of("Sediment transport in estuarine harbours after dredging", "Tidal Records of the Northern Basin"),
      "The authority dredged 1.2 million cubic metres of silt in 2021.",
      List.of("Annual dredging report 2021"),
      "Acoustic profilers replaced lead lines for depth surveys in 2016.",
      List.of("Tidal Records of the Northern Basin", "Annual dredging report 2021",
          "Measuring silt with acoustic profilers"),
      "Two quay walls failed during the winter of 2020.",
      List.of("Quay wall failures in cold climates"),
      "Dredging was halted in March 2018 after a survey of the outer basin.",
      List.of("Sediment transport in estuarine harbours after dredging"));

  private static Analysis read(String name) {
    Path path = RepoFixtures.root().resolve("documents/citation-fields").resolve(name);
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path.toString(), name)).get(0);
    return ArticleAnalyzer.analyze(outcome.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.claimcheck.testing.CitationFieldFixtures#managed")
  void everyMarkerIsLinkedToReferencesWithTheManagersFields(String name) {
    Analysis a = read(name);
    assertThat(a.references()).hasSize(5);
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.REFERENCE_ENTRY).hasSize(5);
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.unusedReferences()).isEmpty();
    assertThat(a.citationMarkers()).isEqualTo(8);
    CITED.forEach((sentence, titles) -> {
      Claim claim = Articles.claim(a, sentence);
      assertThat(claim.citations()).as(sentence)
          .extracting(id -> reference(a, id).work().title()).containsExactlyElementsOf(titles);
    });
    Reference okafor = a.references().stream()
        .filter(r -> r.work().title().startsWith("Sediment")).findFirst().orElseThrow();
    assertThat(okafor.work().authors()).extracting(Author::display)
        .containsExactly("Okafor, Adaeze", "Lindqvist, Per", "Moreau, Claire");
    assertThat(okafor.work().date()).isEqualTo("2019-05");
    assertThat(okafor.work().container()).isEqualTo("Journal of Coastal Engineering Studies");
    assertThat(okafor.work().pages()).isEqualTo("211–229");
    assertThat(okafor.work().identifiers().get("doi")).containsExactly("10.5555/jces.2019.0412");
    assertThat(a.references()).allMatch(r -> r.uses() == (r.work().title().startsWith("Sediment")
        || r.work().title().startsWith("Tidal") || r.work().title().startsWith("Annual") ? 2 : 1));
    if (name.contains("bibliography")) {
      // The document's own entries, as it renders them, carry the fields.
      assertThat(a.references()).allMatch(r -> !r.text().contains("(n.d.)"));
      assertThat(okafor.text()).doesNotContain("Adaeze").contains("Sediment transport");
    } else {
      assertThat(okafor.text()).startsWith("Okafor, A., Lindqvist, P., & Moreau, C. (2019-05). Sediment");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"word-and-endnote.docx"})
  void wordSourcesAndEndNoteRecordsAreReferences(String name) {
    Analysis a = read(name);
    assertThat(a.references()).extracting(r -> r.work().title()).containsExactly(
        "Tidal Records of the Northern Basin", "Annual dredging report 2021",
        "Quay wall failures in cold climates");
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.unusedReferences()).isEmpty();
    assertThat(Articles.claim(a, "Two quay walls failed during the winter of 2020.").citations())
        .extracting(id -> reference(a, id).work().identifiers().get("doi").get(0))
        .containsExactly("10.5555/crs.2021.005");
  }

  private static Reference reference(Analysis a, String id) {
    return a.references().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
