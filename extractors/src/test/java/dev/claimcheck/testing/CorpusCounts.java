package dev.claimcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The mechanically counted facts about the real documents, from {@code corpus/COUNTS.tsv}. */
public final class CorpusCounts {
  private final Map<String, String> values = new HashMap<>();

  private CorpusCounts(Path tsv) {
    try {
      for (String line : Files.readAllLines(tsv)) {
        String[] cols = line.split("\t", -1);
        if (cols.length == 3 && !cols[0].equals("file")) {
          values.put(cols[0] + "\t" + cols[1], cols[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The counts, or a skipped test when {@code ../shared} is absent. */
  public static CorpusCounts load() {
    return new CorpusCounts(SharedCorpus.root().resolve("corpus/COUNTS.tsv"));
  }

  /** A count for a file (path below {@code corpus/}); fails when it is not listed. */
  public int count(String file, String metric) {
    String v = values.get(file + "\t" + metric);
    if (v == null) {
      throw new AssertionError("COUNTS.tsv has no " + metric + " for " + file);
    }
    return Integer.parseInt(v);
  }
}
