package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import java.io.Serializable;
import java.util.List;

/**
 * What a run learnt about one cited URL.
 *
 * @param url the URL as cited
 * @param status the class after the history's rule ({@code SUSPECTED_DEAD} until a failure
 *     is confirmed across runs)
 * @param previous the class the history gave before this run, or null for a URL new to it
 * @param check this run's check, or the last one when the URL was not due (its text dropped)
 * @param checkedNow whether a request was made this run
 * @param history every check, this run's included
 * @param archives the archive copies found, best first
 * @param drift how the live text compares with an archive copy or the previous check, or null
 * @param texts the texts read (live and archived), for support; empty between pipeline steps
 */
public record SourceResult(String url, SourceStatus status, SourceStatus previous, SourceCheck check,
    boolean checkedNow, UrlHistory history, List<ArchiveCopy> archives, Drift drift, List<Text> texts)
    implements Serializable {

  public SourceResult {
    archives = List.copyOf(archives);
    texts = List.copyOf(texts);
  }

  /**
   * A live or archived text of the source.
   *
   * @param copy {@code live}, or the archive copy's URL
   * @param text the page's text
   */
  public record Text(String copy, String text) implements Serializable {}

  /**
   * The live page against another copy.
   *
   * @param similarity estimated share of word 4-grams in common, 0 to 1
   * @param drifted whether it is below {@link Fingerprint#DRIFT_BELOW}
   * @param against what it was compared with: an archive copy's URL, or {@code previous check}
   */
  public record Drift(double similarity, boolean drifted, String against) implements Serializable {}

  /** Whether the source is failing: dead, suspected dead, or a soft 404. */
  public boolean failing() {
    return status == SourceStatus.DEAD || status == SourceStatus.SUSPECTED_DEAD || status == SourceStatus.SOFT_404;
  }

  /** This result without its texts, as passed between steps. */
  public SourceResult withoutTexts() {
    return withTexts(List.of());
  }

  /** This result with {@code texts} as its texts. */
  public SourceResult withTexts(List<Text> texts) {
    return new SourceResult(url, status, previous, check, checkedNow, history, archives, drift, texts);
  }
}
