package dev.claimcheck.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One check of one cited URL.
 *
 * @param url the URL as cited
 * @param status what the check found
 * @param httpStatus the last HTTP status code, or 0 when there was no answer
 * @param finalUrl where the redirects ended, or null when there were none or no answer
 * @param redirects every URL of the redirect chain after the first, in order
 * @param reason what led to the status, for people
 * @param checkedAt when the check was made
 * @param contentType the final answer's media type, or null
 * @param text the final answer's body as text (bounded), for drift and support; null when
 *     not read
 */
public record SourceCheck(String url, SourceStatus status, int httpStatus, String finalUrl,
    List<String> redirects, String reason, Instant checkedAt, String contentType, String text)
    implements Serializable {

  public SourceCheck {
    if (url == null || status == null || checkedAt == null) {
      throw new IllegalArgumentException("a check needs its URL, status and time");
    }
    redirects = List.copyOf(redirects);
  }
}
