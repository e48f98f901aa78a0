package dev.claimcheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a small web archive, byte for byte the same on every run: a news page with an inline
 * source link (status 200), its request, a revisit of it, a 404, an image, and the fixture PDF
 * report served as {@code application/pdf}.
 */
public final class WarcFixture {
  private static final Instant CAPTURED = Instant.parse("2024-03-05T10:15:00Z");

  private WarcFixture() {}

  /** Writes the archive to {@code file} and returns it. */
  public static Path write(Path file) throws IOException {
    byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Ferry fares rise</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-04\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Ferry fares rise</h1>"
        + "<p>Fares on the Lake Orrin ferry rose by 8 percent on 1 March 2024, "
        + "<a href=\"https://ferry.example.org/fares-2024\">the operator announced</a>.</p>"
        + "<p>The last increase was in 2019. Some passengers say the service has got worse.</p>"
        + "</article><footer>All rights reserved.</footer></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] pdf = Files.readAllBytes(RepoFixtures.root().resolve("documents/bridge-report.pdf"));
    try (OutputStream out = Files.newOutputStream(file);
        WarcWriter writer = new WarcWriter(out)) {
      String pageUri = "https://news.example.org/2024/ferry-fares";
      writer.write(request(pageUri, 1));
      writer.write(response(pageUri, 2, 200, "text/html; charset=utf-8", page));
      writer.write(new WarcRevisit.Builder(URI.create(pageUri), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
          .refersTo(id(2), URI.create(pageUri), CAPTURED.plusSeconds(2))
          .date(CAPTURED.plusSeconds(3600)).recordId(id(3))
          .body(MediaType.HTTP_RESPONSE, http(200, "text/html", new byte[0], false))
          .build());
      writer.write(response("https://news.example.org/missing", 4, 404, "text/html",
          "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8)));
      writer.write(response("https://news.example.org/logo.png", 5, 200, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
      writer.write(response("https://reports.example.org/bridge-report.pdf", 6, 200,
          "application/pdf", pdf));
    }
    return file;
  }

  private static WarcRecord request(String uri, int n) {
    byte[] request = ("GET " + URI.create(uri).getPath() + " HTTP/1.1\r\nHost: "
        + URI.create(uri).getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return new WarcRequest.Builder(URI.create(uri)).date(CAPTURED).recordId(id(n))
        .body(MediaType.HTTP_REQUEST, request).build();
  }

  private static WarcRecord response(String uri, int n, int status, String type, byte[] body) {
    return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED.plusSeconds(n)).recordId(id(n))
        .body(MediaType.HTTP_RESPONSE, http(status, type, body, true)).build();
  }

  private static byte[] http(int status, String type, byte[] body, boolean withBody) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + (withBody ? body.length : 0)];
    System.arraycopy(h, 0, all, 0, h.length);
    if (withBody) {
      System.arraycopy(body, 0, all, h.length, body.length);
    }
    return all;
  }

  private static URI id(int n) {
    return URI.create(String.format("urn:uuid:00000000-0000-4000-8000-%012d", n));
  }
}
