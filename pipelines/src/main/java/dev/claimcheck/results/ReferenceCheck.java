package dev.claimcheck.results;

import dev.claimcheck.check.SourceResult;
import java.io.Serializable;

/**
 * What the check of a reference's URL found, as the reference's {@code check} field shows it.
 *
 * @param status the source's class after its history's rule
 * @param httpStatus the last check's HTTP status, 0 when no answer came
 * @param finalUrl where the last check's redirects ended, or null
 * @param archiveCopy the best archive copy's URL, or null
 * @param drift how the live text compares with another copy, or null
 * @param checkedAt when the last check was made (ISO-8601)
 */
public record ReferenceCheck(String status, int httpStatus, String finalUrl, String archiveCopy,
    SourceResult.Drift drift, String checkedAt) implements Serializable {

  /** The check of a reference citing the URL of {@code source}. */
  public static ReferenceCheck of(SourceResult source) {
    return new ReferenceCheck(source.status().name(), source.check().httpStatus(), source.check().finalUrl(),
        source.archives().isEmpty() ? null : source.archives().get(0).url(), source.drift(),
        source.check().checkedAt().toString());
  }

  /** Whether the source is failing (dead, suspected dead, or a soft 404), as {@link SourceResult#failing} says. */
  public boolean failing() {
    return status.equals("DEAD") || status.equals("SUSPECTED_DEAD") || status.equals("SOFT_404");
  }
}
