package dev.claimcheck.refs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.testing.SharedCorpus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reference parser's figures, which must not fall below those reached (scripts/bench-refs
 * prints the same tables): the labelled set by style, the wikitext corpus's citation
 * templates, and the corpus documents against their JATS.
 */
class ReferenceEvaluationTest {

  @Test
  void labelledSetHoldsItsFigures() {
    Map<String, FieldScores> set = ReferenceEvaluation.labelledSet(RepoFixtures.root().resolve("references"));
    FieldScores all = set.get("all");
    assertThat(all.references()).isGreaterThanOrEqualTo(300);
    assertThat(set.keySet()).contains("cs1", "cs2", "apa", "chicago-notes", "chicago-author-date", "mla",
        "harvard", "ieee", "vancouver", "bare-url", "footnote", "german", "french", "spanish");
    assertThat(all.microF1()).isGreaterThanOrEqualTo(0.97);
    assertThat(all.exactMatch()).isGreaterThanOrEqualTo(0.87);
    assertThat(all.f1("identifiers")).isEqualTo(1.0);
    assertThat(all.checkDigits()).containsExactly(3, 3, 0);
    assertThat(set.get("cs1").microF1()).isGreaterThanOrEqualTo(0.97);
    for (String style : new String[] {"apa", "harvard", "chicago-notes", "chicago-author-date",
        "vancouver", "ieee", "mla"}) {
      assertThat(set.get(style).microF1()).as(style).isGreaterThanOrEqualTo(0.94);
    }
  }

  @Test
  void wikitextCitationTemplatesHoldTheirFigures() {
    FieldScores templates = ReferenceEvaluation.wikitext(SharedCorpus.root().resolve("corpus/wikitext"));
    assertThat(templates.references()).isGreaterThanOrEqualTo(100);
    assertThat(templates.microF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(templates.f1("identifiers")).isEqualTo(1.0);
    for (String field : new String[] {"url", "archiveUrl", "archiveDate", "accessDate", "pages", "issue"}) {
      assertThat(templates.f1(field)).as(field).isEqualTo(1.0);
    }
    assertThat(templates.f1("title")).isGreaterThanOrEqualTo(0.96);
    assertThat(templates.f1("date")).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void wikipediaCitationsHoldTheirFiguresAgainstTheirCoins() {
    FieldScores coins = ReferenceEvaluation.wikipediaHtml(SharedCorpus.root().resolve("corpus/wikipedia-html"));
    assertThat(coins.references()).isGreaterThanOrEqualTo(200);
    assertThat(coins.microF1()).isGreaterThanOrEqualTo(0.92);
    assertThat(coins.f1("identifiers")).isEqualTo(1.0);
    assertThat(coins.f1("date")).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void corpusDocumentsHoldTheirFiguresAgainstTheirJats() {
    Map<String, FieldScores> jats = ReferenceEvaluation.jats(SharedCorpus.root().resolve("corpus/documents"));
    FieldScores docx = jats.get("docx2jats-article_english.docx");
    FieldScores pdf = jats.get("cermine-test2.pdf");
    assertThat(docx.references()).isEqualTo(35);
    assertThat(pdf.references()).isEqualTo(17);
    assertThat(docx.microF1()).isGreaterThanOrEqualTo(0.98);
    assertThat(pdf.microF1()).isGreaterThanOrEqualTo(0.87);
    assertThat(docx.f1("container")).isGreaterThanOrEqualTo(0.94);
    assertThat(pdf.f1("volume")).isEqualTo(1.0);
  }
}
