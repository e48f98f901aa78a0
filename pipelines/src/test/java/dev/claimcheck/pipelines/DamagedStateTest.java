package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.report.Rows;
import dev.claimcheck.testing.RepoFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged state folder never stops a run: damaged lines are skipped and said (file and line),
 * counted in run.json, the damaged files kept aside and the rest kept; a state folder that
 * cannot be used stops the run before any work, with exit code 2.
 */
class DamagedStateTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private static final String GOOD = "{\"url\":\"https://example.org/a\",\"checks\":[{\"time\":"
      + "\"2026-01-01T00:00:00Z\",\"status\":\"ALIVE\",\"httpStatus\":200}],\"archives\":[]}";
  private static final String ALSO_GOOD = "{\"url\":\"https://example.org/b\",\"checks\":[],\"archives\":[]}";

  private int report(Path state) {
    SourceChecker.Settings settings = new SourceChecker.Settings(null, Duration.ZERO, 1, 1, false,
        false, UrlHistory.DeadRule.standard(), null, List.of(), List.of(), Duration.ZERO,
        Duration.ofSeconds(1), Duration.ofSeconds(2));
    SourceChecks checks = new SourceChecks(UUID.randomUUID().toString(), settings, state, List.of());
    // An article citing no URL: the run reads and saves the state without the network.
    return ReportJob.run(new ReportJob.Settings(
        List.of(RepoFixtures.root().resolve("text/blog-uncited.txt").toString()), tmp.resolve("out"),
        "direct", 32L << 20, 4_000_000, checks, false), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void damagedLinesAreSkippedSaidAndKeptAside() throws IOException {
    Path state = Files.createDirectories(tmp.resolve("state"));
    String file = GOOD + "\n" + "garbage that is not JSON\n" + ALSO_GOOD + "\n"
        + GOOD.replace("example.org/a", "example.org/c").substring(0, 40) + "\n";
    Files.writeString(state.resolve("sources-state.jsonl"), file);
    String journal = "{\"url\":\"https://example.org/b\",\"time\":\"yesterday\",\"status\":\"DEAD\",\"httpStatus\":404}\n"
        + "{\"url\":\"https://example.org/b\",\"time\":\"2026-01-02T00:00:00Z\",\"status\":\"DEAD\",\"httpStatus\":404}\n"
        + "{\"url\":\"https://example.org/b\",\"time\":\"2026-01-03T0";
    Files.writeString(state.resolve("checks-journal.jsonl"), journal);

    assertThat(report(state)).isEqualTo(ReportJob.OK);
    assertThat(log()).contains("skipped a damaged line of the state: " + state.resolve("sources-state.jsonl line 2: not JSON"))
        .contains(state.resolve("sources-state.jsonl line 4: cut short").toString())
        .contains(state.resolve("checks-journal.jsonl line 1: a time that cannot be read (yesterday)").toString())
        .contains(state.resolve("checks-journal.jsonl line 3: cut short").toString())
        .doesNotContain("starting a new state");
    // What the damaged files held is kept aside, byte for byte.
    assertThat(Files.readString(state.resolve("sources-state.jsonl.damaged-1"))).isEqualTo(file);
    assertThat(Files.readString(state.resolve("checks-journal.jsonl.damaged-1"))).isEqualTo(journal);
    // The rest is kept: both good URLs, with the journal's good check folded in.
    var saved = new StateStore(state).load();
    assertThat(saved.keySet()).containsExactly("https://example.org/a", "https://example.org/b");
    assertThat(saved.get("https://example.org/b").checks()).hasSize(1);
    JsonNode run = Rows.MAPPER.readTree(tmp.resolve("out/run.json").toFile());
    assertThat(run.get("state").get("skippedLines").asInt()).isEqualTo(4);
    assertThat(run.get("state").get("keptAside").toString())
        .isEqualTo("[\"sources-state.jsonl.damaged-1\",\"checks-journal.jsonl.damaged-1\"]");

    // The next run finds a clean state and says nothing of damage.
    log.reset();
    assertThat(report(state)).isEqualTo(ReportJob.OK);
    assertThat(log()).doesNotContain("damaged");
    assertThat(new StateStore(state).load().keySet()).hasSize(2);
  }

  @Test
  void aMissingStateIsStartedAndSaid() throws IOException {
    Path state = tmp.resolve("state");
    assertThat(report(state)).isEqualTo(ReportJob.OK);
    assertThat(log()).contains("starting a new state in " + state);
    JsonNode run = Rows.MAPPER.readTree(tmp.resolve("out/run.json").toFile());
    assertThat(run.get("state").get("new").asBoolean()).isTrue();
    assertThat(state.resolve("sources-state.jsonl")).exists();
  }

  @Test
  void aStateThatIsAFileStopsTheRunBeforeAnyWork() throws IOException {
    Path file = Files.writeString(tmp.resolve("state"), "not a folder");
    assertThat(report(file)).isEqualTo(ReportJob.USAGE);
    assertThat(log()).contains("the state folder cannot be used: " + file + " is a file, not a folder")
        .doesNotContain("reading 1 inputs");
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void aStateFolderThatCannotBeWrittenStopsTheRunBeforeAnyWork() throws IOException {
    Path blocked = Files.writeString(tmp.resolve("blocked"), "x");
    Path state = blocked.resolve("state"); // under a file: it can never be made
    assertThat(report(state)).isEqualTo(ReportJob.USAGE);
    assertThat(log()).contains("the state folder cannot be used: cannot write in " + state)
        .doesNotContain("reading 1 inputs");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
