package dev.claimcheck.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 with every behaviour the checker must class: pages alive, gone,
 * redirected (chains, a loop, to the root), soft 404s, server errors, 503 with Retry-After,
 * 429, 403, a bot challenge, slow and hanging answers, an endless body. Started and stopped
 * by each test class; no request leaves the machine.
 */
public final class FixtureSite implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fixture-site");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch release = new CountDownLatch(1);
  /** Requests per path. */
  public final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  /** Every request's method and path ({@code "HEAD /ok"}), in the order they came. */
  public final java.util.Queue<String> requests = new java.util.concurrent.ConcurrentLinkedQueue<>();
  /** Which version {@code /changing} serves: 1 at first, 2 after the page changed. */
  public volatile int version = 1;
  /** What {@code /robots.txt} says, or null for none (404). */
  public volatile String robotsTxt;
  /** Whether {@code /flaky} answers 404 now (else the article). */
  public volatile boolean flakyDown = true;

  public FixtureSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL of {@code path} on this site. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    requests.add(x.getRequestMethod() + " " + path);
    boolean head = x.getRequestMethod().equals("HEAD");
    switch (path) {
      case "/" -> page(x, 200, "<html><head><title>Westmere Transport</title></head><body><h1>Home</h1></body></html>");
      case "/ok", "/a/b/story.html" -> page(x, 200, "<html><head><title>Depot closes</title></head><body>"
          + "<h1>Tram depot to close after 70 years</h1><p>The depot opened in 1951.</p></body></html>");
      case "/depot" -> page(x, 200, DEPOT);
      case "/bridge" -> page(x, 200, BRIDGE);
      case "/ferry" -> page(x, 200, FERRY);
      case "/changing" -> page(x, 200, version == 1 ? DEPOT
          : "<html><head><title>Westmere Transport news</title></head><body><h1>Timetable changes</h1>"
              + "<p>From Monday the number 12 bus runs every ten minutes on weekdays. Evening services "
              + "are cut back to half-hourly, and the Sunday service starts an hour later.</p></body></html>");
      case "/flaky" -> page(x, flakyDown ? 404 : 200, flakyDown ? "gone for now" : DEPOT);
      case "/robots.txt" -> page(x, robotsTxt == null ? 404 : 200, robotsTxt == null ? "" : robotsTxt);
      case "/private/page" -> page(x, 200, DEPOT);
      case "/reports/404.html" -> page(x, 200, "<html><head><title>Council report 404</title></head>"
          + "<body><h1>Report 404: the 2019 budget</h1></body></html>");
      case "/retired" -> redirect(x, 302, "/errors/notfound.html");
      case "/errors/notfound.html" -> page(x, 200, "<html><head><title>Westmere Transport</title></head><body>Oops</body></html>");
      case "/titled-404" -> page(x, 200, "<html><head><title>404 - Westmere Transport</title></head><body>Oops</body></html>");
      case "/missing" -> page(x, 404, "<html><title>Not Found</title></html>");
      case "/gone" -> page(x, 410, "gone");
      case "/r1" -> redirect(x, 301, "/r2");
      case "/r2" -> redirect(x, 302, url("/r3"));
      case "/r3" -> redirect(x, 308, "/ok");
      case "/loop-a" -> redirect(x, 301, "/loop-b");
      case "/loop-b" -> redirect(x, 301, "/loop-a");
      case "/old/deep/article" -> redirect(x, 301, "/");
      case "/soft" -> page(x, 200, "<html><head><title>Page not found | Westmere</title></head><body>Sorry.</body></html>");
      case "/head-refused" -> {
        if (head) {
          page(x, 405, "");
        } else {
          page(x, 200, "<html><title>Fine</title><body>GET works</body></html>");
        }
      }
      case "/error" -> page(x, 500, "boom");
      case "/busy" -> {
        if (hit <= 2) {
          x.getResponseHeaders().add("Retry-After", "3");
          page(x, 503, "busy");
        } else {
          page(x, 200, "<html><title>Back</title><body>back</body></html>");
        }
      }
      case "/limited" -> page(x, 429, "slow down");
      case "/forbidden" -> page(x, 403, "forbidden");
      case "/challenge" -> page(x, 503, "<html><title>Just a moment...</title><body>cf-chl captcha</body></html>");
      case "/redirect-private" -> redirect(x, 302, "http://10.0.0.7/admin");
      case "/slow" -> {
        await(1500);
        page(x, 200, "late");
      }
      case "/hang" -> {
        await(30_000);
        page(x, 200, "never");
      }
      case "/endless" -> endless(x);
      case "/stall-body" -> {
        if (head) {
          page(x, 200, "");
        } else {
          x.sendResponseHeaders(200, 0);
          x.getResponseBody().write("<html><title>Half".getBytes(StandardCharsets.UTF_8));
          x.getResponseBody().flush();
          await(30_000);
          x.close();
        }
      }
      default -> page(x, 404, "no such page");
    }
  }

  /** The article most tests cite: a depot's history, with its years and numbers. */
  public static final String DEPOT = "<html><head><title>Westmere depot history</title></head><body>"
      + "<h1>Westmere depot</h1><p>The Westmere tram depot opened in 1951. At its height it served "
      + "40 routes across the city, with 212 trams.</p><p>The depot closed in 1989 after the last "
      + "trams were withdrawn, and the site was sold to Harlow Homes for 3.5 million pounds.</p>"
      + "<p>Its clock tower, built by Jonas Pettigrew, still stands.</p></body></html>";

  /** A page on the Millbrook bridge: the year it opened, its cost, its builder. */
  public static final String BRIDGE = "<html><head><title>Millbrook Bridge | City history</title></head><body>"
      + "<h1>Millbrook Bridge</h1><p>After four years of work the Millbrook Bridge opened to traffic on "
      + "July 11, 1998. It cost three million pounds and carries 12,000 vehicles a day.</p>"
      + "<p>The bridge was designed by Ruth Okafor, who also designed the harbour tunnel.</p></body></html>";
  /** A page on the Millbrook ferry, which began in one year and moved to a new pier in another. */
  public static final String FERRY = "<html><head><title>The Millbrook ferry</title></head><body>"
      + "<p>The Millbrook ferry began its crossings in 2001, and moved to the new pier in 2009.</p></body></html>";

  private void await(long millis) {
    try {
      release.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void page(HttpExchange x, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    if (x.getRequestMethod().equals("HEAD")) {
      x.sendResponseHeaders(code, -1);
    } else {
      x.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }
    x.close();
  }

  private static void redirect(HttpExchange x, int code, String location) throws IOException {
    x.getResponseHeaders().add("Location", location);
    x.sendResponseHeaders(code, -1);
    x.close();
  }

  private void endless(HttpExchange x) throws IOException {
    x.getResponseHeaders().add("Content-Type", "text/plain");
    if (x.getRequestMethod().equals("HEAD")) {
      x.sendResponseHeaders(200, -1);
      x.close();
      return;
    }
    x.sendResponseHeaders(200, 0);
    byte[] chunk = "endless ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = x.getResponseBody()) {
      for (int i = 0; i < 100_000 && release.getCount() > 0; i++) { // bounded: at most ~800 MB
        out.write(chunk);
      }
    } catch (IOException e) {
      // the checker stopped reading
    }
    x.close();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
