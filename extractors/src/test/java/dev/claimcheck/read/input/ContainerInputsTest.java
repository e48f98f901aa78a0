package dev.claimcheck.read.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.CollectingSink;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Containers and compression: dumps, JSON Lines, .gz and .bz2, read as streams. */
class ContainerInputsTest {
  @TempDir Path tmp;

  private record Read(List<Outcome<Document>> outcomes, Map<String, Integer> skipped,
      List<Map.Entry<String, String>> redirects) {}

  private static Read read(Path path) {
    CollectingSink sink = new CollectingSink();
    new ArticleReading(ReadLimits.DEFAULT)
        .read(new InputFile(path.toString(), path.getFileName().toString()), sink);
    return new Read(sink.outcomes(), sink.skipped(), sink.redirects());
  }

  private Path compressed(Path source, String suffix) throws IOException {
    Path target = tmp.resolve(source.getFileName() + suffix);
    try (OutputStream file = Files.newOutputStream(target);
        OutputStream out = suffix.equals(".bz2") ? new BZip2CompressorOutputStream(file)
            : new GZIPOutputStream(file)) {
      Files.copy(source, out);
    }
    return target;
  }

  @Test
  void aDumpGivesItsArticlesAndCountsWhatItSkips() {
    Read r = read(RepoFixtures.root().resolve("wiki/small-dump.xml"));
    assertThat(r.outcomes()).hasSize(1);
    Document d = r.outcomes().get(0).value();
    assertThat(d.source()).isEqualTo("small-dump.xml#Lake_Orrin_Ferry");
    assertThat(d.published()).isEqualTo("2023-06-14");
    assertThat(r.skipped()).containsEntry("wiki-redirect", 1).containsEntry("wiki-namespace-1", 1);
    assertThat(r.redirects()).containsExactly(Map.entry("Orrin Ferry", "Lake Orrin Ferry"));
  }

  @Test
  void compressedDumpsReadTheSame() throws IOException {
    Path dump = RepoFixtures.root().resolve("wiki/small-dump.xml");
    String plain = read(dump).outcomes().get(0).value().text();
    for (String suffix : List.of(".bz2", ".gz")) {
      Read r = read(compressed(dump, suffix));
      assertThat(r.outcomes()).as(suffix).hasSize(1);
      assertThat(r.outcomes().get(0).value().text()).as(suffix).isEqualTo(plain);
    }
  }

  @Test
  void jsonLinesGiveOneOutcomePerRecordAndNameTheBadLines() throws IOException {
    Read r = read(compressed(RepoFixtures.root().resolve("jsonl/articles.jsonl"), ".gz"));
    assertThat(r.outcomes()).hasSize(4);
    assertThat(r.outcomes().stream().filter(Outcome::isOk).map(o -> o.value().source()))
        .containsExactly("articles.jsonl.gz#https://news.example.org/2024/05/dam-opens",
            "articles.jsonl.gz#https://blog.example.net/notes/rain");
    Document news = r.outcomes().get(0).value();
    assertThat(news.title()).isEqualTo("New dam opens on the Varn river");
    assertThat(news.published()).isEqualTo("2024-05-02");
    assertThat(r.outcomes().stream().filter(o -> !o.isOk()).map(o -> o.failure().input()))
        .contains("articles.jsonl.gz#line-3");
  }

  @Test
  void aBz2BombIsRefusedAtTheLimit() throws IOException {
    Path text = tmp.resolve("big.txt");
    byte[] line = "The bridge opened in 1962.\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(text)) {
      for (int i = 0; i < 150; i++) {
        out.write(line);
      }
    }
    Path bomb = compressed(text, ".bz2");
    List<Outcome<Document>> outcomes = new ArticleReading(new ReadLimits(1 << 20, 4_000_000))
        .readAll(new InputFile(bomb.toString(), "big.txt.bz2"));
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).failure().errorClass()).isEqualTo("too-large");
  }
}
