package dev.claimcheck.pipelines;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's {@code fixtures/} folder is, from a test's working folder. */
final class Fixtures {
  private Fixtures() {}

  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("fixtures/text")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir.resolve("fixtures");
      }
    }
    throw new IllegalStateException("fixtures/ not found above " + Path.of("").toAbsolutePath());
  }
}
