package dev.claimcheck.check;

import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
  private final HttpClient client;
  /** Reads bodies under a deadline; daemon threads, so a stalled read never holds the JVM. */
  private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "claimcheck-body-reader");
    t.setDaemon(true);
    return t;
  });

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
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
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
      Answer answer = headFirst && n == 0 && hop == 0 ? headThenGet(current, deadline, gate)
          : send(current, "GET", deadline, Map.of(), gate);
      Duration retryIn = n < options.maxRetries() ? retryWait(answer, n, deadline) : null;
      if (answer.failure != null) {
        return new Attempt(result(url, answer.failure, 0, hop == 0 ? null : current.toString(), chain, answer.reason,
            started, null, null), retryIn);
      }
      int code = answer.code;
      if (code >= 300 && code < 400 && code != 304) {
        String location = answer.headers.firstValue("location").orElse(null);
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
      String type = answer.headers.firstValue("content-type").orElse(null);
      return new Attempt(result(url, classify(cited, current, answer, chain), code, finalUrl, chain,
          answer.reason(cited, current, chain), started, type, answer.body), retryIn);
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
    Answer a = send(uri, "GET", deadline, headers, gate);
    for (int n = 0; n < options.maxRetries(); n++) {
      Duration wait = retryWait(a, n, deadline);
      if (wait == null || !pause(wait)) {
        break;
      }
      a = send(uri, "GET", deadline, headers, gate);
    }
    if (a.failure != null) {
      return new Fetched(0, Map.of(), null, a.reason);
    }
    Map<String, List<String>> lower = new java.util.TreeMap<>();
    a.headers.map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return new Fetched(a.code, lower, a.body, null);
  }

  private static SourceStatus classify(URI cited, URI landed, Answer a, List<String> chain) {
    int code = a.code;
    if (code == 404 || code == 410) {
      return SourceStatus.DEAD;
    }
    if (code == 401 || code == 402 || code == 403 || code == 407 || code == 429 || code == 451
        || ((code == 503 || code == 200) && SoftNotFound.challenge(a.body))) {
      return SourceStatus.BLOCKED;
    }
    if (code >= 500) {
      return SourceStatus.SERVER_ERROR;
    }
    if (code >= 200 && code < 300) {
      if (SoftNotFound.reason(cited, landed, a.body) != null) {
        return SourceStatus.SOFT_404;
      }
      return chain.isEmpty() ? SourceStatus.ALIVE : SourceStatus.REDIRECTED;
    }
    return code >= 400 ? SourceStatus.DEAD : SourceStatus.ALIVE;
  }

  /** HEAD, then GET where HEAD is refused or unclear or the page's text is needed. */
  private Answer headThenGet(URI uri, Instant deadline, Gate gate) {
    Answer head = send(uri, "HEAD", deadline, Map.of(), gate);
    boolean clear = head.failure == null && ((head.code >= 300 && head.code < 400) || head.code == 404 || head.code == 410);
    if (clear) {
      return head;
    }
    // Refused or unclear HEAD, or a page whose text is needed (soft 404s, drift, support).
    return send(uri, "GET", deadline, Map.of(), gate);
  }

  /** One request, sent once the gate lets it through and before the deadline; the gate is left at once. */
  private Answer send(URI uri, String method, Instant deadline, Map<String, String> extra, Gate gate) {
    HostPacer.Permit permit;
    try {
      permit = gate.enter(uri);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.failed(SourceStatus.TIMEOUT, "interrupted");
    }
    try {
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        return Answer.failed(SourceStatus.TIMEOUT, "no answer within " + options.totalTimeout().toSeconds() + " s");
      }
      return once(uri, method, min(options.requestTimeout(), left), extra);
    } finally {
      permit.close();
    }
  }

  private Answer once(URI uri, String method, Duration timeout, Map<String, String> extra) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(timeout)
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
    extra.forEach(builder::header);
    HttpRequest request = builder.build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String body = null;
      InputStream in = response.body();
      try {
        if (method.equals("GET")) {
          // The request timeout ends with the headers; the body has its own, or a stalled
          // body would hold the check for ever.
          body = CompletableFuture.supplyAsync(() -> read(in, response.headers()), READERS)
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (TimeoutException e) {
        return Answer.failed(SourceStatus.TIMEOUT, "the body did not arrive within " + timeout.toMillis() + " ms");
      } catch (ExecutionException e) {
        return new Answer(0, null, null, SourceStatus.DEAD, "network error while reading the body", true);
      } finally {
        in.close();
      }
      return new Answer(response.statusCode(), response.headers(), body, null, null, false);
    } catch (HttpConnectTimeoutException e) {
      return Answer.failed(SourceStatus.TIMEOUT, "no connection within " + options.connectTimeout().toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      return Answer.failed(SourceStatus.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
    } catch (ConnectException e) {
      return new Answer(0, null, null, SourceStatus.DEAD, "connection refused", true);
    } catch (IOException e) {
      return new Answer(0, null, null, SourceStatus.DEAD, "network error: " + e.getClass().getSimpleName(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.failed(SourceStatus.TIMEOUT, "interrupted");
    } catch (IllegalArgumentException e) {
      return Answer.failed(SourceStatus.INVALID_URL, "not a URL the client accepts: " + e.getMessage());
    }
  }

  /** The body as text, at most {@code maxBodyBytes} of it; an endless body is cut there. */
  private String read(InputStream in, HttpHeaders headers) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(options.maxBodyBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Charset charset = StandardCharsets.UTF_8;
    String type = headers.firstValue("content-type").orElse("");
    int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at >= 0) {
      try {
        charset = Charset.forName(type.substring(at + 8).replaceAll("[\";].*$", "").strip());
      } catch (IllegalArgumentException e) {
        // an unknown charset: read as UTF-8
      }
    }
    return new String(bytes, charset);
  }

  /**
   * How long to wait before trying again after {@code a}, the {@code attempt}th try (from 0),
   * or null when it is final: a {@code Retry-After} on a 429 or 503 (a 429 without one is
   * blocked for now), a doubling back-off after a timeout, a transient network failure or a
   * 5xx other than a bot challenge; never longer than {@link Options#maxRetryAfter()} nor
   * past {@code deadline}.
   */
  private Duration retryWait(Answer a, int attempt, Instant deadline) {
    if (a.failure == null && a.code == 503 && SoftNotFound.challenge(a.body)) {
      return null; // a bot challenge says the same however often it is asked: blocked
    }
    Duration wait = null;
    if (a.failure == null && (a.code == 429 || a.code == 503)) {
      wait = retryAfter(a.headers);
      if (wait == null && a.code == 429) {
        return null;
      }
    }
    if (wait == null && (a.failure == SourceStatus.TIMEOUT || a.transientFailure || (a.failure == null && a.code >= 500))) {
      wait = options.firstBackoff().multipliedBy(1L << attempt);
    }
    if (wait == null || wait.compareTo(options.maxRetryAfter()) > 0 || clock.instant().plus(wait).isAfter(deadline)) {
      return null;
    }
    return wait;
  }

  /** The wait a {@code Retry-After} header asks for (seconds or an HTTP date), or null. */
  private Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("retry-after").orElse(null);
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (java.time.format.DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private SourceCheck result(String url, SourceStatus status, int code, String finalUrl, List<String> chain,
      String reason, Instant started, String type, String text) {
    return new SourceCheck(url, status, code, finalUrl, chain, reason, started, type, text);
  }

  /** An answer, or why there was none. */
  private record Answer(int code, HttpHeaders headers, String body, SourceStatus failure, String reason,
      boolean transientFailure) {

    static Answer failed(SourceStatus status, String reason) {
      return new Answer(0, null, null, status, reason, false);
    }

    String reason(URI cited, URI landed, List<String> chain) {
      String soft = code >= 200 && code < 300 ? SoftNotFound.reason(cited, landed, body) : null;
      if (soft != null) {
        return soft;
      }
      String redirected = chain.isEmpty() ? "" : " after " + chain.size() + " redirect" + (chain.size() == 1 ? "" : "s");
      return "HTTP " + code + redirected;
    }
  }
}
