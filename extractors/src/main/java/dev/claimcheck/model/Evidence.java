package dev.claimcheck.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a checked source says about a claim: the passage that holds the claim's key facts (or
 * states a different value for its date).
 *
 * @param reference the label of the cited reference
 * @param url the cited URL
 * @param copy where the text was read: {@code live}, or the archive copy's URL
 * @param passage the passage, as the source has it (bounded)
 * @param facts the claim's key facts the passage holds
 * @param contradicts the value the source states instead of the claim's, or null when the
 *     passage supports the claim
 */
public record Evidence(String reference, String url, String copy, String passage, List<String> facts,
    String contradicts) implements Serializable {

  public Evidence {
    facts = List.copyOf(facts);
  }
}
