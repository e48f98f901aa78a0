package dev.claimcheck.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a checked source says about a claim: one passage that states some of the claim's facts,
 * or states another value for one of them.
 *
 * @param reference the label of the cited reference
 * @param url the cited URL
 * @param copy where the text was read: {@code live}, or the archive copy's URL
 * @param timestamp when the archive copy was captured (ISO instant), or null for the live page
 * @param passage the passage, as the source has it (bounded)
 * @param start the passage's first character in the source's text as claimcheck read it
 * @param end after its last character
 * @param facts the claim's facts the passage states, as the claim writes them
 * @param contradicts the value the source states instead of the claim's, or null when the
 *     passage supports the claim
 * @param claimValue the claim's value the source contradicts, or null
 */
public record Evidence(String reference, String url, String copy, String timestamp, String passage,
    int start, int end, List<String> facts, String contradicts, String claimValue) implements Serializable {

  public Evidence {
    facts = List.copyOf(facts);
  }
}
