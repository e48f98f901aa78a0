package dev.claimcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mechanically counted facts about the real documents, from {@code corpus/COUNTS.tsv}. */
public final class CorpusCounts {
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<String>> all = new HashMap<>();

  private CorpusCounts(Path tsv) {
    try {
      for (String line : Files.readAllLines(tsv)) {
        String[] cols = line.split("\t", -1);
        if (cols.length == 3 && !cols[0].equals("file")) {
          values.put(cols[0] + "\t" + cols[1], cols[2]);
          all.computeIfAbsent(cols[0] + "\t" + cols[1], k -> new ArrayList<>()).add(cols[2]);
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

  /** A count for a file, or {@code absent} when COUNTS.tsv does not list the metric. */
  public int count(String file, String metric, int absent) {
    String v = values.get(file + "\t" + metric);
    return v == null ? absent : Integer.parseInt(v);
  }

  /** Every value of a metric listed several times for a file, such as target URIs. */
  public List<String> values(String file, String metric) {
    return List.copyOf(all.getOrDefault(file + "\t" + metric, List.of()));
  }

  /** A text value, such as a title or a timestamp; fails when it is not listed. */
  public String text(String file, String metric) {
    String v = values.get(file + "\t" + metric);
    if (v == null) {
      throw new AssertionError("COUNTS.tsv has no " + metric + " for " + file);
    }
    return v;
  }
}
