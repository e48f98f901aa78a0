package dev.claimcheck.read.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.CorpusCounts;
import dev.claimcheck.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The real wikitext pages of the shared corpus (raw and as XML exports), against COUNTS.tsv. */
class WikitextPagesTest {
  private static Path path(String file) {
    return SharedCorpus.root().resolve("corpus").resolve(file);
  }

  /** The page's wikitext: the file itself, or the text element of the export. */
  private static String wikitext(String file) throws IOException, XMLStreamException {
    if (!file.endsWith(".xml")) {
      return Files.readString(path(file));
    }
    try (InputStream in = Files.newInputStream(path(file))) {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("text")) {
          return xml.getElementText();
        }
      }
    }
    throw new AssertionError("no text element in " + file);
  }

  /** The six corpus pages every page test runs on. */
  static java.util.stream.Stream<String> pages() {
    return java.util.stream.Stream.of(
        "wikitext/wtf-Antique-band.wikitext", "wikitext/wtf-Bodmin.wikitext",
        "wikitext/wtf-Jerry-Mumphrey.wikitext", "wikitext/wtf-toronto_star.wikitext",
        "wikitext/wikiclean-enwiki-20120104-id39-Albedo.xml",
        "wikitext/wikiclean-enwiki-20120104-id655-Abacus.xml");
  }

  /** The document as a run reads it, through format detection and the dump reader. */
  private static Document read(String file) {
    List<Outcome<Document>> outcomes = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path(file).toString(), path(file).getFileName().toString()));
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0).value();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void refTagsAndCitationTemplatesMatchTheCounts(String file) throws Exception {
    CorpusCounts counts = CorpusCounts.load();
    String wikitext = wikitext(file);
    WikitextReader.Rendered page = new WikitextReader(ReadLimits.DEFAULT)
        .render(file, wikitext, "page", null);
    // COUNTS.tsv counts the raw text; what an editor commented out is not on the page.
    String comments = String.join("\n", java.util.regex.Pattern.compile("(?s)<!--.*?-->")
        .matcher(wikitext).results().map(java.util.regex.MatchResult::group).toList());
    long commentedRefs = java.util.regex.Pattern.compile("<ref[\\s>/]").matcher(comments).results().count();
    long commentedCites = java.util.regex.Pattern.compile("(?i)\\{\\{\\s*(?:cite[ _]|citation\\s*[|}])")
        .matcher(comments).results().count();
    assertThat(page.tally().refTags()).isEqualTo(counts.count(file, "ref_tags_total") - commentedRefs);
    assertThat(page.tally().citationTotal())
        .isEqualTo(counts.count(file, "cite_templates_total") - commentedCites);
    assertThat(page.tally().maintenance().getOrDefault("citation needed", 0))
        .isEqualTo(counts.count(file, "citation_needed_like_total"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void referencesThatAreOneTemplateCarryItsParametersExactly(String file) throws Exception {
    Document d = read(file);
    java.util.Set<String> direct = new java.util.HashSet<>();
    d.blocks().stream().filter(b -> b.given() != null).forEach(b -> direct.add(b.anchor()));
    java.util.List<dev.claimcheck.model.Work> templates = WikiCitations.in(wikitext(file)).stream()
        .map(WikiCitations.Citation::fields).toList();
    var references = ArticleAnalyzer.analyze(d).references().stream()
        .filter(r -> direct.contains(r.id())).toList();
    assertThat(references).isNotEmpty();
    assertThat(templates).containsAll(references.stream().map(r -> r.work()).toList());
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyMarkerResolvesAndEveryCitationNeededFlagsAClaim(String file) {
    CorpusCounts counts = CorpusCounts.load();
    Analysis a = ArticleAnalyzer.analyze(read(file));
    assertThat(a.danglingMarkers()).isEmpty();
    List<InlineMark> tags = a.document().marks().stream()
        .filter(m -> m.kind() == MarkKind.CITATION_NEEDED).toList();
    List<InlineMark> written = a.claims().stream().flatMap(c -> c.marks().stream())
        .filter(m -> m.kind() == MarkKind.CITATION_NEEDED).toList();
    assertThat(written).hasSize(counts.count(file, "citation_needed_like_total"));
    for (Claim claim : a.claims()) {
      if (claim.marks().stream().anyMatch(m -> m.kind() == MarkKind.CITATION_NEEDED)) {
        assertThat(claim.has(Flag.CITATION_NEEDED)).as(claim.text()).isTrue();
      }
    }
    assertThat(tags).isEmpty(); // tags are written as text, found by the analysis
    // Every marker names a reference; each reference is cited at least once.
    assertThat(a.citationMarkers()).isGreaterThan(0);
    assertThat(a.references().stream().filter(r -> r.id().startsWith("cite_note-")))
        .allMatch(r -> r.uses() > 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "wikitext/wikiclean-enwiki-20120104-id39-Albedo.xml",
      "wikitext/wikiclean-enwiki-20120104-id655-Abacus.xml"})
  void exportsGiveTitleAndRevisionDate(String file) {
    CorpusCounts counts = CorpusCounts.load();
    Document d = read(file);
    assertThat(d.title()).isEqualTo(counts.text(file, "page_title"));
    assertThat(d.published()).isEqualTo(counts.text(file, "page_timestamp").substring(0, 10));
    assertThat(d.source()).endsWith("#" + counts.text(file, "page_title"));
    assertThat(d.format()).isEqualTo(WikitextReader.FORMAT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikitext/wtf-Bodmin.wikitext", "wikitext/wtf-Antique-band.wikitext"})
  void archiveLinksAndDatesReachTheReferences(String file) {
    CorpusCounts counts = CorpusCounts.load();
    Analysis a = ArticleAnalyzer.analyze(read(file));
    long archived = a.references().stream()
        .filter(r -> r.work().archiveUrl() != null && r.work().archiveDate() != null).count();
    assertThat(archived).isGreaterThanOrEqualTo(counts.count(file, "url_status[yes]", 0));
    assertThat(a.references()).anySatisfy(r -> assertThat(r.work().accessDate()).isNotNull());
  }

}
