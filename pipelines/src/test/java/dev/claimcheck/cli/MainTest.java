package dev.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
  void noCommandIsAUsageError() {
    StringWriter out = new StringWriter();
    assertThat(execute(out)).isEqualTo(2);
    assertThat(out.toString()).contains("name a command");
  }
}
