package dev.claimcheck.read.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.BadInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile input ends as a failure record or a truncated document, never a throw. */
class BadInputsTest {
  @TempDir static Path tmp;
  static Path folder;

  @BeforeAll
  static void write() throws IOException {
    folder = BadInputs.write(tmp.resolve("bad"));
  }

  private static List<Outcome<Document>> read(String name) {
    return new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(folder.resolve(name).toString(), name));
  }

  private static String errorClass(String name) {
    List<Outcome<Document>> outcomes = read(name);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).isOk()).as(name).isFalse();
    return outcomes.get(0).failure().errorClass();
  }

  @Test
  void eachEndsAsTheDocumentOrFailureItIs() {
    BadInputs.EXPECTED.forEach((name, expected) -> {
      List<Outcome<Document>> outcomes = read(name);
      assertThat(outcomes).as(name).isNotEmpty();
      String found = outcomes.get(0).isOk() ? BadInputs.DOCUMENT : outcomes.get(0).failure().errorClass();
      assertThat(found).as(name + ": " + outcomes.get(0)).isEqualTo(expected);
    });
  }

  @Test
  void utf16WithoutAByteOrderMarkIsReadAsText() {
    assertThat(read("utf16-no-bom.txt").get(0).value().text()).contains("The bridge opened in 2020");
    assertThat(read("utf16-no-bom.html").get(0).value().text()).contains("The bridge opened in 2020");
  }

  @Test
  void everyEntryOfAFolderThatIsNoFileIsARecord() throws Exception {
    Path special = tmp.resolve("special");
    Files.createDirectories(special);
    Files.writeString(special.resolve("good.txt"), "Bridge\n\nThe bridge opened in 2020.\n");
    BadInputs.writeSpecialEntries(special);
    try {
      // A process that may read anything (root) still reads the locked entries.
      boolean locksHold = !Files.isReadable(special.resolve("locked.txt"));
      Map<String, String> found = new java.util.TreeMap<>();
      ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
      for (InputFile input : InputResolver.resolve(List.of(special.toString()))) {
        for (Outcome<Document> o : reading.readAll(input)) {
          found.put(input.source().substring("special/".length()),
              o.isOk() ? BadInputs.DOCUMENT : o.failure().errorClass());
          assertThat(o.isOk() ? "" : o.failure().message()).doesNotContain(tmp.toString());
        }
      }
      Map<String, String> expected = new java.util.TreeMap<>(BadInputs.SPECIAL);
      expected.put("good.txt", BadInputs.DOCUMENT);
      if (!locksHold) {
        expected.put("locked.txt", BadInputs.DOCUMENT);
        expected.remove("locked-folder");
        expected.put("locked-folder/inside.txt", BadInputs.DOCUMENT);
      }
      assertThat(found).isEqualTo(expected);
    } finally {
      BadInputs.unlock(special);
    }
  }

  @Test
  void deepHtmlIsReadWithTheDeepPartLeftOut() {
    Document d = read("nested.html").get(0).value();
    assertThat(d.text()).contains("The shallow sentence").doesNotContain("Deep inside");
    assertThat(d.warnings()).anyMatch(w -> w.contains("nested deeper"));
  }

  @Test
  void aMalformedArchiveIsAFailure() {
    List<Outcome<Document>> outcomes = read("malformed.warc");
    assertThat(outcomes).isNotEmpty().allMatch(o -> !o.isOk() || o.value().truncated());
    assertThat(outcomes).anyMatch(o -> !o.isOk() && o.failure().errorClass().equals("warc"));
  }

  @Test
  void aDocumentOverTheTimeBudgetIsAFailureAndReadingGoesOn() {
    ArticleReading hurried = new ArticleReading(ReadLimits.DEFAULT, java.time.Duration.ofMillis(1));
    List<Outcome<Document>> slow = hurried.readAll(
        new InputFile(folder.resolve("nested.html").toString(), "nested.html"));
    assertThat(slow).hasSize(1);
    assertThat(slow.get(0).failure().errorClass()).isEqualTo("timeout");
    assertThat(read("nested.html").get(0).isOk()).isTrue();
  }
}
