package dev.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing outputs: one run at a time, never an absent folder, no leftovers, the umask's modes. */
class OutputFolderTest {
  @TempDir Path tmp;

  private static void publish(Path target, String content) throws IOException {
    OutputFolder folder = OutputFolder.prepare(target);
    Files.writeString(folder.workingFolder().resolve("claims.jsonl"), content);
    folder.publish();
  }

  @Test
  void aSecondRunIntoTheSameFolderIsRefusedAtOnce() throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder first = OutputFolder.prepare(out);
    assertThatThrownBy(() -> OutputFolder.prepare(out)).isInstanceOf(OutputFolder.Busy.class)
        .hasMessageContaining("another claimcheck run is writing " + out);
    Files.writeString(first.workingFolder().resolve("claims.jsonl"), "first");
    first.publish();
    // Once the first has published, the next may run.
    publish(out, "second");
    assertThat(Files.readString(out.resolve("claims.jsonl"))).isEqualTo("second");
  }

  @Test
  void anotherProcessHoldingTheLockKeepsThisOneOut() throws Exception {
    Path out = tmp.resolve("out");
    Path ready = tmp.resolve("ready");
    // A child process takes the lock and holds it until its input closes.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Holder.class.getName(), out.toString(), ready.toString()).redirectErrorStream(true).start();
    try {
      for (int i = 0; i < 600 && !Files.exists(ready); i++) {
        Thread.sleep(50);
      }
      assertThat(ready).exists();
      assertThatThrownBy(() -> OutputFolder.prepare(out)).isInstanceOf(OutputFolder.Busy.class);
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    publish(out, "after");
    assertThat(Files.readString(out.resolve("claims.jsonl"))).isEqualTo("after");
  }

  /** Takes the lock of an output folder, says so, and holds it until its input closes. */
  public static final class Holder {
    public static void main(String[] args) throws IOException {
      OutputFolder folder = OutputFolder.prepare(Path.of(args[0]));
      Files.writeString(Path.of(args[1]), "locked");
      System.in.read();
      folder.discard();
    }
  }

  @Test
  void theFolderIsNeverAbsentWhileItIsReplaced() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "0");
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong looks = new AtomicLong();
    AtomicLong absent = new AtomicLong();
    Thread watcher = new Thread(() -> {
      while (running.get()) {
        looks.incrementAndGet();
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
          absent.incrementAndGet();
        }
      }
    });
    watcher.start();
    try {
      for (int i = 1; i <= 200; i++) {
        publish(out, String.valueOf(i));
      }
    } finally {
      running.set(false);
      watcher.join(10_000);
    }
    assertThat(looks.get()).isGreaterThan(200);
    assertThat(absent.get()).isZero();
    assertThat(Files.readString(out.resolve("claims.jsonl"))).isEqualTo("200");
    try (var left = Files.list(tmp)) {
      // The outputs and the previous ones, kept for their readers until the next run.
      assertThat(left.filter(p -> p.getFileName().toString().startsWith(".out.run-")).count()).isEqualTo(2);
    }
  }

  @Test
  void aReaderOfTheOutputsFinishesWhileTheyAreReplaced() throws IOException {
    Path out = tmp.resolve("out");
    publish(out, "first");
    Path reading = out.toRealPath(); // a reader has found the folder the outputs are in
    publish(out, "second");
    assertThat(Files.readString(out.resolve("claims.jsonl"))).isEqualTo("second");
    assertThat(Files.readString(reading.resolve("claims.jsonl"))).isEqualTo("first");
    publish(out, "third"); // the next run removes them
    assertThat(reading).doesNotExist();
  }

  @Test
  void whatAKilledRunLeftIsRemovedByTheNext() throws IOException {
    Path out = tmp.resolve("out");
    publish(out, "kept");
    Path partial = Files.createDirectories(tmp.resolve(".out.partial-123"));
    Files.writeString(partial.resolve("claims.jsonl"), "half");
    Path run = Files.createDirectories(tmp.resolve(".out.run-abc"));
    Path other = Files.createDirectories(tmp.resolve(".outer.run-abc"));
    OutputFolder next = OutputFolder.prepare(out);
    assertThat(next.removedLeftovers()).containsExactly(partial, run);
    assertThat(partial).doesNotExist();
    assertThat(run).doesNotExist();
    assertThat(other).exists();
    assertThat(Files.readString(out.resolve("claims.jsonl"))).isEqualTo("kept");
    next.discard();
  }

  @Test
  void aPlainFolderInThePlaceIsReplacedToo() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("stale.txt"), "old");
    publish(out, "new");
    assertThat(out.resolve("stale.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve("claims.jsonl"), StandardCharsets.UTF_8)).isEqualTo("new");
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(3).contains("out", ".out.lock"); // and the folder it points at
    }
  }

  @Test
  void foldersFollowTheUmask() throws IOException {
    Path out = tmp.resolve("out");
    publish(out, "x");
    // A folder made the ordinary way gets the umask's modes; the outputs' folder must match.
    Path ordinary = Files.createDirectory(tmp.resolve("ordinary"));
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
    assertThat(expected).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
  }
}
