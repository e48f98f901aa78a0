package dev.claimcheck.check;

import dev.claimcheck.model.SourceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP request and its answer: sent through the pacer's gate before the check's deadline,
 * redirects not followed, the body read under its own deadline and up to the cap, network
 * failures told apart (a timeout, a refused connection, a transient error). Thread-safe.
 */
final class HttpExchange {
  /** Reads bodies under a deadline; daemon threads, so a stalled read never holds the JVM. */
  private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "claimcheck-body-reader");
    t.setDaemon(true);
    return t;
  });
  private final HttpChecker.Options options;
  private final Clock clock;
  private final HttpClient client;

  HttpExchange(HttpChecker.Options options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** One request, sent once the gate lets it through and before the deadline; the gate is left at once. */
  HttpAnswer send(URI uri, String method, Instant deadline, Map<String, String> extra, HttpChecker.Gate gate) {
    HostPacer.Permit permit;
    try {
      permit = gate.enter(uri);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HttpAnswer.failed(SourceStatus.TIMEOUT, "interrupted");
    }
    try {
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        return HttpAnswer.failed(SourceStatus.TIMEOUT, "no answer within " + options.totalTimeout().toSeconds() + " s");
      }
      return once(uri, method, min(options.requestTimeout(), left), extra);
    } finally {
      permit.close();
    }
  }
  private HttpAnswer once(URI uri, String method, Duration timeout, Map<String, String> extra) {
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
        return HttpAnswer.failed(SourceStatus.TIMEOUT, "the body did not arrive within " + timeout.toMillis() + " ms");
      } catch (ExecutionException e) {
        return new HttpAnswer(0, null, null, SourceStatus.DEAD, "network error while reading the body", true);
      } finally {
        in.close();
      }
      return new HttpAnswer(response.statusCode(), response.headers(), body, null, null, false);
    } catch (HttpConnectTimeoutException e) {
      return HttpAnswer.failed(SourceStatus.TIMEOUT, "no connection within " + options.connectTimeout().toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      return HttpAnswer.failed(SourceStatus.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
    } catch (ConnectException e) {
      return new HttpAnswer(0, null, null, SourceStatus.DEAD, "connection refused", true);
    } catch (IOException e) {
      return new HttpAnswer(0, null, null, SourceStatus.DEAD, "network error: " + e.getClass().getSimpleName(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HttpAnswer.failed(SourceStatus.TIMEOUT, "interrupted");
    } catch (IllegalArgumentException e) {
      return HttpAnswer.failed(SourceStatus.INVALID_URL, "not a URL the client accepts: " + e.getMessage());
    }
  }
  /** The body as text, at most {@code maxBodyBytes} of it; an endless body is cut there. */
  private String read(InputStream in, HttpHeaders headers) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(options.maxBodyBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }}
