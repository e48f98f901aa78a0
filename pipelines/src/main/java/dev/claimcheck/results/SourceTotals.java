package dev.claimcheck.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources the documents cite: how many, and those cited by the most documents.
 *
 * @param sources distinct sources cited
 * @param mostCited the sources cited by the most documents, at most {@link #SHOWN}, best
 *     first ({@link SourceUse#MOST_CITED})
 */
public record SourceTotals(long sources, List<SourceUse> mostCited) implements Serializable {
  /** How many sources the most-cited list keeps. */
  public static final int SHOWN = 20;

  public SourceTotals {
    mostCited = List.copyOf(mostCited);
  }

  /**
   * Adds sources up, each with all its uses (combined by key before); what a combine step keeps
   * between elements. Not thread-safe.
   */
  public static final class Counter {
    private long sources;
    private final List<SourceUse> best = new ArrayList<>();

    /** Counts one source. */
    public void add(SourceUse use) {
      sources++;
      best.add(use);
      if (best.size() >= 4 * SHOWN) {
        trim();
      }
    }

    /** Adds counts made elsewhere. */
    public void add(SourceTotals other) {
      sources += other.sources;
      best.addAll(other.mostCited);
      trim();
    }

    private void trim() {
      best.sort(SourceUse.MOST_CITED);
      if (best.size() > SHOWN) {
        best.subList(SHOWN, best.size()).clear();
      }
    }

    /** The counts so far. */
    public SourceTotals totals() {
      trim();
      return new SourceTotals(sources, best);
    }
  }
}
