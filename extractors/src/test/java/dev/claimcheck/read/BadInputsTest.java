package dev.claimcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.testing.BadInputs;
import java.io.IOException;
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
  void eachEndsAsTheFailureItIs() {
    Map<String, String> expected = Map.of(
        "truncated.pdf", "corrupt",
        "encrypted.pdf", "encrypted",
        "bomb.docx", "corrupt",
        "large.txt", "too-large");
    expected.forEach((name, errorClass) -> assertThat(errorClass(name)).as(name).isEqualTo(errorClass));
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
