package dev.claimcheck.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (the seeds and the real-document corpus, kept beside the checkout and
 * never copied into it). Tests that need it skip, saying why, where it is absent.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The shared folder, or a skipped test when it is absent. */
  public static Path root() {
    String configured = System.getProperty("claimcheck.shared");
    Path found = configured != null ? Path.of(configured) : search();
    assumeTrue(found != null && Files.isDirectory(found.resolve("seeds")),
        "../shared is absent beside the checkout (set -Dclaimcheck.shared=DIR): "
            + "tests on the seeds and the real corpus are skipped");
    return found;
  }

  /** The shared folder, or null when it is absent (for helpers that can do without it). */
  public static Path locate() {
    String configured = System.getProperty("claimcheck.shared");
    Path found = configured != null ? Path.of(configured) : search();
    return found != null && Files.isDirectory(found.resolve("seeds")) ? found : null;
  }

  /** A seed document. */
  public static Path seed(String name) {
    return root().resolve("seeds").resolve(name);
  }

  /** {@code shared} beside the checkout: the top-most folder above the test with a pom.xml. */
  private static Path search() {
    Path checkout = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("pom.xml"))) {
        checkout = dir;
      }
    }
    return checkout == null || checkout.getParent() == null ? null : checkout.resolveSibling("shared");
  }
}
