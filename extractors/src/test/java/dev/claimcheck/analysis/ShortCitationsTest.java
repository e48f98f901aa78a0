package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Reference;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.wiki.WikitextReader;
import dev.claimcheck.testing.Articles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Notes that cite by author and year, by short title or "Ibid." resolve to the bibliography. */
class ShortCitationsTest {
  private static final String ARTICLE = """
      Harbour history

      The harbour opened in 1851.[1] Its first pier was rebuilt in 1902.[2] The trams reached it in 1911.[3] A second pier followed in 1923.[4] The line closed in 1960.[5] The depot burned in 1962.[6]

      Notes

        1. ^ Penrose 1998, p. 12.
        2. ^ Ibid., p. 40.
        3. ^ Hale & Ward 2003, p. 50.
        4. ^ Penrose, Trams of the Westmere Coast, 77.
        5. ^ Quill 2019, p. 3.
        6. ^ Ibid.

      Bibliography

        • Penrose, Ada (1998). Trams of the Westmere Coast. Westmere: Quayside Press. ISBN 978-0-306-40615-7.
        • Hale, Samuel; Ward, Lena (2003). "Rebuilding a harbour line". Journal of Coastal Transport. 12 (3): 45–61.
        • Unread, Nobody (2001). A Book Nobody Cites. Nowhere Press.
      """;

  @Test
  void shortCitationsResolveToTheirFullReferenceOrAreDangling() {
    Analysis a = Articles.judge("harbour.txt", ARTICLE);
    Map<String, Reference> refs = a.references().stream()
        .collect(Collectors.toMap(Reference::id, Function.identity()));
    assertThat(refs.get("1").fullReference()).isEqualTo("7");
    assertThat(refs.get("1").work().pages()).isEqualTo("12");
    assertThat(refs.get("2").fullReference()).as("Ibid. follows the note before").isEqualTo("7");
    assertThat(refs.get("3").fullReference()).as("first author and year").isEqualTo("8");
    assertThat(refs.get("4").fullReference()).as("author and short title").isEqualTo("7");
    assertThat(refs.get("5").fullReference()).isNull();
    assertThat(refs.get("6").fullReference()).as("Ibid. after a dangling note").isNull();
    assertThat(a.danglingShortCitations()).containsExactly("5", "6");
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(refs.get("7").uses()).as("three notes stand for Penrose").isEqualTo(3);
    assertThat(refs.get("8").uses()).isEqualTo(1);
    assertThat(a.unusedReferences()).containsExactly("9");
    Claim pier = Articles.claim(a, "Its first pier");
    assertThat(pier.citations()).containsExactly("2", "7");
  }

  @Test
  void sfnNotesInWikitextResolveToTheBibliographyTemplates() {
    String wikitext = """
        The harbour opened in 1851.{{sfn|Penrose|1998|p=12}} The trams came in 1911.{{sfn|Penrose|1998|p=30}}

        == References ==
        {{reflist}}

        == Bibliography ==
        * {{cite book |last=Penrose |first=Ada |year=1998 |title=Trams of the Westmere Coast |publisher=Quayside Press |location=Westmere |isbn=978-0-306-40615-7}}
        """;
    var document = new WikitextReader(ReadLimits.DEFAULT)
        .read("harbour.wikitext", wikitext.getBytes(StandardCharsets.UTF_8)).value();
    Analysis a = ArticleAnalyzer.analyze(document);
    Reference book = a.references().stream().filter(r -> !r.shortCitation()).findFirst().orElseThrow();
    assertThat(book.work().title()).isEqualTo("Trams of the Westmere Coast");
    assertThat(a.references()).filteredOn(Reference::shortCitation).hasSize(2)
        .allSatisfy(r -> assertThat(r.fullReference()).isEqualTo(book.id()));
    assertThat(book.uses()).isEqualTo(2);
    assertThat(a.danglingShortCitations()).isEmpty();
    assertThat(a.unusedReferences()).isEmpty();
  }
}
