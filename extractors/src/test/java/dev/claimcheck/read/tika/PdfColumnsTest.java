package dev.claimcheck.read.tika;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Reference;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A two-column paper reads the same whether its PDF draws the lines column by column or row by
 * row across both columns: every sentence whole and in order, the reference list found, every
 * marker linked (fixtures written by {@code scripts/make-column-fixtures}).
 */
class PdfColumnsTest {
  private static Path fixture(String name) {
    return RepoFixtures.root().resolve("documents/columns").resolve(name);
  }

  private static Analysis read(String name) {
    Path path = fixture(name);
    var outcome = new ArticleReading(ReadLimits.DEFAULT).readAll(new InputFile(path.toString(), name)).get(0);
    return ArticleAnalyzer.analyze(outcome.value());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"two-columns.pdf", "two-columns-interleaved.pdf"})
  void bothColumnsAreReadInTurnAndTheReferenceListIsFound(String name) {
    Analysis a = read(name);
    assertThat(a.references()).extracting(Reference::label).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.unusedReferences()).isEmpty();
    assertThat(a.claims()).hasSize(34);
    // A sentence over three lines of the left column, and one over the foot of the left column
    // and the head of the right.
    Articles.claim(a, "Since then the authority has dredged the inner basins every year, and in 2021 it spent"
        + " more on dredging than on any other work.");
    Articles.claim(a, "They lost seven centimetres a year before 2016 and fourteen after it, and the silt"
        + " there is finer than in the inner basins, as the samples taken in 2018 by the port laboratory showed.");
    Claim cost = Articles.claim(a, "The volume doubled after 2016");
    assertThat(cost.citations()).hasSize(1);
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(b -> b.text())
        .containsSubsequence("1 Introduction", "2 Soundings", "3 Dredging", "4 Conclusions", "References");
  }

  @Test
  void theInterleavedDrawingReadsAsTheColumnByColumnOne() {
    Analysis columns = read("two-columns.pdf");
    Analysis interleaved = read("two-columns-interleaved.pdf");
    assertThat(interleaved.claims()).extracting(Claim::text)
        .containsExactlyElementsOf(columns.claims().stream().map(Claim::text).toList());
  }

  @Test
  void onlyAPdfDrawingItsColumnsRowByRowIsReRead() throws IOException {
    assertThat(ColumnReading.xhtml(Files.readAllBytes(fixture("two-columns-interleaved.pdf")))).isPresent();
    assertThat(ColumnReading.xhtml(Files.readAllBytes(fixture("two-columns.pdf")))).isEmpty();
    assertThat(ColumnReading.xhtml(Files.readAllBytes(RepoFixtures.root().resolve("documents/bridge-report.pdf"))))
        .isEmpty();
    assertThat(ColumnReading.xhtml("%PDF-1.4 not a pdf".getBytes())).isEmpty();
  }
}
