package dev.claimcheck.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import dev.claimcheck.read.CitationFields;
import dev.claimcheck.testing.RepoFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Citation-manager fields read from Word and OpenDocument packages. */
class OfficeCitationsTest {
  private static CitationFields read(String name) throws IOException {
    return OfficeCitations.read(Files.readAllBytes(
        RepoFixtures.root().resolve("documents/citation-fields").resolve(name)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.claimcheck.testing.CitationFieldFixtures#managed")
  void everyCitationNamesItsItemsAndEveryItemHasItsCslFields(String name) throws IOException {
    CitationFields fields = read(name);
    assertThat(fields.citations()).extracting(c -> c.keys().size()).containsExactly(2, 1, 3, 1, 1);
    assertThat(fields.items()).hasSize(5);
    // The same item in two fields is one item, whatever id each field gave it.
    assertThat(fields.citations().get(4).keys()).isEqualTo(fields.citations().get(0).keys().subList(0, 1));
    List<Work> items = new ArrayList<>(fields.items().values());
    Work okafor = items.get(0);
    assertThat(okafor.kind()).isEqualTo(ReferenceKind.JOURNAL);
    assertThat(okafor.authors()).containsExactly(Author.person("Okafor", "Adaeze"),
        Author.person("Lindqvist", "Per"), Author.person("Moreau", "Claire"));
    assertThat(okafor.date()).isEqualTo("2019-05");
    assertThat(okafor.title()).isEqualTo("Sediment transport in estuarine harbours after dredging");
    assertThat(okafor.container()).isEqualTo("Journal of Coastal Engineering Studies");
    assertThat(okafor.volume()).isEqualTo("41");
    assertThat(okafor.issue()).isEqualTo("3");
    assertThat(okafor.pages()).isEqualTo("211–229");
    assertThat(okafor.identifiers().get("doi")).containsExactly("10.5555/jces.2019.0412");
    Work tanaka = items.get(1);
    assertThat(tanaka.kind()).isEqualTo(ReferenceKind.BOOK);
    assertThat(tanaka.date()).isEqualTo("2014");
    assertThat(tanaka.publisher()).isEqualTo("Halvard Press");
    assertThat(tanaka.place()).isEqualTo("Bergen");
    assertThat(tanaka.identifiers().get("isbn")).containsExactly("9780306406157");
    Work authority = items.get(2);
    assertThat(authority.authors()).containsExactly(Author.organization("Harbour Authority of Norland"));
    assertThat(authority.kind()).isEqualTo(ReferenceKind.REPORT);
    assertThat(authority.url()).isEqualTo("https://example.org/reports/dredging-2021.pdf");
    assertThat(authority.accessDate()).isEqualTo("2023-01-09");
    assertThat(items.get(3).kind()).isEqualTo(ReferenceKind.CHAPTER);
    assertThat(items.get(3).container()).isEqualTo("Methods in Coastal Monitoring");
    assertThat(items.get(4).date()).isEqualTo("2021-02-15");
    assertThat(fields.bibliography()).hasSize(name.contains("bibliography") ? 5 : 0);
  }

  @Test
  void theShownCitationIsTheFieldsResult() throws IOException {
    assertThat(read("zotero-numbered.docx").citations())
        .extracting(CitationFields.Citation::written)
        .containsExactly("(1,2)", "(3)", "(2–4)", "(5)", "(1)");
    assertThat(read("zotero-author-year.odt").citations().get(2).written())
        .isEqualTo("(Tanaka, 2014; Harbour Authority of Norland, 2022; Silva & Novak, 2017)");
  }

  @Test
  void wordSourcesAndEndNoteRecordsAreItems() throws IOException {
    CitationFields fields = read("word-and-endnote.docx");
    assertThat(fields.items().keySet()).containsExactly("word:Tan14", "word:Har22", "endnote:7");
    assertThat(fields.citations()).extracting(CitationFields.Citation::keys)
        .containsExactly(List.of("word:Tan14", "word:Har22"), List.of("endnote:7"));
    Work tanaka = fields.items().get("word:Tan14");
    assertThat(tanaka.authors()).containsExactly(Author.person("Tanaka", "Hiro"));
    assertThat(tanaka.kind()).isEqualTo(ReferenceKind.BOOK);
    assertThat(tanaka.place()).isEqualTo("Bergen");
    assertThat(fields.items().get("word:Har22").authors())
        .containsExactly(Author.organization("Harbour Authority of Norland"));
    Work brandt = fields.items().get("endnote:7");
    assertThat(brandt.authors()).containsExactly(Author.person("Brandt", "Ole"));
    assertThat(brandt.kind()).isEqualTo(ReferenceKind.JOURNAL);
    assertThat(brandt.container()).isEqualTo("Cold Regions Structures");
    assertThat(brandt.pages()).isEqualTo("5–19");
    assertThat(brandt.identifiers().get("doi")).containsExactly("10.5555/crs.2021.005");
  }

  @Test
  void wordCitationTagsComeFromTheFirstWordAndEachMergedSource() {
    assertThat(OfficeCitations.wordTags("CITATION Smi19 \\l 1033 \\m Jon20 \\m Lee21"))
        .containsExactly("Smi19", "Jon20", "Lee21");
    assertThat(OfficeCitations.wordTags("CITATION \"Two Words\" \\p 12 \\l 2057"))
        .containsExactly("Two Words");
  }

  @Test
  void damagedPackagesAndFieldsGiveWhatCanBeReadAndNeverThrow() throws IOException {
    assertThat(OfficeCitations.read("not a zip at all".getBytes(StandardCharsets.UTF_8)).isEmpty()).isTrue();
    byte[] whole = Files.readAllBytes(
        RepoFixtures.root().resolve("documents/citation-fields/zotero-numbered.docx"));
    for (int cut = 0; cut < whole.length; cut += 97) {
      assertThat(OfficeCitations.read(Arrays.copyOf(whole, cut))).isNotNull();
    }
    String body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p>"
        // A code whose JSON is cut short, a field never closed, an unknown field.
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>ADDIN ZOTERO_ITEM "
        + "CSL_CITATION {\"citationItems\":[{\"itemData\":{\"title\":</w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>(1)</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>3</w:t></w:r></w:fldSimple>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>ADDIN CSL_CITATION "
        + "{\"citationItems\":[{\"id\":\"ITEM-1\",\"itemData\":{\"type\":\"book\",\"title\":\"Lost at the end\"}}]}"
        + "</w:instrText></w:r>"
        + "</w:p></w:body></w:document>";
    CitationFields fields = OfficeCitations.read(zip("word/document.xml", body));
    assertThat(fields.isEmpty()).isTrue();
  }

  @Test
  void aSimpleFieldCites() throws IOException {
    String code = "ADDIN CSL_CITATION {&quot;citationItems&quot;:[{&quot;id&quot;:&quot;ITEM-1&quot;,"
        + "&quot;itemData&quot;:{&quot;type&quot;:&quot;book&quot;,&quot;title&quot;:&quot;Tide tables of the coast&quot;,"
        + "&quot;issued&quot;:{&quot;raw&quot;:&quot;March 1999&quot;}}}]}";
    String body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>Tides were charted. </w:t></w:r><w:fldSimple w:instr=\"" + code
        + "\"><w:r><w:t>[1]</w:t></w:r></w:fldSimple></w:p></w:body></w:document>";
    CitationFields fields = OfficeCitations.read(zip("word/document.xml", body));
    assertThat(fields.citations()).extracting(CitationFields.Citation::written).containsExactly("[1]");
    Work work = fields.items().values().iterator().next();
    assertThat(work.title()).isEqualTo("Tide tables of the coast");
    assertThat(work.date()).isEqualTo("1999-03");
  }

  private static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
