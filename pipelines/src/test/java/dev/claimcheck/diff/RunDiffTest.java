package dev.claimcheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changes between two runs' outputs: documents, claims, sources and conflicts, in a fixed order. */
class RunDiffTest {
  @TempDir Path dir;

  private Path run(String name, List<String> documents, List<String> claims, List<String> sources,
      List<String> conflicts, boolean sharded) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("summary.json"), "{}\n");
    Files.write(folder.resolve("documents.jsonl"), documents);
    if (sharded) {
      Files.write(folder.resolve("claims-00000-of-00002.jsonl"), claims.subList(0, 1));
      Files.write(folder.resolve("claims-00001-of-00002.jsonl"), claims.subList(1, claims.size()));
    } else {
      Files.write(folder.resolve("claims.jsonl"), claims);
    }
    Files.write(folder.resolve("sources.jsonl"), sources);
    Files.write(folder.resolve("conflicts.jsonl"), conflicts);
    return folder;
  }

  @Test
  void eachKindOfChangeOnceInAFixedOrder() throws IOException {
    Path older = run("old", List.of(
            "{\"id\":\"d1\",\"source\":\"a.txt\"}", "{\"id\":\"d2\",\"source\":\"b.txt\"}",
            "{\"id\":\"d3\",\"source\":\"gone.txt\"}"),
        List.of(
            "{\"id\":\"d1-1-0\",\"document\":\"d1\",\"text\":\"It opened in 1911.\",\"status\":\"CITED\"}",
            "{\"id\":\"d1-1-1\",\"document\":\"d1\",\"text\":\"It closed in 1958.\",\"status\":\"SUPPORTED\"}",
            "{\"id\":\"d2-1-0\",\"document\":\"d2\",\"text\":\"Kept as it was.\",\"status\":\"UNSOURCED\"}",
            "{\"id\":\"d3-1-0\",\"document\":\"d3\",\"text\":\"Gone with its page.\",\"status\":\"UNSOURCED\"}"),
        List.of(
            "{\"url\":\"https://a.example/1\",\"status\":\"ALIVE\",\"drift\":null}",
            "{\"url\":\"https://a.example/2\",\"status\":\"DEAD\"}",
            "{\"url\":\"https://a.example/3\",\"status\":\"ALIVE\",\"drift\":{\"similarity\":0.9,\"drifted\":false}}"),
        List.of("{\"subject\":\"depot\",\"relation\":\"closed\",\"values\":[{\"value\":\"1956\"},{\"value\":\"1958\"}]}"),
        false);
    Path newer = run("new", List.of(
            "{\"id\":\"d1x\",\"source\":\"a.txt\"}", "{\"id\":\"d2\",\"source\":\"b.txt\"}",
            "{\"id\":\"d4\",\"source\":\"new.txt\"}"),
        List.of(
            "{\"id\":\"d1x-1-0\",\"document\":\"d1x\",\"text\":\"It opened in 1911.\",\"status\":\"CITED\"}",
            "{\"id\":\"d1x-1-1\",\"document\":\"d1x\",\"text\":\"It closed in 1958.\",\"status\":\"DEAD_SOURCE\"}",
            "{\"id\":\"d2-1-0\",\"document\":\"d2\",\"text\":\"Kept as it was.\",\"status\":\"UNSOURCED\"}",
            "{\"id\":\"d4-1-0\",\"document\":\"d4\",\"text\":\"New in 2020.\",\"status\":\"UNSOURCED\"}"),
        List.of(
            "{\"url\":\"https://a.example/1\",\"status\":\"DEAD\"}",
            "{\"url\":\"https://a.example/2\",\"status\":\"ALIVE\"}",
            "{\"url\":\"https://a.example/3\",\"status\":\"ALIVE\",\"drift\":{\"similarity\":0.4,\"drifted\":true}}"),
        List.of("{\"subject\":\"depot\",\"relation\":\"opened\",\"values\":[{\"value\":\"1911\"},{\"value\":\"1912\"}]}"),
        true);
    StringWriter out = new StringWriter();
    Map<String, Integer> counts = RunDiff.write(older, newer, out);
    assertThat(out.toString().split("\n")).containsExactly(
        "{\"change\":\"claim-added\",\"input\":\"new.txt\",\"id\":\"d4-1-0\",\"status\":\"UNSOURCED\",\"text\":\"New in 2020.\"}",
        "{\"change\":\"claim-removed\",\"input\":\"gone.txt\",\"oldId\":\"d3-1-0\",\"status\":\"UNSOURCED\",\"text\":\"Gone with its page.\"}",
        "{\"change\":\"claim-status\",\"input\":\"a.txt\",\"id\":\"d1x-1-1\",\"oldId\":\"d1-1-1\",\"from\":\"SUPPORTED\",\"to\":\"DEAD_SOURCE\",\"text\":\"It closed in 1958.\"}",
        "{\"change\":\"conflict-gone\",\"subject\":\"depot\",\"relation\":\"closed\",\"values\":[\"1956\",\"1958\"]}",
        "{\"change\":\"conflict-new\",\"subject\":\"depot\",\"relation\":\"opened\",\"values\":[\"1911\",\"1912\"]}",
        "{\"change\":\"document-added\",\"input\":\"new.txt\",\"id\":\"d4\"}",
        "{\"change\":\"document-edited\",\"input\":\"a.txt\",\"oldId\":\"d1\",\"id\":\"d1x\"}",
        "{\"change\":\"document-removed\",\"input\":\"gone.txt\",\"oldId\":\"d3\"}",
        "{\"change\":\"source-drifted\",\"url\":\"https://a.example/3\",\"similarity\":0.4}",
        "{\"change\":\"source-failing\",\"url\":\"https://a.example/1\",\"from\":\"ALIVE\",\"to\":\"DEAD\"}",
        "{\"change\":\"source-recovered\",\"url\":\"https://a.example/2\",\"from\":\"DEAD\",\"to\":\"ALIVE\"}");
    assertThat(counts).containsEntry("claim-status", 1).containsEntry("document-edited", 1).hasSize(11);
    StringWriter same = new StringWriter();
    assertThat(RunDiff.write(newer, newer, same)).isEmpty();
    assertThat(same.toString()).isEmpty();
  }
}
