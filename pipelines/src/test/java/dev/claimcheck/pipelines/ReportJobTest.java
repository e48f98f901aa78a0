package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.report.Rows;
import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.testing.SharedCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report job end to end on {@code fixtures/text} and {@code fixtures/html}, compared with
 * the golden outputs in {@code fixtures/golden/}. After an intended change, regenerate them with
 * {@code mvn -B verify -Dclaimcheck.updateGolden=true} and review the diff.
 */
class ReportJobTest {
  /** Output files compared byte for byte; run.json records wall-clock times and is not. */
  static final List<String> DETERMINISTIC = List.of("claims.jsonl", "references.jsonl", "sources.jsonl", "conflicts.jsonl",
      "documents.jsonl", "errors.jsonl", "summary.json", "report.html");

  @TempDir Path tmp;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private int run(Path output, String... inputs) {
    return ReportJob.run(new ReportJob.Settings(List.of(inputs), output, "direct", 32L << 20,
        4_000_000), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @Test
  void aReCheckHasNoMoreWorkersThanHostsAndAPacedManyHostsRunMoreThanRequestSlots() {
    List<dev.claimcheck.check.UrlTask> sixHosts = java.util.stream.IntStream.range(0, 60)
        .mapToObj(i -> new dev.claimcheck.check.UrlTask("http://127.0.0.1:" + (18400 + i % 6) + "/p" + i, null, null))
        .toList();
    assertThat(ReportJob.checkWorkers(3, 12, sixHosts)).isEqualTo(6);
    List<dev.claimcheck.check.UrlTask> manyHosts = java.util.stream.IntStream.range(0, 500)
        .mapToObj(i -> new dev.claimcheck.check.UrlTask("https://site" + i + ".example/", null, null))
        .toList();
    assertThat(ReportJob.checkWorkers(3, 8, manyHosts)).isEqualTo(32);
    assertThat(ReportJob.checkWorkers(3, 8, manyHosts.subList(0, 1))).isEqualTo(1);
    // URLs found during the run: as many workers as request slots.
    assertThat(ReportJob.checkWorkers(3, 8, null)).isEqualTo(8);
  }

  private static String fixtures() {
    return RepoFixtures.root().resolve("text").toString();
  }

  @ParameterizedTest
  @CsvSource({"text, 3", "html, 0", "documents, 0", "wiki, 0", "jsonl, 3", "warc, 0", "contested, 3"})
  void fixturesMatchTheGoldenOutputs(String folder, int exitCode) throws IOException {
    Path out = tmp.resolve("out");
    Path input = RepoFixtures.root().resolve(folder);
    if (folder.equals("warc")) {
      // The archive is written by a test helper (jwarc), the same bytes on every run.
      input = Files.createDirectories(tmp.resolve("warc"));
      dev.claimcheck.testing.WarcFixture.write(input.resolve("news-capture.warc"));
    }
    assertThat(run(out, input.toString())).isEqualTo(exitCode);
    Path golden = RepoFixtures.root().resolve("golden").resolve(folder);
    List<String> names = deterministic(out);
    if (Boolean.getBoolean("claimcheck.updateGolden")) {
      Files.createDirectories(golden);
      dev.claimcheck.report.OutputFolder.deleteTree(golden.resolve("report"));
      for (String name : names) {
        Files.createDirectories(golden.resolve(name).getParent());
        Files.copy(out.resolve(name), golden.resolve(name),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertThat(names).as("the files of the output folder against fixtures/golden/%s", folder)
        .isEqualTo(deterministic(golden));
    for (String name : names) {
      assertThat(Files.readString(out.resolve(name)))
          .as("%s differs from fixtures/golden/%s/%s", name, folder, name)
          .isEqualTo(Files.readString(golden.resolve(name)));
    }
  }

  /** The deterministic outputs of a folder: {@link #DETERMINISTIC} and every page of the report, sorted. */
  static List<String> deterministic(Path folder) throws IOException {
    List<String> names = new ArrayList<>(DETERMINISTIC);
    try (var pages = Files.list(folder.resolve("report"))) {
      pages.map(p -> "report/" + p.getFileName()).sorted().forEach(names::add);
    }
    return names;
  }

  @Test
  void shardedOutputsHoldTheSameLinesEachShardInOrder() throws IOException {
    Path single = tmp.resolve("single");
    Path sharded = tmp.resolve("sharded");
    List<String> inputs = List.of(RepoFixtures.root().resolve("html").toString(), fixtures());
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    int exit = ReportJob.run(new ReportJob.Settings(inputs, single, "direct", 32L << 20, 4_000_000), out);
    assertThat(ReportJob.run(new ReportJob.Settings(inputs, sharded, "direct", 32L << 20, 4_000_000, null, false,
        dev.claimcheck.model.DocumentBudget.DEFAULT, null, 0, true, 3), out)).isEqualTo(exit);
    for (String name : List.of("claims", "references", "documents")) {
      List<String> whole = Files.readAllLines(single.resolve(name + ".jsonl"));
      assertThat(sharded.resolve(name + ".jsonl")).doesNotExist();
      List<String> all = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        List<String> shard = Files.readAllLines(sharded.resolve(String.format("%s-%05d-of-00003.jsonl", name, i)));
        // Each shard keeps the single file's order.
        assertThat(shard).isEqualTo(whole.stream().filter(shard::contains).toList());
        all.addAll(shard);
      }
      assertThat(all).containsExactlyInAnyOrderElementsOf(whole);
    }
    for (String name : List.of("errors.jsonl", "sources.jsonl", "summary.json", "report.html")) {
      assertThat(Files.readString(sharded.resolve(name))).isEqualTo(Files.readString(single.resolve(name)));
    }
  }

  @Test
  void twoRunsGiveTheSameBytes() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    run(a, fixtures());
    run(b, fixtures());
    assertThat(deterministic(a)).isEqualTo(deterministic(b));
    for (String name : deterministic(a)) {
      assertThat(Files.readAllBytes(a.resolve(name))).as(name).isEqualTo(Files.readAllBytes(b.resolve(name)));
    }
    assertThat(Files.readString(a.resolve("run.json"))).contains("\"runner\" : \"direct\"");
  }

  @Test
  void badInputsAreCountedAndTheRestIsReported() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(run(out, fixtures())).isEqualTo(ReportJob.PARTIAL);
    List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
    assertThat(errors).hasSize(3);
    assertThat(errors).anyMatch(e -> e.contains("binary-named.txt") && e.contains("\"binary\""))
        .anyMatch(e -> e.contains("invalid-utf8.txt") && e.contains("\"encoding\""))
        .anyMatch(e -> e.contains("empty.txt") && e.contains("\"empty\""));
    JsonNode summary = Rows.MAPPER.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("inputs").get("failed").asInt()).isEqualTo(3);
    assertThat(summary.get("inputs").get("read").asInt()).isEqualTo(summary.get("documents").asInt());
  }

  @Test
  void articleTextIsEscapedInTheReport() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(run(out, RepoFixtures.root().resolve("text/script-injection.txt").toString()))
        .isEqualTo(ReportJob.OK);
    List<String> pages = deterministic(out).stream().filter(n -> n.endsWith(".html")).toList();
    assertThat(pages).contains("report.html").hasSizeGreaterThan(3);
    String documentPage = "";
    for (String name : pages) {
      String html = Files.readString(out.resolve(name));
      assertThat(html).as(name).doesNotContain("<script>alert").doesNotContain("<img src=x")
          .doesNotContain("<b>Bold</b>");
      assertThat(html.split("<script>", -1)).as(name).hasSize(2);
      // The policy lets exactly the page's own script run, by its hash; no inline handlers.
      java.util.regex.Matcher policy = java.util.regex.Pattern
          .compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
      assertThat(policy.find()).as(name).isTrue();
      String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
      String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
          .getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
      assertThat(policy.group(1)).as(name).contains("script-src 'sha256-" + hash + "'")
          .doesNotContain("script-src 'unsafe-inline'").startsWith("default-src 'none'");
      assertThat(html).as(name).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
      if (name.startsWith("report/doc-")) {
        documentPage = html;
      }
    }
    assertThat(documentPage).contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void missingInputIsAUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("out");
    assertThat(run(out, tmp.resolve("nope.txt").toString())).isEqualTo(ReportJob.USAGE);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("input not found");
    assertThat(out).doesNotExist();
  }

