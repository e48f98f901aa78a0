package dev.claimcheck.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A web archive on 127.0.0.1 that speaks the Wayback Machine's availability API, CDX API and
 * playback, and Memento TimeGate and link-format TimeMap, over fixture snapshots. Exchanges
 * recorded with the real Wayback Machine ({@code ../shared/corpus/web-archives/wayback-*.yaml})
 * are answered exactly as recorded when the same path and query are asked; everything else is
 * answered in the same formats from the snapshots added by the test. Requests per path are
 * counted; the server stops when closed.
 */
public final class ArchiveFixture implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "archive-fixture");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Recorded> recorded = new HashMap<>();
  private final List<Snapshot> snapshots = new CopyOnWriteArrayList<>();
  /** Requests per path. */
  public final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  /** Every request's path and query, in order. */
  public final List<String> requests = new CopyOnWriteArrayList<>();
  /** Whether the availability API answers that it knows nothing (as it sometimes does). */
  public volatile boolean availabilityEmpty;

  /** A recorded answer. */
  private record Recorded(int code, Map<String, String> headers, byte[] body) {}

  /** A fixture capture. */
  private record Snapshot(String url, String stamp, int status, String html) {
    Instant time() {
      return STAMP.parse(stamp, Instant::from);
    }
  }

  public ArchiveFixture() throws IOException {
    loadRecordings();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The archive's base URL (the Wayback prefix). */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Adds a capture of {@code url} at {@code stamp} (14 digits) with the page {@code html}. */
  public ArchiveFixture snapshot(String url, String stamp, int status, String html) {
    snapshots.add(new Snapshot(url, stamp, status, html));
    return this;
  }

  /** How many recorded exchanges were loaded (0 without the shared corpus). */
  public int recordings() {
    return recorded.size();
  }

  private void loadRecordings() throws IOException {
    Path shared = SharedCorpus.locate();
    Path folder = shared == null ? null : shared.resolve("corpus/web-archives");
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    List<Path> files;
    try (var list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().matches("wayback-.*\\.yaml")).sorted().toList();
    }
    for (Path file : files) {
      Map<String, Object> doc = new Yaml(new LoaderOptions()).load(Files.readString(file, StandardCharsets.UTF_8));
      for (Object o : (List<?>) doc.get("interactions")) {
        Map<?, ?> interaction = (Map<?, ?>) o;
        Map<?, ?> request = (Map<?, ?>) interaction.get("request");
        Map<?, ?> response = (Map<?, ?>) interaction.get("response");
        String uri = request.get("uri").toString().replaceFirst("^https://web\\.archive\\.org", "");
        Map<String, String> headers = new LinkedHashMap<>();
        ((Map<?, ?>) response.get("headers")).forEach((k, v) ->
            headers.put(k.toString().toLowerCase(java.util.Locale.ROOT), ((List<?>) v).get(0).toString()));
        Object raw = ((Map<?, ?>) response.get("body")).get("string");
        byte[] body = raw instanceof byte[] b ? b : raw.toString().getBytes(StandardCharsets.UTF_8);
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
          try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            body = in.readAllBytes();
          }
        }
        int code = ((Number) ((Map<?, ?>) response.get("status")).get("code")).intValue();
        recorded.put(uri, new Recorded(code, headers, body));
      }
    }
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath();
    String query = x.getRequestURI().getRawQuery();
    String full = query == null ? path : path + "?" + query;
    requests.add(full);
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    Recorded r = recorded.get(full);
    if (r != null) {
      for (String h : List.of("content-type", "link", "memento-datetime")) {
        if (r.headers().containsKey(h)) {
          x.getResponseHeaders().add(h, r.headers().get(h));
        }
      }
      send(x, r.code(), null, r.body());
      return;
    }
    Map<String, String> params = params(query);
    if (path.equals("/wayback/available")) {
      available(x, params);
    } else if (path.equals("/cdx/search/cdx")) {
      cdx(x, params);
    } else if (path.startsWith("/web/")) {
      playback(x, x.getRequestURI().getRawPath().substring(5) + (query == null ? "" : "?" + query));
    } else if (path.startsWith("/timemap/link/")) {
      timemap(x, full.substring("/timemap/link/".length()));
    } else if (path.startsWith("/timegate/")) {
      timegate(x, full.substring("/timegate/".length()));
    } else {
      send(x, 404, "text/plain", "no such endpoint".getBytes(StandardCharsets.UTF_8));
    }
  }

  private List<Snapshot> of(String url) {
    return snapshots.stream().filter(s -> s.url().equals(url)).sorted(Comparator.comparing(Snapshot::stamp)).toList();
  }

  private Snapshot nearest(String url, Instant aim) {
    return of(url).stream().min(Comparator.comparing((Snapshot s) -> Duration.between(s.time(), aim).abs())).orElse(null);
  }

  private void available(HttpExchange x, Map<String, String> params) throws IOException {
    String url = params.getOrDefault("url", "");
    String ts = params.get("timestamp");
    Snapshot s = availabilityEmpty ? null
        : nearest(url, ts == null ? Instant.now() : STAMP.parse((ts + "00000101000000").substring(0, 14), Instant::from));
    String json = s == null
        ? "{\"url\": \"" + url + "\", \"archived_snapshots\": {}}"
        : "{\"url\": \"" + url + "\", \"archived_snapshots\": {\"closest\": {\"status\": \"" + s.status()
            + "\", \"available\": true, \"url\": \"" + base() + "/web/" + s.stamp() + "/" + s.url()
            + "\", \"timestamp\": \"" + s.stamp() + "\"}}}";
    send(x, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** CDX lines in the default field order; pages of {@code limit} lines joined by resume keys. */
  private void cdx(HttpExchange x, Map<String, String> params) throws IOException {
    String url = params.getOrDefault("url", "");
    String from = params.getOrDefault("from", "0");
    String to = params.getOrDefault("to", "99999999999999");
    int limit = Integer.parseInt(params.getOrDefault("limit", "1000"));
    String resume = params.get("resumeKey");
    List<Snapshot> all = of(url).stream()
        .filter(s -> s.stamp().compareTo(from) >= 0 && s.stamp().compareTo(to) <= 0)
        .filter(s -> resume == null || s.stamp().compareTo(resume.substring(resume.lastIndexOf('+') + 1)) >= 0)
        .toList();
    StringBuilder out = new StringBuilder();
    for (Snapshot s : all.subList(0, Math.min(limit, all.size()))) {
      out.append(urlKey(s.url())).append(' ').append(s.stamp()).append(' ').append(s.url())
          .append(" text/html ").append(s.status()).append(" AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ")
          .append(s.html().length()).append('\n');
    }
    if (all.size() > limit && "true".equals(params.get("showResumeKey"))) {
      out.append('\n').append(java.net.URLEncoder.encode(urlKey(url), StandardCharsets.UTF_8))
          .append('+').append(all.get(limit).stamp()).append('\n');
    }
    send(x, 200, "text/plain;charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String urlKey(String url) {
    String host = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    int slash = host.indexOf('/');
    String rest = slash < 0 ? "/" : host.substring(slash);
    host = slash < 0 ? host : host.substring(0, slash);
    List<String> parts = new ArrayList<>(List.of(host.split("\\.")));
    java.util.Collections.reverse(parts);
    return String.join(",", parts) + ")" + rest;
  }

  private void playback(HttpExchange x, String rest) throws IOException {
    int slash = rest.indexOf('/');
    String stamp = slash < 0 ? rest : rest.substring(0, slash).replaceFirst("[a-z]{2}_$", "");
    String url = slash < 0 ? "" : rest.substring(slash + 1);
    Snapshot s = of(url).stream().filter(c -> c.stamp().equals(stamp)).findFirst().orElse(null);
    if (s == null) {
      Recorded notFound = recorded.values().stream().filter(r -> r.code() == 404).findFirst().orElse(null);
      send(x, 404, "text/html; charset=utf-8", notFound == null
          ? "<html><title>Wayback Machine</title><body>not archived</body></html>".getBytes(StandardCharsets.UTF_8)
          : notFound.body());
      return;
    }
    x.getResponseHeaders().add("Memento-Datetime", DateTimeFormatter.RFC_1123_DATE_TIME.format(s.time().atZone(ZoneOffset.UTC)));
    x.getResponseHeaders().add("Link", "<" + s.url() + ">; rel=\"original\"");
    send(x, s.status(), "text/html", s.html().getBytes(StandardCharsets.UTF_8));
  }

  private void timemap(HttpExchange x, String url) throws IOException {
    List<Snapshot> list = of(url);
    if (list.isEmpty()) {
      send(x, 404, "text/plain", "no captures".getBytes(StandardCharsets.UTF_8));
      return;
    }
    StringBuilder out = new StringBuilder("<" + url + ">; rel=\"original\",\n<" + base() + "/timemap/link/" + url
        + ">; rel=\"self\"; type=\"application/link-format\",\n<" + base() + "/timegate/" + url + ">; rel=\"timegate\"");
    for (int i = 0; i < list.size(); i++) {
      Snapshot s = list.get(i);
      String rel = list.size() == 1 ? "first last memento" : i == 0 ? "first memento" : i == list.size() - 1 ? "last memento" : "memento";
      out.append(",\n<").append(base()).append("/web/").append(s.stamp()).append('/').append(s.url())
          .append(">; rel=\"").append(rel).append("\"; datetime=\"")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(s.time().atZone(ZoneOffset.UTC))).append('"');
    }
    send(x, 200, "application/link-format", out.append('\n').toString().getBytes(StandardCharsets.UTF_8));
  }

  private void timegate(HttpExchange x, String url) throws IOException {
    String wanted = x.getRequestHeaders().getFirst("Accept-Datetime");
    Instant aim = wanted == null ? Instant.now() : ZonedDateTime.parse(wanted, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    Snapshot s = nearest(url, aim);
    if (s == null) {
      send(x, 404, "text/plain", "no captures".getBytes(StandardCharsets.UTF_8));
      return;
    }
    x.getResponseHeaders().add("Vary", "accept-datetime");
    x.getResponseHeaders().add("Location", base() + "/web/" + s.stamp() + "/" + s.url());
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private static Map<String, String> params(String query) {
    Map<String, String> out = new HashMap<>();
    if (query == null) {
      return out;
    }
    for (String p : query.split("&")) {
      int eq = p.indexOf('=');
      if (eq > 0) {
        out.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void send(HttpExchange x, int code, String type, byte[] body) throws IOException {
    if (type != null) {
      x.getResponseHeaders().add("Content-Type", type);
    }
    x.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
