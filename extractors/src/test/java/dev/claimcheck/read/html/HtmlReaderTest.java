package dev.claimcheck.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Status;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.verdict.Judge;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static Document read(String html) {
    return new HtmlReader(ReadLimits.DEFAULT).read("page.html", html.getBytes(StandardCharsets.UTF_8)).value();
  }

  private static Analysis judge(String html) {
    return Judge.judge(ArticleAnalyzer.analyze(read(html)));
  }

  private static final String WIKI = """
      <html lang="en"><head><title>Harbour Tramway - Wikipedia</title>
      <meta name="generator" content="MediaWiki 1.43"></head><body>
      <h1 id="firstHeading">Harbour Tramway</h1>
      <div id="mw-content-text"><div class="mw-parser-output">
      <table class="infobox"><tr><th>Opened</th><td>1881<sup id="cite_ref-a_1-0" class="reference"><a href="#cite_note-a-1">[1]</a></sup></td></tr></table>
      <p>The tramway opened in 1881.<sup id="cite_ref-a_1-1" class="reference"><a href="#cite_note-a-1">[1]</a></sup> It was electrified in 1901.<sup class="reference"><a href="#cite_note-b-2">[2]</a></sup><sup class="reference"><a href="#cite_note-a-1">[1]</a></sup></p>
      <p>The depot was sold in 1934.<sup class="noprint Inline-Template Template-Fact"><i>[<a href="/wiki/WP:CN"><span>citation needed</span></a>]</i></sup> Trams ran until 1952.<sup class="reference"><a href="#cite_note-b-2">[2]</a></sup></p>
      <h2><span class="mw-headline">History</span><span class="mw-editsection">[<a href="x">edit</a>]</span></h2>
      <div class="navbox"><p>Other tramways of the county are listed in this box.</p></div>
      <ol class="references">
      <li id="cite_note-a-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-a_1-0"><sup>a</sup></a> <a href="#cite_ref-a_1-1"><sup>b</sup></a></span> <span class="reference-text"><cite class="citation book">Penrose, Ada (1998). <i>Trams</i>. Quayside Press.</cite></span></li>
      <li id="cite_note-b-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-b">a</a></span> <span class="reference-text">"Depot to close". <i>The Westmere Gazette</i>. 12 June 1951. <a class="external text" href="https://web.archive.org/web/2019/http://example.org/depot">Archived</a> from the original on 2019-08-01. Retrieved 3 February 2021.</span></li>
      </ol></div></div></body></html>
      """;

  @Test
  void wikipediaMarkersResolveToTheirNamedReferences() {
    Analysis a = judge(WIKI);
    assertThat(a.document().title()).isEqualTo("Harbour Tramway");
    assertThat(a.document().language()).isEqualTo("en");
    assertThat(a.citationMarkers()).isEqualTo(5);
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.references()).extracting(Reference::id).containsExactly("cite_note-a-1", "cite_note-b-2");
    assertThat(a.references()).extracting(Reference::label).containsExactly("1", "2");
    assertThat(a.references()).extracting(Reference::uses).containsExactly(3, 2);
    Reference depot = a.references().get(1);
    assertThat(depot.work().archiveDate()).isEqualTo("2019-08-01");
    assertThat(depot.work().accessDate()).isEqualTo("2021-02-03");
    Claim electrified = Articles.claim(a, "It was electrified in 1901.");
    assertThat(electrified.citations()).containsExactly("cite_note-b-2", "cite_note-a-1");
    assertThat(electrified.reasons()).contains("cites [2][1]");
  }

  @Test
  void citationNeededIsFlaggedAndNotCited() {
    Claim c = Articles.claim(judge(WIKI), "The depot was sold in 1934.");
    assertThat(c.flags()).contains(Flag.CITATION_NEEDED);
    assertThat(c.status()).isEqualTo(Status.UNSOURCED);
  }

  @Test
  void furnitureIsLeftOutAndStructureKept() {
    Document d = read(WIKI);
    assertThat(d.text()).doesNotContain("edit]").doesNotContain("Other tramways");
    assertThat(d.blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(b -> b.text())
        .containsExactly("History");
    assertThat(d.blocks()).filteredOn(b -> b.kind() == BlockKind.INFOBOX).extracting(b -> b.text())
        .containsExactly("Opened: 1881[1]");
  }

  @Test
  void articlePageDropsNavigationAndCommentsAndLinksFootnotes() {
    Analysis a = judge("""
        <html><head><title>Bridge report</title>
        <meta property="article:published_time" content="2021-03-04T10:00:00Z">
        <script type="application/ld+json">{"datePublished":"2020-01-01"}</script></head><body>
        <nav><ul><li><a href="/">Home</a></li><li>The menu has many links in it, never claims.</li></ul></nav>
        <header><p>Site header text that should never become a claim at all.</p></header>
        <article><h1>Bridge report</h1>
        <p>The bridge was supposed to open in 2015, but the city council delayed it twice.<sup><a href="#fn1">1</a></sup></p>
        <p>Engineers found that the foundations, laid on soft clay, had never been surveyed properly.</p>
        <section class="comments"><p>Great article, I always said this bridge was a scam from the start.</p></section>
        <ol class="footnotes"><li id="fn1">City council minutes, 12 May 2016. <a href="#fnref1" class="footnote-back">↩</a></li></ol>
        </article>
        <footer><p>Copyright the newspaper, all rights reserved, no claims in here please.</p></footer>
        </body></html>
        """);
    assertThat(a.document().published()).isEqualTo("2021-03-04");
    assertThat(a.claims()).extracting(Claim::text).containsExactly(
        "The bridge was supposed to open in 2015, but the city council delayed it twice.",
        "Engineers found that the foundations, laid on soft clay, had never been surveyed properly.");
    assertThat(a.claims().get(0).citations()).containsExactly("fn1");
    assertThat(a.references()).singleElement().satisfies(r -> assertThat(r.text()).startsWith("City council minutes"));
  }

  @Test
  void deepNestingIsBoundedAndWarned() {
    String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep inside there is a sentence that nobody will read.</p>"
        + "</div>".repeat(100_000) + "<p>A shallow sentence is still read as it should be.</p></body></html>";
    Document d = read(html);
    assertThat(d.text()).contains("A shallow sentence is still read");
    assertThat(d.warnings()).anyMatch(w -> w.contains("nested deeper"));
  }

  @Test
  void quotationsWithACiteAttributeCiteTheirSource() {
    Analysis a = judge("""
        <html><body><article><h1>Ferry report</h1>
        <p>The mayor was clear about the ferry in 2021. She said it would <q cite="https://town.example.org/speech">run every hour from June 2022</q> at the latest.</p>
        <blockquote cite="https://gazette.example.org/2021/ferry"><p>The ferry carried 80,000 passengers in 2019.</p></blockquote>
        <p>Nobody has checked the timetable since 2023, and the operator did not answer.</p>
        </article></body></html>
        """);
    Claim said = Articles.claim(a, "She said it would run every hour from June 2022 at the latest.");
    assertThat(said.status()).isEqualTo(Status.CITED);
    Claim quoted = Articles.claim(a, "The ferry carried 80,000 passengers in 2019.");
    assertThat(quoted.status()).isEqualTo(Status.CITED);
    assertThat(a.references()).extracting(r -> r.work().url())
        .contains("https://town.example.org/speech", "https://gazette.example.org/2021/ferry");
  }
}
