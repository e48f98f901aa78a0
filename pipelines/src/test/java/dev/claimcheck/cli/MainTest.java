package dev.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  private static int execute(StringWriter out, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    return cli.execute(args);
  }

  @Test
  void reportHelpNamesOutputsAndExitCodes() {
    StringWriter out = new StringWriter();
    assertThat(execute(out, "report", "--help")).isZero();
    assertThat(out.toString()).contains("--output", "claims.jsonl", "Exit codes", "3");
  }

  @Test
  void reportWithoutOutputIsAUsageError() {
    StringWriter out = new StringWriter();
    assertThat(execute(out, "report", "some.txt")).isEqualTo(2);
    assertThat(out.toString()).contains("Missing required option: '--output=DIR'");
  }

  @Test
  void datesListsEveryExpressionAsJsonLines(@TempDir Path dir) throws Exception {
    Path text = dir.resolve("article.txt");
    Files.writeString(text, "The dam failed on June 1, 2020 after heavy rain. Two weeks later "
        + "the valley was empty.\n\nIt was built 40 years ago, on 03/04/1980.\n");
    StringWriter out = new StringWriter();
    assertThat(execute(out, "dates", text.toString(), "--document-date", "2020-06-20",
        "--language", "en-GB")).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertThat(lines).extracting(l -> l.get("text").asText() + "=" + l.get("value").asText())
        .containsExactly("June 1, 2020=2020-06-01", "Two weeks later=2020-06-15",
            "40 years ago=1980", "03/04/1980=1980-04-03");
    assertThat(lines.get(1).get("anchor").asText()).isEqualTo("2020-06-01");
    assertThat(lines.get(2).get("flags").toString()).contains("relative_date");
    JsonNode first = lines.get(0);
    assertThat(first.get("source").asText()).isEqualTo("article.txt");
    assertThat(first.get("end").asInt() - first.get("start").asInt()).isEqualTo(12);
  }

  @Test
  void datesRejectsABadDocumentDate() {
    StringWriter out = new StringWriter();
    assertThat(execute(out, "dates", "x.txt", "--document-date", "June")).isEqualTo(2);
  }

  @Test
  void noCommandIsAUsageError() {
    StringWriter out = new StringWriter();
    assertThat(execute(out)).isEqualTo(2);
    assertThat(out.toString()).contains("name a command");
  }
}
