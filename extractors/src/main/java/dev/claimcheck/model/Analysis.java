package dev.claimcheck.model;

import java.io.Serializable;
import java.util.List;

/**
 * Everything extracted from one document: its claims and references, linked, and (once
 * judged) with verdicts.
 *
 * @param document the document
 * @param claims claims in reading order
 * @param references reference entries in list order
 * @param citationMarkers how many citation markers ({@code [1]}) the document has, anywhere
 * @param citationLinks how many inline links cite a source
 * @param danglingMarkers labels of citation markers with no entry in the reference list, sorted
 * @param unusedReferences ids of references no marker points at, in list order
 * @param danglingShortCitations ids of short citations ({@code Joske 2022, p. 30},
 *     {@code Ibid.}) that match no full reference or more than one, in list order
 */
public record Analysis(
    Document document,
    List<Claim> claims,
    List<Reference> references,
    int citationMarkers,
    int citationLinks,
    List<String> danglingMarkers,
    List<String> unusedReferences,
    List<String> danglingShortCitations) implements Serializable {

  public Analysis {
    if (document == null) {
      throw new IllegalArgumentException("analysis needs a document");
    }
    claims = List.copyOf(claims);
    references = List.copyOf(references);
    danglingMarkers = List.copyOf(danglingMarkers);
    unusedReferences = List.copyOf(unusedReferences);
    danglingShortCitations = List.copyOf(danglingShortCitations);
  }

  /** A copy with other claims (judged, for instance). */
  public Analysis withClaims(List<Claim> newClaims) {
    return new Analysis(document, newClaims, references, citationMarkers, citationLinks,
        danglingMarkers, unusedReferences, danglingShortCitations);
  }
}
