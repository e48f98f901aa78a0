package dev.claimcheck.check;

import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one cited URL over HTTP: GET, as the page's text is wanted (soft 404s, drift,
 * support), or HEAD first for a URL expected to be gone, with GET where HEAD is refused or
 * unclear; redirects followed by hand (capped, loops detected, every hop asked of the
 * {@link AddressGuard}); {@code Retry-After} honoured and transient failures retried with
 * back-off; bodies read up to a cap; no cookies kept. The answer is classed as
 * {@link SourceStatus} says. Thread-safe; one instance serves a whole run.
 */
public final class HttpChecker {
  private final Options options;
  private final AddressGuard guard;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpExchange exchange;
  private final RetryPolicy retry;

  /**
   * How checks are made.
   *
   * @param userAgent the User-Agent sent, naming claimcheck and how to reach its operator
   * @param connectTimeout the longest wait for a connection
   * @param requestTimeout the longest wait for one answer's headers
   * @param totalTimeout the longest one URL's check may take, redirects and retries included
   * @param maxRedirects how many redirects are followed
   * @param maxBodyBytes how much of a body is read
   * @param maxRetries how many times a transient failure is tried again
   * @param maxRetryAfter the longest {@code Retry-After} waited for; longer ones are not waited
   * @param firstBackoff the wait before the first retry, doubled for each next one
   */
  public record Options(String userAgent, Duration connectTimeout, Duration requestTimeout,
      Duration totalTimeout, int maxRedirects, int maxBodyBytes, int maxRetries,
      Duration maxRetryAfter, Duration firstBackoff) {

    /** Defaults for the open web. */
    public static Options defaults(String contactUrl) {
      String agent = "claimcheck/0.1 (citation checker" + (contactUrl == null ? "" : "; +" + contactUrl) + ")";
      return new Options(agent, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
          10, 2 * 1024 * 1024, 2, Duration.ofSeconds(30), Duration.ofSeconds(1));
    }
  }

  /**
   * What each request waits for before it is sent: the leave of the pacer its address belongs
   * to. It is taken per attempt, so a URL waiting out a back-off or a {@code Retry-After}
   * holds no host's turn and no global slot.
   */
  @FunctionalInterface
  public interface Gate {
    /** No pacing: for tests and one-off requests. */
    Gate OPEN = uri -> () -> { };

    HostPacer.Permit enter(URI uri) throws InterruptedException;
  }

  /** Waits; a test's sleeper only records the waits. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public HttpChecker(Options options, AddressGuard guard, Clock clock, Sleeper sleeper) {
    this.options = options;
    this.guard = guard;
    this.clock = clock;
    this.sleeper = sleeper;
    this.exchange = new HttpExchange(options, clock);
    this.retry = new RetryPolicy(options, clock);
  }

  /**
   * Checks {@code url}, each request (redirect hops and retries included) sent through
   * {@code gate}, waiting between tries; {@code headFirst} as for {@link #attempt}. Never
   * throws for a bad URL or a bad answer: those are statuses.
   */
  public SourceCheck check(String url, Gate gate, boolean headFirst) {
    Instant deadline = clock.instant().plus(options.totalTimeout());
    for (int n = 0; ; n++) {
      Attempt a = attempt(url, gate, n, deadline, headFirst);
      if (a.retryIn() == null || !pause(a.retryIn())) {
        return a.check();
      }
    }
  }

