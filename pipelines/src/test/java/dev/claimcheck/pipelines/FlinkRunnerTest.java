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

  private int run(String runner, String master, Path output, List<String> inputs) {
    return ReportJob.run(new ReportJob.Settings(inputs, output, runner, 32L << 20, 4_000_000, null, false,
        DocumentBudget.DEFAULT, master, 2, false, 1), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private void sameOnBothRunners(List<String> inputs) throws IOException {
    sameOnBothRunners(inputs, null);
  }

  /** Runs on the DirectRunner and on Flink ({@code master}, or the embedded cluster), compares. */
  private void sameOnBothRunners(List<String> inputs, String master) throws IOException {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    int exit = run("direct", null, direct, inputs);
    assertThat(run("flink", master, flink, inputs)).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(exit);
    List<String> names = new ArrayList<>();
    Path published = direct.toRealPath();
    try (Stream<Path> files = Files.walk(published)) {
      files.filter(Files::isRegularFile).map(p -> published.relativize(p).toString()).filter(n -> !n.equals("run.json"))
          .sorted().forEach(names::add);
    }
    assertThat(names).contains("claims.jsonl", "references.jsonl", "documents.jsonl", "errors.jsonl",
        "sources.jsonl", "conflicts.jsonl", "summary.json", "report.html", "report/documents-1.html");
    for (String name : names) {
      assertThat(Files.readAllBytes(flink.resolve(name))).as("%s on Flink", name)
          .isEqualTo(Files.readAllBytes(direct.resolve(name)));
    }
    assertThat(Files.readString(flink.resolve("run.json"))).contains("\"runner\" : \"flink\"")
        .contains("\"flinkMaster\" : \"" + (master == null ? "[local]" : master) + "\"");
  }

  @Test
  void aStandaloneClusterOfItsOwnJvmsGivesTheSameBytes() throws Exception {
    Path script = RepoFixtures.root().getParent().resolve("scripts/flink-local-cluster");
    Path home = tmp.resolve("flink-cluster");
    ProcessBuilder start = new ProcessBuilder("bash", script.toString(), "start", "2", "1");
    start.environment().put("CLAIMCHECK_FLINK_HOME", home.toString());
    start.environment().put("CLAIMCHECK_FLINK_CLASSPATH", System.getProperty("java.class.path"));
    Process started = start.redirectErrorStream(true).start();
    assertThat(started.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    try {
      assertThat(started.exitValue()).as(output).isZero();
      String master = output.lines().reduce((a, b) -> b).orElseThrow();
      assertThat(master).matches("127\\.0\\.0\\.1:\\d+");
      List<String> inputs = new ArrayList<>();
      for (String folder : List.of("text", "html", "wiki", "jsonl")) {
        inputs.add(RepoFixtures.root().resolve(folder).toString());
      }
      try {
        Path corpus = SharedCorpus.root().resolve("corpus");
        for (String folder : List.of("wikipedia-html", "wikitext", "news-html", "web-archives")) {
          inputs.add(corpus.resolve(folder).toString());
        }
      } catch (org.opentest4j.TestAbortedException absent) {
        // Without ../shared the fixtures alone are compared.
      }
      sameOnBothRunners(inputs, master);
      // The job ran on the cluster, not in this JVM.
      String jobs = new String(new java.net.URL("http://" + master + "/jobs/overview").openStream().readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(jobs).contains("\"state\":\"FINISHED\"").contains("claimcheck-report");
    } finally {
      ProcessBuilder stop = new ProcessBuilder("bash", script.toString(), "stop");
      stop.environment().put("CLAIMCHECK_FLINK_HOME", home.toString());
      Process stopped = stop.redirectErrorStream(true).start();
      stopped.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void everyFixtureFolderGivesTheSameBytesOnFlink() throws IOException {
    Path warc = Files.createDirectories(tmp.resolve("warc"));
    WarcFixture.write(warc.resolve("news-capture.warc"));
    List<String> inputs = new ArrayList<>();
    for (String folder : List.of("text", "html", "documents", "wiki", "jsonl", "contested")) {
      inputs.add(RepoFixtures.root().resolve(folder).toString());
    }
    inputs.add(warc.toString());
    sameOnBothRunners(inputs);
  }

  @Test
  void aDumpReadInPartsGivesTheBytesOfTheDumpReadWhole() throws IOException {
    Path wikitext = SharedCorpus.root().resolve("corpus/wikitext");
    Assumptions.assumeTrue(Files.isDirectory(wikitext), "../shared/corpus is absent");
    // A multistream dump of real pages, and the same text in one bz2 stream (which is never cut).
    Path multistream = Files.createDirectories(tmp.resolve("multistream")).resolve("pages.xml.bz2");
    dev.claimcheck.testing.DumpGenerator.main(new String[] {wikitext.toString(), multistream.toString(), "600"});
    Path single = Files.createDirectories(tmp.resolve("single")).resolve("pages.xml.bz2");
    try (var in = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream(
            Files.newInputStream(multistream), true);
        var out = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(
            Files.newOutputStream(single))) {
      in.transferTo(out);
    }
    assertThat(dev.claimcheck.read.input.DumpParts.split(new dev.claimcheck.read.input.InputFile(multistream.toString(), "pages.xml.bz2")))
        .hasSizeGreaterThan(2);
    Path whole = tmp.resolve("whole");
    assertThat(run("direct", null, whole, List.of(single.toString()))).isZero();
    Path parts = tmp.resolve("parts");
    assertThat(run("direct", null, parts, List.of(multistream.toString()))).isZero();
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("more parts");
    for (String name : ReportJobTest.deterministic(whole)) {
      assertThat(Files.readAllBytes(parts.resolve(name))).as(name).isEqualTo(Files.readAllBytes(whole.resolve(name)));
    }
    assertThat(Files.readString(whole.resolve("summary.json"))).contains("\"documents\" : 510");
    sameOnBothRunners(List.of(multistream.toString()));
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
