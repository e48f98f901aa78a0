package dev.claimcheck.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code fixtures/} folder, found from a test's working folder. */
public final class RepoFixtures {
  private RepoFixtures() {}

  /** The fixtures folder. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("fixtures/text")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir.resolve("fixtures");
      }
    }
    throw new IllegalStateException("fixtures/ not found above " + Path.of("").toAbsolutePath());
  }
}