  /** Waits {@code d} through the sleeper; false when interrupted (the interrupt kept). */
  private boolean pause(Duration d) {
    try {
      sleeper.sleep(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * One try at a URL.
   *
   * @param check the check as this try found it
   * @param retryIn how long to wait before the next try, or null when this answer is final
   */
  public record Attempt(SourceCheck check, Duration retryIn) {}

  /**
   * Tries {@code url} once (the {@code n}th try, from 0), following its redirects, and says
   * whether and when to try again: a transient failure or a 5xx is tried again after a doubling
   * back-off, a 429 or 503 after its {@code Retry-After}, up to {@link Options#maxRetries()}
   * times and within {@code deadline}. Requests are GETs, one per hop, as a live page's text
   * is wanted; with {@code headFirst} (for a URL expected to be gone) the first try asks the
   * cited URL with HEAD and GETs only where HEAD is refused or unclear, so a page still gone
   * costs one request and no body. The caller does the waiting, so a URL waiting to be tried
   * again need not hold a thread.
   */
  public Attempt attempt(String url, Gate gate, int n, Instant deadline, boolean headFirst) {
    Instant started = clock.instant();
    URI cited;
    try {
      cited = new URI(url.strip());
    } catch (URISyntaxException e) {
      return done(result(url, SourceStatus.INVALID_URL, 0, null, List.of(), "not a URL: " + e.getReason(), started, null, null));
    }
    if (!cited.isAbsolute() || cited.getHost() == null && cited.getScheme() != null
        && cited.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
      return done(result(url, SourceStatus.INVALID_URL, 0, null, List.of(), "not an absolute http(s) URL", started, null, null));
    }
    List<String> chain = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI current = cited.normalize();
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      if (!seen.add(current)) {
        return done(result(url, SourceStatus.DEAD, 0, current.toString(), chain, "redirect loop back to " + current, started, null, null));
      }
      AddressGuard.Verdict verdict = guard.check(current);
      if (!verdict.allowed()) {
        SourceStatus status = verdict.unknownHost() ? SourceStatus.DEAD
            : current.getScheme() == null ? SourceStatus.INVALID_URL : SourceStatus.REFUSED;
        return done(result(url, status, 0, hop == 0 ? null : current.toString(), chain, verdict.reason(), started, null, null));
      }
      HttpAnswer answer = headFirst && n == 0 && hop == 0 ? headThenGet(current, deadline, gate)
          : exchange.send(current, "GET", deadline, Map.of(), gate);
      Duration retryIn = n < options.maxRetries() ? retry.waitAfter(answer, n, deadline) : null;
      if (answer.failure() != null) {
        return new Attempt(result(url, answer.failure(), 0, hop == 0 ? null : current.toString(), chain, answer.reason(),
            started, null, null), retryIn);
      }
      int code = answer.code();
      if (code >= 300 && code < 400 && code != 304) {
        String location = answer.headers().firstValue("location").orElse(null);
        if (location == null) {
          return done(result(url, SourceStatus.DEAD, code, null, chain, "redirect " + code + " without a Location", started, null, null));
        }
        try {
          current = current.resolve(new URI(location.strip().replace(" ", "%20"))).normalize();
        } catch (URISyntaxException e) {
          return done(result(url, SourceStatus.DEAD, code, null, chain, "redirect to a malformed Location: " + location, started, null, null));
        }
        chain.add(current.toString());
        continue;
      }
      String finalUrl = chain.isEmpty() ? null : current.toString();
      String type = answer.headers().firstValue("content-type").orElse(null);
      return new Attempt(result(url, answer.status(cited, current, chain), code, finalUrl, chain,
          answer.reason(cited, current, chain), started, type, answer.body()), retryIn);
    }
    return done(result(url, SourceStatus.DEAD, 0, current.toString(), chain,
        "more than " + options.maxRedirects() + " redirects", started, null, null));
  }

  private static Attempt done(SourceCheck check) {
    return new Attempt(check, null);
  }

  /**
   * One answer from a service the checker talks to (an archive's API or a copy it holds):
   *
   * @param code the HTTP status, or 0 when there was no answer
   * @param headers the answer's headers (names in lower case), empty without an answer
   * @param body the body as text, bounded; null without an answer
   * @param failure why there was no answer, or null
   */
  public record Fetched(int code, Map<String, List<String>> headers, String body, String failure) {
    /** The first value of header {@code name}, or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the answer is a 2xx. */
    public boolean ok() {
      return code >= 200 && code < 300;
    }
  }

  /**
   * GETs {@code url} (tried again on transient failures, waiting in between; redirects not followed),
   * sending {@code headers} besides the usual ones, each attempt through {@code gate}. The
   * address guard applies as to any check.
   */
  public Fetched fetch(String url, Map<String, String> headers, Gate gate) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Fetched(0, Map.of(), null, "not a URL: " + e.getReason());
    }
    AddressGuard.Verdict verdict = guard.check(uri);
    if (!verdict.allowed()) {
      return new Fetched(0, Map.of(), null, verdict.reason());
    }
    Instant deadline = clock.instant().plus(options.totalTimeout());
    HttpAnswer a = exchange.send(uri, "GET", deadline, headers, gate);
    for (int n = 0; n < options.maxRetries(); n++) {
      Duration wait = retry.waitAfter(a, n, deadline);
      if (wait == null || !pause(wait)) {
        break;
      }
      a = exchange.send(uri, "GET", deadline, headers, gate);
    }
    if (a.failure() != null) {
      return new Fetched(0, Map.of(), null, a.reason());
    }
    Map<String, List<String>> lower = new java.util.TreeMap<>();
    a.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return new Fetched(a.code(), lower, a.body(), null);
  }

  /** HEAD, then GET where HEAD is refused or unclear or the page's text is needed. */
  private HttpAnswer headThenGet(URI uri, Instant deadline, Gate gate) {
    HttpAnswer head = exchange.send(uri, "HEAD", deadline, Map.of(), gate);
    boolean clear = head.failure() == null && ((head.code() >= 300 && head.code() < 400) || head.code() == 404 || head.code() == 410);
    if (clear) {
      return head;
    }
    // Refused or unclear HEAD, or a page whose text is needed (soft 404s, drift, support).
    return exchange.send(uri, "GET", deadline, Map.of(), gate);
  }

  private SourceCheck result(String url, SourceStatus status, int code, String finalUrl, List<String> chain,
      String reason, Instant started, String type, String text) {
    return new SourceCheck(url, status, code, finalUrl, chain, reason, started, type, text);
  }
}
