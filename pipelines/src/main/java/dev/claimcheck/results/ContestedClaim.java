package dev.claimcheck.results;

import java.io.Serializable;
import java.util.List;

/**
 * A claim that states a fact another claim of the run states with another value: it becomes
 * {@code CONTESTED}, with reasons naming the other values and their documents.
 *
 * @param claimId the claim
 * @param documentId its document
 * @param previousStatus its status as judged before, or null
 * @param timelineBucket where it stands on the timeline, or null
 * @param reasons what the other claims say, sorted
 */
public record ContestedClaim(String claimId, String documentId, String previousStatus, String timelineBucket,
    List<String> reasons) implements Serializable {

  public ContestedClaim {
    reasons = List.copyOf(reasons);
  }
}
