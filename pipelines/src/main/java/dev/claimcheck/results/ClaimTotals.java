package dev.claimcheck.results;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Status;
import dev.claimcheck.model.TemporalExpression;
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
 * @param timeline claims per bucket of their primary date ({@link #bucket}), then per status;
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

  /**
   * A timeline bucket for a normalized date: its year, decade ({@code 1990s}) or century
   * ({@code 1900s}); null for a value without a year.
   */
  public static String bucket(String value) {
    if (value == null || value.length() < 4) {
      return null;
    }
    int digits = 0;
    while (digits < 4 && Character.isDigit(value.charAt(digits)) && value.charAt(digits) < 128) {
      digits++;
    }
    if (digits == 4) {
      return value.substring(0, 4);
    }
    if (digits == 3 && value.charAt(3) == 'X') {
      return value.substring(0, 3) + "0s";
    }
    if (digits == 2 && value.charAt(2) == 'X' && value.charAt(3) == 'X') {
      return value.substring(0, 2) + "00s";
    }
    return null;
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
          // A claim stands on the timeline at its primary date, the one its main verb refers to.
          for (TemporalExpression t : c.dates()) {
            String bucket = bucket(t.value());
            if (t.has(DateFlag.PRIMARY) && bucket != null) {
              timeline.computeIfAbsent(bucket, k -> new LinkedHashMap<>()).merge(status, 1L, Long::sum);
              break;
            }
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
