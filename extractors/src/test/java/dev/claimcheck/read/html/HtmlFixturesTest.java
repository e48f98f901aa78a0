package dev.claimcheck.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Status;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.verdict.Judge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The hand-written HTML fixtures, against what a reader of those pages would expect. */
class HtmlFixturesTest {

  private static Path fixture(String name) {
    return RepoFixtures.root().resolve("html").resolve(name);
  }

  private static Analysis read(Path path) {
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path.toString(), path.getFileName().toString())).get(0);
    return Judge.judge(ArticleAnalyzer.analyze(outcome.value()));
  }

  @Test
  void everyWikipediaMarkerResolvesAndNamedReferencesCountTheirUses() throws IOException {
    Path page = fixture("wikipedia-named-refs.html");
    int supReferences = Jsoup.parse(Files.readString(page)).select("sup.reference").size();
    Analysis a = read(page);
    assertThat(a.citationMarkers()).isEqualTo(supReferences).isEqualTo(8);
    assertThat(a.danglingMarkers()).isEmpty();
    Map<String, Reference> refs = new HashMap<>();
    a.references().forEach(r -> refs.put(r.id(), r));
    assertThat(refs.get("cite_note-penrose-1").uses()).isEqualTo(4);
    assertThat(refs.get("cite_note-hale-2").uses()).isEqualTo(2);
    assertThat(refs.get("cite_note-gazette-3").uses()).isEqualTo(1);
    assertThat(refs.get("cite_note-a").label()).isEqualTo("a");
    assertThat(refs.get("cite_note-penrose-1").work().identifiers()).containsEntry("isbn", List.of("9780306406157"));
    Reference gazette = refs.get("cite_note-gazette-3");
    assertThat(gazette.work().url()).isEqualTo("http://gazette.example.org/1951/depot");
    assertThat(gazette.work().archiveUrl()).startsWith("https://web.archive.org/web/20190801000000/");
    assertThat(gazette.work().archiveDate()).isEqualTo("2019-08-01");
    assertThat(gazette.work().accessDate()).isEqualTo("2021-02-03");
  }

  @Test
  void wikipediaTagsAndStructure() {
    Analysis a = read(fixture("wikipedia-named-refs.html"));
    Claim needed = Articles.claim(a, "The council bought the company in 1934.");
    assertThat(needed.flags()).contains(Flag.CITATION_NEEDED);
    assertThat(needed.status()).isNotEqualTo(Status.CITED);
    assertThat(Articles.claim(a, "The depot was demolished in 1974.").status()).isEqualTo(Status.CONTESTED);
    assertThat(Articles.claim(a, "The line was electrified").citations())
        .containsExactly("cite_note-hale-2", "cite_note-a");
    assertThat(a.claims()).extracting(Claim::text).noneMatch(t -> t.contains("Donate")
        || t.contains("later bus route") || t.contains("Tramways of the county")
        || t.contains("A tram at the quay") || t.contains("Categories"));
    assertThat(a.document().title()).isEqualTo("Westmere Harbour Tramway");
  }

  @Test
  void newsCommentsAndNavigationGiveNoClaimsAndLinksCite() {
    Analysis a = read(fixture("news-inline-links.html"));
    assertThat(a.document().published()).isEqualTo("2021-03-04");
    assertThat(a.claims()).extracting(Claim::text).containsExactly(
        "The Riverside Bridge has cost the city three times its original budget, according to council minutes published in February.",
        "The contract was signed on June 1, 2012, and work stopped eighteen months later when the foundations failed a survey.",
        "A spokesperson for the contractor said the company \"followed every instruction it was given\".",
        "An independent review found that the soil had never been tested, as the engineers' report and a 2019 local report both note.");
    Claim linked = a.claims().get(0);
    assertThat(linked.status()).isEqualTo(Status.CITED);
    Reference minutes = a.references().stream().filter(r -> linked.citations().contains(r.id()))
        .findFirst().orElseThrow();
    assertThat(minutes.work().url()).isEqualTo("https://council.example.gov/minutes/2021-02.pdf");
    assertThat(minutes.text()).isEqualTo("council minutes published in February");
    assertThat(a.claims().get(3).citations()).hasSize(2);
    Reference archived = a.references().get(2);
    assertThat(archived.work().url()).isEqualTo("https://westmere-daily.example.net/bridge-soil");
    assertThat(archived.work().archiveDate()).isEqualTo("2020-01-15");
    assertThat(a.claims().get(1).status()).isEqualTo(Status.UNSOURCED);
  }
}
