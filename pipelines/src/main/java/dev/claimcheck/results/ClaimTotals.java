package dev.claimcheck.results;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.model.Status;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over documents and their claims: per status, and per timeline bucket and status.
 *
 * @param documents documents counted
 * @param claims their claims
 * @param datedClaims the claims with at least one date
 * @param references their references
 * @param statuses claims per status, every status in enum order
 * @param timeline claims per bucket of their primary date ({@link TimelineBucket}), then per status;
 *     sorted by bucket
 */
public record ClaimTotals(long documents, long claims, long datedClaims, long references,
    Map<String, Long> statuses, Map<String, Map<String, Long>> timeline) implements Serializable {

  /** The counts of one judged document. */
  public static ClaimTotals of(Analysis analysis) {
    Counter c = new Counter();
    c.add(analysis);
    return c.totals();
  }

  /** Adds counts up; what a combine step keeps between elements. Not thread-safe. */
  public static final class Counter {
    private long documents;
    private long claims;
    private long datedClaims;
    private long references;
    private final Map<String, Long> statuses = new LinkedHashMap<>();
    private final TreeMap<String, Map<String, Long>> timeline = new TreeMap<>();

    /** No counts yet. */
    public Counter() {
      for (Status s : Status.values()) {
        statuses.put(s.name(), 0L);
      }
    }

    /** Counts a document and its claims. */
    public void add(Analysis analysis) {
      documents++;
      references += analysis.references().size();
      for (Claim c : analysis.claims()) {
        claims++;
        String status = String.valueOf(c.status());
        statuses.merge(status, 1L, Long::sum);
        if (c.isDated()) {
          datedClaims++;
          String bucket = TimelineBucket.of(c);
          if (bucket != null) {
            timeline.computeIfAbsent(bucket, k -> new LinkedHashMap<>()).merge(status, 1L, Long::sum);
          }
        }
      }
    }

    /** Adds counts made elsewhere. */
    public void add(ClaimTotals other) {
      documents += other.documents;
      claims += other.claims;
      datedClaims += other.datedClaims;
      references += other.references;
      other.statuses.forEach((s, n) -> statuses.merge(s, n, Long::sum));
      other.timeline.forEach((bucket, counts) -> {
        Map<String, Long> mine = timeline.computeIfAbsent(bucket, k -> new LinkedHashMap<>());
        counts.forEach((s, n) -> mine.merge(s, n, Long::sum));
      });
    }

    /** The counts so far. */
    public ClaimTotals totals() {
      Map<String, Map<String, Long>> buckets = new LinkedHashMap<>();
      timeline.forEach((bucket, counts) -> buckets.put(bucket, new LinkedHashMap<>(counts)));
      return new ClaimTotals(documents, claims, datedClaims, references, new LinkedHashMap<>(statuses), buckets);
    }
  }
}
