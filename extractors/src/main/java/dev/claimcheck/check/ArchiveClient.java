package dev.claimcheck.check;

import java.util.Map;

/**
 * How an archive talks to its endpoint: through the run's {@link HttpChecker} (address guard,
 * timeouts, body cap, no cookies), at the endpoint's own pace, so that looking copies up never
 * floods an archive however many URLs a run has.
 */
public final class ArchiveClient {
  private final HttpChecker http;
  private final HttpChecker.Gate gate;

  /**
   * @param http the run's checker
   * @param pacer the pacer of archive endpoints (not the sites' pacer: an archive request is
   *     made while no site permit is held)
   * @param endpoint the endpoint's name, the pacer's key
   */
  public ArchiveClient(HttpChecker http, HostPacer pacer, String endpoint) {
    this.http = http;
    this.gate = pacer.as(endpoint);
  }

  /** GETs {@code url} at the endpoint's pace. */
  public HttpChecker.Fetched get(String url, Map<String, String> headers) {
    return http.fetch(url, headers, gate);
  }

  /** The page at {@code url} (redirects followed), or null when it cannot be read now. */
  public Archive.Page page(String url) {
    HttpChecker.Fetched answer = follow(url, Map.of(), 3);
    return answer.ok() && answer.body() != null ? new Archive.Page(answer.body(), answer.header("content-type")) : null;
  }

  /** GETs {@code url}, following up to {@code hops} redirects (each one paced and guarded). */
  public HttpChecker.Fetched follow(String url, Map<String, String> headers, int hops) {
    String at = url;
    HttpChecker.Fetched answer = get(at, headers);
    for (int i = 0; i < hops && answer.code() >= 300 && answer.code() < 400 && answer.header("location") != null; i++) {
      try {
        at = new java.net.URI(at).resolve(answer.header("location").strip()).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return new HttpChecker.Fetched(0, Map.of(), null, "a redirect to a malformed Location");
      }
      answer = get(at, headers);
    }
    return answer;
  }
}
