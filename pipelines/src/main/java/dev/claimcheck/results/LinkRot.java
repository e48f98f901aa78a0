package dev.claimcheck.results;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.SourceStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the source checks found: how many URLs in each class, which died since the last run,
 * which are failing but not yet confirmed dead, which came back, how many have archive copies,
 * which drifted. The lists are sorted by URL.
 *
 * @param checked URLs checked (or looked up in the state)
 * @param byStatus URLs per class, sorted by class name
 * @param newlyDead URLs dead now and not at the last run
 * @param suspectedDead URLs failing, not yet confirmed dead
 * @param recovered URLs failing at the last run and answering now
 * @param drifted URLs whose live text drifted from another copy
 * @param withArchiveCopy URLs with an archive copy
 * @param failingWithArchiveCopy failing URLs with an archive copy
 */
public record LinkRot(long checked, Map<String, Long> byStatus, List<String> newlyDead, List<String> suspectedDead,
    List<String> recovered, List<String> drifted, long withArchiveCopy, long failingWithArchiveCopy)
    implements Serializable {

  /** Adds checked sources up; what a combine step keeps between elements. Not thread-safe. */
  public static final class Counter {
    private long checked;
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final List<String> newlyDead = new ArrayList<>();
    private final List<String> suspectedDead = new ArrayList<>();
    private final List<String> recovered = new ArrayList<>();
    private final List<String> drifted = new ArrayList<>();
    private long withArchiveCopy;
    private long failingWithArchiveCopy;

    /** Counts one checked source. */
    public void add(SourceResult source) {
      checked++;
      SourceStatus status = source.status();
      SourceStatus previous = source.previous();
      byStatus.merge(status.name(), 1L, Long::sum);
      if (status == SourceStatus.DEAD && previous != SourceStatus.DEAD) {
        newlyDead.add(source.url());
      }
      if (status == SourceStatus.SUSPECTED_DEAD) {
        suspectedDead.add(source.url());
      }
      if (previous != null && failing(previous)
          && (status == SourceStatus.ALIVE || status == SourceStatus.REDIRECTED)) {
        recovered.add(source.url());
      }
      if (!source.archives().isEmpty()) {
        withArchiveCopy++;
        if (source.failing()) {
          failingWithArchiveCopy++;
        }
      }
      if (source.drift() != null && source.drift().drifted()) {
        drifted.add(source.url());
      }
    }

    private static boolean failing(SourceStatus s) {
      return s == SourceStatus.DEAD || s == SourceStatus.SUSPECTED_DEAD || s == SourceStatus.SOFT_404;
    }

    /** Adds counts made elsewhere. */
    public void add(LinkRot other) {
      checked += other.checked;
      other.byStatus.forEach((s, n) -> byStatus.merge(s, n, Long::sum));
      newlyDead.addAll(other.newlyDead);
      suspectedDead.addAll(other.suspectedDead);
      recovered.addAll(other.recovered);
      drifted.addAll(other.drifted);
      withArchiveCopy += other.withArchiveCopy;
      failingWithArchiveCopy += other.failingWithArchiveCopy;
    }

    /** The counts so far, the lists sorted. */
    public LinkRot totals() {
      return new LinkRot(checked, new TreeMap<>(byStatus), sorted(newlyDead), sorted(suspectedDead), sorted(recovered),
          sorted(drifted), withArchiveCopy, failingWithArchiveCopy);
    }

    private static List<String> sorted(List<String> urls) {
      List<String> copy = new ArrayList<>(urls);
      copy.sort(null);
      return copy;
    }
  }
}
