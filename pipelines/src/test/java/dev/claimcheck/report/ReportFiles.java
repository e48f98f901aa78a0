package dev.claimcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The report's pages in an output folder, for tests. */
public final class ReportFiles {
  private ReportFiles() {}

  /** The pages in the report's folder whose names start with {@code prefix}, sorted. */
  public static List<Path> pages(Path out, String prefix) throws IOException {
    try (Stream<Path> pages = Files.list(out.resolve("report"))) {
      return pages.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  /** Every document page of the report, one after another. */
  public static String documentPages(Path out) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path p : pages(out, "doc-")) {
      all.append(Files.readString(p));
    }
    return all.toString();
  }
}
