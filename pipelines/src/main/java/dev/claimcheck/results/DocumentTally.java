package dev.claimcheck.results;

import dev.claimcheck.model.Analysis;
import java.io.Serializable;
import java.util.List;

/**
 * What one staged document adds to the run's totals.
 *
 * @param counts its counts
 * @param sources the sources it cites, each once
 */
public record DocumentTally(ClaimTotals counts, List<SourceUse> sources) implements Serializable {

  public DocumentTally {
    sources = List.copyOf(sources);
  }

  /** The tally of a judged document. */
  public static DocumentTally of(Analysis analysis) {
    return new DocumentTally(ClaimTotals.of(analysis), SourceUse.of(analysis));
  }
}
