package dev.claimcheck.check;

import dev.claimcheck.model.SourceStatus;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * An answer to one request, or why there was none.
 *
 * @param code the HTTP status, or 0 without an answer
 * @param failure why there was no answer, or null
 * @param transientFailure whether the failure may pass if asked again
 */
record HttpAnswer(int code, HttpHeaders headers, String body, SourceStatus failure, String reason,
    boolean transientFailure) {

  static HttpAnswer failed(SourceStatus status, String reason) {
    return new HttpAnswer(0, null, null, status, reason, false);
  }

  String reason(URI cited, URI landed, List<String> chain) {
    String soft = code >= 200 && code < 300 ? SoftNotFound.reason(cited, landed, body) : null;
    if (soft != null) {
      return soft;
    }
    String redirected = chain.isEmpty() ? "" : " after " + chain.size() + " redirect" + (chain.size() == 1 ? "" : "s");
    return "HTTP " + code + redirected;
  }

  /** The status this answer gives a URL cited as {@code cited} that landed on {@code landed}. */
  SourceStatus status(URI cited, URI landed, List<String> chain) {
    if (code == 404 || code == 410) {
      return SourceStatus.DEAD;
    }
    if (code == 401 || code == 402 || code == 403 || code == 407 || code == 429 || code == 451
        || ((code == 503 || code == 200) && SoftNotFound.challenge(body))) {
      return SourceStatus.BLOCKED;
    }
    if (code >= 500) {
      return SourceStatus.SERVER_ERROR;
    }
    if (code >= 200 && code < 300) {
      if (SoftNotFound.reason(cited, landed, body) != null) {
        return SourceStatus.SOFT_404;
      }
      return chain.isEmpty() ? SourceStatus.ALIVE : SourceStatus.REDIRECTED;
    }
    return code >= 400 ? SourceStatus.DEAD : SourceStatus.ALIVE;
  }}