  @Test
  void unwritableOutputIsAUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertThat(run(file.resolve("out"), fixtures())).isEqualTo(ReportJob.USAGE);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("cannot write the output folder");
  }

  @Test
  void rerunReplacesTheOutputAndLeavesNoPartialFolder() throws IOException {
    Path out = tmp.resolve("out");
    run(out, RepoFixtures.root().resolve("text/blog-uncited.txt").toString());
    Files.writeString(out.resolve("stale.txt"), "old");
    assertThat(run(out, RepoFixtures.root().resolve("text/blog-uncited.txt").toString()))
        .isEqualTo(ReportJob.OK);
    assertThat(out.resolve("stale.txt")).doesNotExist();
    Path published = tmp.resolve(Files.readSymbolicLink(out));
    Path first = published;
    try (Stream<Path> left = Files.list(tmp)) {
      // The link, the folder it points at, the first run's outputs (kept for their readers
      // until the next run) and the lock file.
      List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(4).contains(".out.lock", published.getFileName().toString(), "out");
      first = tmp.resolve(names.stream().filter(n -> n.startsWith(".out.run-")
          && !n.equals(published.getFileName().toString())).findFirst().orElseThrow());
    }
    assertThat(run(out, RepoFixtures.root().resolve("text/blog-uncited.txt").toString())).isEqualTo(ReportJob.OK);
    assertThat(first).doesNotExist();
    assertThat(published).exists();
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("left by an earlier run");
  }

  @Test
  void seedsGiveTheAcceptedVerdicts() throws IOException {
    Path seeds = SharedCorpus.root().resolve("seeds");
    Path out = tmp.resolve("seeds");
    assertThat(run(out, seeds.toString())).isEqualTo(ReportJob.OK);
    List<JsonNode> claims = Files.readAllLines(out.resolve("claims.jsonl")).stream()
        .map(ReportJobTest::json).toList();
    JsonNode founded = claims.stream()
        .filter(c -> c.get("text").asText().startsWith("CICEC was founded in 1984")).findFirst().orElseThrow();
    assertThat(founded.get("status").asText()).isEqualTo("CITED");
    assertThat(founded.get("citations").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
    assertThat(founded.get("dates").get(0).get("value").asText()).isEqualTo("1984");
    JsonNode blog = claims.stream()
        .filter(c -> c.get("text").asText().startsWith("CECC was founded in 1993")).findFirst().orElseThrow();
    assertThat(blog.get("status").asText()).isEqualTo("UNSOURCED");
    StringBuilder pages = new StringBuilder();
    for (String name : deterministic(out)) {
      if (name.startsWith("report/doc-")) {
        pages.append(Files.readString(out.resolve(name)));
      }
    }
    assertThat(pages).contains("中国经济联络中心");
    List<JsonNode> refs = Files.readAllLines(out.resolve("references.jsonl")).stream()
        .map(ReportJobTest::json).toList();
    assertThat(refs).hasSize(6);
    assertThat(refs.get(1).get("identifiers").toString())
        .isEqualTo("{\"isbn\":[\"9781743589007\"],\"oclc\":[\"1347020692\"]}");
    assertThat(refs.get(1).get("uses").asInt()).isEqualTo(5);
  }

  private static JsonNode json(String line) {
    try {
      return Rows.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
