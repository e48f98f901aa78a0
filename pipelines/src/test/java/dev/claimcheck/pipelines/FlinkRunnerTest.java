package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.testing.SharedCorpus;
import dev.claimcheck.testing.WarcFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on Flink's embedded mini-cluster and on the DirectRunner writes the same bytes
 * (run.json aside), on every fixture folder and on the real corpus.
 */
class FlinkRunnerTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private int run(String runner, Path output, List<String> inputs) {
    return ReportJob.run(new ReportJob.Settings(inputs, output, runner, 32L << 20, 4_000_000, null, false,
        DocumentBudget.DEFAULT, null, 2), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private void sameOnBothRunners(List<String> inputs) throws IOException {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    int exit = run("direct", direct, inputs);
    assertThat(run("flink", flink, inputs)).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(exit);
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(direct)) {
      files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("run.json")).sorted().forEach(names::add);
    }
    assertThat(names).contains("claims.jsonl", "references.jsonl", "documents.jsonl", "errors.jsonl",
        "sources.jsonl", "summary.json", "report.html");
    for (String name : names) {
      assertThat(Files.readAllBytes(flink.resolve(name))).as("%s on Flink", name)
          .isEqualTo(Files.readAllBytes(direct.resolve(name)));
    }
    assertThat(Files.readString(flink.resolve("run.json"))).contains("\"runner\" : \"flink\"")
        .contains("\"flinkMaster\" : \"[local]\"");
  }

  @Test
  void everyFixtureFolderGivesTheSameBytesOnFlink() throws IOException {
    Path warc = Files.createDirectories(tmp.resolve("warc"));
    WarcFixture.write(warc.resolve("news-capture.warc"));
    List<String> inputs = new ArrayList<>();
    for (String folder : List.of("text", "html", "documents", "wiki", "jsonl")) {
      inputs.add(RepoFixtures.root().resolve(folder).toString());
    }
    inputs.add(warc.toString());
    sameOnBothRunners(inputs);
  }

  @Test
  void theRealCorpusGivesTheSameBytesOnFlink() throws IOException {
    Path corpus = SharedCorpus.root().resolve("corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent");
    List<String> inputs = new ArrayList<>();
    for (String folder : List.of("wikipedia-html", "wikitext", "news-html", "web-archives", "documents")) {
      inputs.add(corpus.resolve(folder).toString());
    }
    sameOnBothRunners(inputs);
  }
}
