package dev.claimcheck.results;

import dev.claimcheck.model.Analysis;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What some staged documents add to the run's totals: a staging step counts the documents of a
 * bundle and hands on one tally at its end, so the combines downstream see one element per
 * bundle, not per document (a runner that does not combine ahead of its shuffle, such as the
 * DirectRunner, would hold them all until the end).
 *
 * @param counts their counts
 * @param sources the sources they cite, each once, with the uses of all of them
 */
public record Tally(ClaimTotals counts, List<SourceUse> sources) implements Serializable {

  public Tally {
    sources = List.copyOf(sources);
  }

  /** The tally of one judged document. */
  public static Tally of(Analysis analysis) {
    Counter c = new Counter();
    c.add(analysis);
    return c.take();
  }

  /** Counts documents until taken. Not thread-safe. */
  public static final class Counter {
    private ClaimTotals.Counter counts = new ClaimTotals.Counter();
    private Map<String, SourceUse> sources = new LinkedHashMap<>();
    private boolean empty = true;

    /** Counts a judged document. */
    public void add(Analysis analysis) {
      empty = false;
      counts.add(analysis);
      for (SourceUse use : SourceUse.of(analysis)) {
        sources.merge(use.key(), use, SourceUse::plus);
      }
    }

    /** The tally of the documents counted since the last take, or null when there were none. */
    public Tally take() {
      if (empty) {
        return null;
      }
      Tally tally = new Tally(counts.totals(), new ArrayList<>(sources.values()));
      counts = new ClaimTotals.Counter();
      sources = new LinkedHashMap<>();
      empty = true;
      return tally;
    }
  }
}
