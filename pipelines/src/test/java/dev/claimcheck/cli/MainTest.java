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

  @Test
  void formatsAddACsvRowPerClaimAndAMarkdownSummaryAndFailOnSetsTheExitCode(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("article.txt");
    Files.writeString(input, "Westmere Depot\n\n=Formula stays text, founded in 1911 by \"the, council\".\n\n"
        + "The depot closed in 1958 after a fire.[1]\n\nReferences\n\n  1. ^ Hale, Bo (2001). Trams. Quayside Press.\n");
    Path out = dir.resolve("out");
    StringWriter log = new StringWriter();
    assertThat(execute(log, "report", input.toString(), "--output", out.toString(), "--format", "csv,md",
        "--fail-on", "unsourced,dead-source")).isEqualTo(4);
    List<List<String>> rows = csv(Files.readString(out.resolve("claims.csv")));
    long claims = Files.readAllLines(out.resolve("claims.jsonl")).stream().filter(l -> !l.isBlank()).count();
    assertThat(rows).hasSize((int) claims + 1);
    assertThat(rows.get(0)).startsWith("id", "document", "source").endsWith("text");
    assertThat(rows).extracting(r -> r.get(5)).contains("UNSOURCED", "CITED");
    // A cell a spreadsheet would run as a formula is kept as text; quotes and commas survive.
    assertThat(rows).extracting(r -> r.get(r.size() - 1))
        .contains("'=Formula stays text, founded in 1911 by \"the, council\".");
    String md = Files.readString(out.resolve("summary.md"));
    assertThat(md).startsWith("# claimcheck report").contains("| UNSOURCED | 1 |", "| CITED | 1 |")
        .contains("Westmere Depot");

    Path again = dir.resolve("again");
    assertThat(execute(new StringWriter(), "report", input.toString(), "--output", again.toString(),
        "--fail-on", "contested")).isZero();
    assertThat(again.resolve("claims.csv")).doesNotExist();
    assertThat(execute(new StringWriter(), "report", input.toString(), "--output", again.toString(),
        "--fail-on", "sometimes")).isEqualTo(2);
  }

  @Test
  void diffSaysWhatChangedBetweenTwoOutputFolders(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("a.txt"), "Depot\n\nThe depot opened in 1911.\n\nIt closed in 1958.\n");
    assertThat(execute(new StringWriter(), "report", input.toString(), "--output", dir.resolve("one").toString()))
        .isZero();
    Files.writeString(input.resolve("a.txt"), "Depot\n\nThe depot opened in 1911.\n\nIt closed in 1956.\n");
    assertThat(execute(new StringWriter(), "report", input.toString(), "--output", dir.resolve("two").toString()))
        .isZero();
    Path changes = dir.resolve("changes.jsonl");
    StringWriter log = new StringWriter();
    assertThat(execute(log, "diff", dir.resolve("one").toString(), dir.resolve("two").toString(),
        "--output", changes.toString())).isZero();
    assertThat(Files.readAllLines(changes)).extracting(l -> new ObjectMapper().readTree(l).get("change").asText())
        .containsExactly("claim-added", "claim-removed", "document-edited");
    assertThat(log.toString()).contains("claim-added=1");
    assertThat(execute(new StringWriter(), "diff", dir.toString(), dir.resolve("two").toString())).isEqualTo(2);

    // A report run with --previous writes the same changes and lists them at the top of its page, escaped.
    Files.writeString(input.resolve("a.txt"), "Depot\n\nThe depot opened in 1911.\n\nIt closed <script>x</script> in 1956.\n");
    Path three = dir.resolve("three");
    assertThat(execute(new StringWriter(), "report", input.toString(), "--output", three.toString(),
        "--previous", dir.resolve("two").toString())).isZero();
    assertThat(Files.readAllLines(three.resolve("changes.jsonl")))
        .extracting(l -> new ObjectMapper().readTree(l).get("change").asText())
        .containsExactly("claim-added", "claim-removed", "document-edited");
    String page = Files.readString(three.resolve("report.html"));
    assertThat(page).contains("<h2 id=\"changes\">What changed</h2>",
        "claim-added 1 · claim-removed 1 · document-edited 1", "&lt;script&gt;x&lt;/script&gt;");
    assertThat(page.indexOf("What changed</h2>")).isLessThan(page.indexOf("Needs attention</h2>"));
    // The added claim links to its place on its document's page.
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("<b>claim-added</b> [^\\n]*<a href=\"(report/[^\"#]+)#c-")
        .matcher(page);
    assertThat(link.find()).isTrue();
    assertThat(three.resolve(link.group(1))).exists();
    assertThat(execute(new StringWriter(), "report", input.toString(), "--output", dir.resolve("four").toString(),
        "--previous", dir.toString())).isEqualTo(2);
  }

  /** The rows of an RFC 4180 text: quoted cells, doubled quotes, CRLF row ends. */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
