package dev.claimcheck.read.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.RepoFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Structured text that is not an article (generic XML, TimeML, tables, YAML, Markdown, program source) is one
 * {@code unsupported} record naming its type, never prose; a JSON document over many lines is
 * read whole: its article records are documents, anything else one record.
 */
class StructuredInputsTest {
  private static List<Outcome<Document>> read(String name) {
    return new ArticleReading(ReadLimits.DEFAULT).readAll(
        new InputFile(RepoFixtures.root().resolve("formats").resolve(name).toString(), name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "jats-article.xml, application/xml",
      "timeml-story.tml, application/xml",
      "facts.tsv, text/tab-separated-values",
      "facts.csv, text/csv",
      "company.yaml, text/x-yaml",
      "notes.md, text/x-web-markdown",
      "tally.py, text/x-python",
      "Tally.java, text/x-java-source"})
  void aFormatWithoutAReaderIsOneUnsupportedRecordNamingItsType(String name, String type) {
    List<Outcome<Document>> outcomes = read(name);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).isOk()).isFalse();
    assertThat(outcomes.get(0).failure().errorClass()).isEqualTo("unsupported");
    assertThat(outcomes.get(0).failure().message()).contains(type);
  }

  @Test
  void aPrettyPrintedRecordIsOneDocument() {
    List<Outcome<Document>> outcomes = read("pretty-record.json");
    assertThat(outcomes).hasSize(1);
    Document d = outcomes.get(0).value();
    assertThat(d.text()).contains("founded in 1972").contains("95,000 passengers");
    assertThat(d.title()).isEqualTo("Ferries of Lake Orrin");
    assertThat(d.source()).isEqualTo("pretty-record.json#https://example.org/orrin-ferries");
  }

  @Test
  void aPrettyPrintedArrayOfRecordsGivesADocumentEach() {
    List<Outcome<Document>> outcomes = read("pretty-array.json");
    assertThat(outcomes).hasSize(2).allMatch(Outcome::isOk);
    assertThat(outcomes.get(0).value().text()).contains("founded in 1972");
    assertThat(outcomes.get(1).value().text()).contains("built in 1880");
  }

  @Test
  void aJsonDocumentThatIsNoArticleIsOneUnsupportedRecord() {
    List<Outcome<Document>> outcomes = read("pretty-data.json");
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).failure().errorClass()).isEqualTo("unsupported");
    assertThat(outcomes.get(0).failure().input()).isEqualTo("pretty-data.json");
  }

  @Test
  void aOneLineJsonFileIsStillARecord() {
    List<Outcome<Document>> outcomes = read("one-line.json");
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).value().text()).contains("The mill opened in 1880.");
  }
}
