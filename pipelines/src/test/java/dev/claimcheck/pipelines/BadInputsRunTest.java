package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.report.Rows;
import dev.claimcheck.testing.BadInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over the hostile corpus ({@link BadInputs}: damaged and hostile files, and the
 * entries of a folder that are no files), run as a user runs it, in a JVM limited to 1 GiB of
 * heap, twice: each run completes within four minutes with exit code 3, every input ends in
 * documents.jsonl or errors.jsonl as what it is, and both runs write the same bytes. Where the
 * tests run with the power to read anything (root), the run is started without it, so that the
 * locked entries really cannot be read.
 */
class BadInputsRunTest {
  private static final long MINUTES = 4;
  @TempDir Path tmp;
  private Path corpus;

  @AfterEach
  void unlock() throws IOException {
    if (corpus != null) {
      BadInputs.unlock(corpus);
    }
  }

  /** The command that starts a process as a user who may not read what is locked. */
  private static List<String> withoutReadEverything() {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root && Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      return List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all");
    }
    return List.of();
  }

  private int run(Path out, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(withoutReadEverything());
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "dev.claimcheck.cli.Main", "report",
        corpus.toString(), "--output", out.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("finished within %d minutes: %s", MINUTES, Files.readString(log)).isTrue();
    return process.exitValue();
  }

  /** Each input's end, by its name below the corpus: {@code document} or the failure's class. */
  private static Map<String, String> ends(Path out) throws IOException {
    Map<String, String> ends = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      ends.put(Rows.MAPPER.readTree(line).get("source").asText(), BadInputs.DOCUMENT);
    }
    for (String line : Files.readAllLines(out.resolve("errors.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode e = Rows.MAPPER.readTree(line);
      ends.putIfAbsent(e.get("input").asText(), e.get("errorClass").asText());
    }
    Map<String, String> byName = new TreeMap<>();
    ends.forEach((source, end) -> byName.putIfAbsent(source.replaceFirst("^bad/", "").replaceFirst("#.*", ""), end));
    return byName;
  }

  @Test
  void theRunCompletesAccountsForEveryInputAndRepeatsItself() throws Exception {
    corpus = BadInputs.write(tmp.resolve("bad"));
    BadInputs.writeSpecialEntries(corpus);
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertThat(run(first, tmp.resolve("first.log"))).as(Files.readString(tmp.resolve("first.log")))
        .isEqualTo(ReportJob.PARTIAL);
    String log = Files.readString(tmp.resolve("first.log"));
    assertThat(log).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError")
        .doesNotContain("Exception in thread");

    Map<String, String> expected = new TreeMap<>(BadInputs.EXPECTED);
    expected.putAll(BadInputs.SPECIAL);
    if (withoutReadEverything().isEmpty() && "root".equals(System.getProperty("user.name"))) {
      // Nothing can take the power to read anything away here: the locked entries are read.
      expected.put("locked.txt", BadInputs.DOCUMENT);
      expected.remove("locked-folder");
      expected.put("locked-folder/inside.txt", BadInputs.DOCUMENT);
    }
    assertThat(ends(first)).isEqualTo(expected);
    JsonNode summary = Rows.MAPPER.readTree(first.resolve("summary.json").toFile());
    assertThat(summary.get("inputs").get("total").asInt()).isEqualTo(expected.size());

    assertThat(run(second, tmp.resolve("second.log"))).isEqualTo(ReportJob.PARTIAL);
    for (String name : ReportJobTest.deterministic(first)) {
      assertThat(Files.readAllBytes(second.resolve(name))).as("%s is the same in both runs", name)
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
  }
}
