package dev.claimcheck.report;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Status;
import dev.claimcheck.results.ReferenceCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which claims a reader must look at, and why, in the order the report lists them: contested,
 * every source dead, a cited source failing, partly supported, tagged "citation needed",
 * unsourced. Also ranks documents by how many such claims they hold. Thread-safe.
 */
final class Attention {
  /** Why a claim needs attention, most urgent first. */
  enum Kind {
    CONTESTED("contested"),
    DEAD_SOURCE("every cited source dead"),
    FAILING_SOURCE("a cited source is failing"),
    PARTLY_SUPPORTED("partly supported"),
    CITATION_NEEDED("citation needed"),
    UNSOURCED("unsourced");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** The statuses that alone make a claim need attention. */
  static final List<String> STATUSES = List.of(Status.CONTESTED.name(), Status.DEAD_SOURCE.name(),
      Status.PARTLY_SUPPORTED.name(), Status.UNSOURCED.name());

  private Attention() {}

  /** Why {@code claim} needs attention, given its document's reference checks; null when it does not. */
  static Kind of(Claim claim, Map<String, ReferenceCheck> checks) {
    Status s = claim.status();
    if (s == Status.CONTESTED) {
      return Kind.CONTESTED;
    }
    if (s == Status.DEAD_SOURCE) {
      return Kind.DEAD_SOURCE;
    }
    if (failingSource(claim, checks) != null) {
      return Kind.FAILING_SOURCE;
    }
    if (s == Status.PARTLY_SUPPORTED) {
      return Kind.PARTLY_SUPPORTED;
    }
    if (claim.flags().contains(Flag.CITATION_NEEDED)) {
      return Kind.CITATION_NEEDED;
    }
    return s == Status.UNSOURCED ? Kind.UNSOURCED : null;
  }

  /** The id of the first reference {@code claim} cites whose source is failing, or null. */
  static String failingSource(Claim claim, Map<String, ReferenceCheck> checks) {
    for (String id : claim.citations()) {
      ReferenceCheck check = checks.get(id);
      if (check != null && check.failing()) {
        return id;
      }
    }
    return null;
  }

  /** How many of a listed document's claims have a status that needs attention. */
  static long count(DocumentList.Entry d) {
    long n = 0;
    for (String s : STATUSES) {
      n += d.counts().getOrDefault(s, 0L);
    }
    return n;
  }

  /** The {@code limit} documents with the most claims needing attention (none without), most first, then in output order. */
  static List<DocumentList.Entry> topDocuments(Totals totals, int limit) throws IOException {
    List<DocumentList.Entry> top = new ArrayList<>();
    Comparator<DocumentList.Entry> order = Comparator.comparingLong(Attention::count).reversed()
        .thenComparing(DocumentList.Entry::source).thenComparing(DocumentList.Entry::id);
    totals.forEachDocument(d -> {
      if (count(d) == 0) {
        return;
      }
      top.add(d);
      if (top.size() > 4 * limit) {
        top.sort(order);
        top.subList(limit, top.size()).clear();
      }
    });
    top.sort(order);
    if (top.size() > limit) {
      top.subList(limit, top.size()).clear();
    }
    return top;
  }
}
