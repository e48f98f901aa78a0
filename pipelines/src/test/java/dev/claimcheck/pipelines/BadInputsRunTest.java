package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.testing.BadInputs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over the hostile inputs in a JVM limited to 1 GiB of heap: it completes, writes
 * its outputs, and records every bad input in errors.jsonl.
 */
class BadInputsRunTest {
  @TempDir Path tmp;

  @Test
  void theRunCompletesWithOneGigabyteOfHeap() throws IOException, InterruptedException {
    Path inputs = BadInputs.write(tmp.resolve("bad"));
    Path out = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "dev.claimcheck.cli.Main", "report", inputs.toString(), "--output", out.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("log.txt").toFile())
        .start();
    boolean finished = run.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      run.destroyForcibly();
    }
    String log = Files.readString(tmp.resolve("log.txt"));
    assertThat(finished).as(log).isTrue();
    assertThat(run.exitValue()).as(log).isEqualTo(ReportJob.PARTIAL);
    List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
    for (String name : List.of("truncated.pdf", "encrypted.pdf", "bomb.docx", "large.txt",
        "malformed.warc")) {
      assertThat(errors).as(name).anyMatch(e -> e.contains("bad" + File.separator.replace('\\', '/') + name)
          || e.contains("bad/" + name));
    }
    assertThat(log).doesNotContain("OutOfMemoryError");
    assertThat(Files.readString(out.resolve("documents.jsonl"))).contains("nested.html");
  }
}
