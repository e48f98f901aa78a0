package dev.claimcheck.results;

import dev.claimcheck.check.SourceResult;
import java.io.Serializable;
import java.util.List;

/**
 * A checked URL with the documents and claims that cite it: a line of {@code sources.jsonl}.
 *
 * @param result what the run learnt about the URL
 * @param documents the ids of the documents citing it, sorted
 * @param claims the ids of the claims citing it, sorted
 */
public record CitedSource(SourceResult result, List<String> documents, List<String> claims)
    implements Serializable {

  public CitedSource {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
  }

  /** A URL no document of the run cites (a re-check). */
  public static CitedSource uncited(SourceResult result) {
    return new CitedSource(result, List.of(), List.of());
  }
}
