package dev.claimcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.ArchiveCopy;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Wayback Machine (or any server speaking its APIs): the availability API first (one cheap
 * request), then the CDX API over a window around the target date, page by page with its
 * resume key, when availability has nothing usable. Copies are read through the {@code id_}
 * playback, which returns the page as captured.
 */
public final class WaybackArchive implements Archive {
  /** How many CDX pages one look-up reads at most. */
  static final int MAX_CDX_PAGES = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String name;
  private final String base;
  private final ArchiveClient client;

  /**
   * @param name the name its copies carry
   * @param base the server, e.g. {@code https://web.archive.org}
   * @param client how it is reached
   */
  public WaybackArchive(String name, String base, ArchiveClient client) {
    this.name = name;
    this.base = base.replaceFirst("/+$", "");
    this.client = client;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<ArchiveCopy> nearest(String url, LocalDate target) {
    Optional<ArchiveCopy> available = availability(url, target);
    if (available.isPresent()) {
      return available;
    }
    List<ArchiveCopy> copies = new ArrayList<>();
    if (target != null) {
      copies.addAll(cdx(url, stamp(target.minusYears(2)), stamp(target.plusYears(2))));
    }
    if (copies.isEmpty()) {
      copies.addAll(cdx(url, null, null));
    }
    return Archive.choose(copies, target);
  }

  /** The availability API's closest copy, when it names one captured with a page. */
  Optional<ArchiveCopy> availability(String url, LocalDate target) {
    String query = base + "/wayback/available?url=" + encode(url)
        + (target == null ? "" : "&timestamp=" + target.toString().replace("-", ""));
    HttpChecker.Fetched answer = client.get(query, Map.of("Accept", "application/json"));
    if (!answer.ok() || answer.body() == null) {
      return Optional.empty();
    }
    try {
      JsonNode closest = JSON.readTree(answer.body()).path("archived_snapshots").path("closest");
      if (!closest.path("available").asBoolean(false)) {
        return Optional.empty();
      }
      Instant at = Archive.parseTimestamp(closest.path("timestamp").asText(null));
      int status = closest.path("status").asText("").matches("\\d{3}") ? Integer.parseInt(closest.path("status").asText()) : 0;
      if (at == null || status >= 300 || closest.path("url").asText("").isEmpty()) {
        return Optional.empty();
      }
      return Archive.choose(List.of(new ArchiveCopy(name, closest.path("url").asText(), at, null, status)), target);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Every capture the CDX API lists for {@code url} between {@code from} and {@code to}
   * (14-digit stamps, null for no bound), following resume keys up to {@link #MAX_CDX_PAGES}.
   */
  List<ArchiveCopy> cdx(String url, String from, String to) {
    List<ArchiveCopy> out = new ArrayList<>();
    String query = base + "/cdx/search/cdx?url=" + encode(url) + "&limit=1000"
        + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to)
        + "&showResumeKey=true&resolveRevisits=true";
    String resume = null;
    for (int page = 0; page < MAX_CDX_PAGES; page++) {
      HttpChecker.Fetched answer = client.get(resume == null ? query : query + "&resumeKey=" + encode(resume), Map.of());
      if (!answer.ok() || answer.body() == null) {
        break;
      }
      resume = readCdx(answer.body(), out);
      if (resume == null) {
        break;
      }
    }
    return out;
  }

  /**
   * Reads one CDX page (space-separated {@code urlkey timestamp original mimetype statuscode
   * digest length} lines) into {@code out}; returns the resume key that follows a blank line
   * at its end, or null on the last page.
   */
  String readCdx(String body, List<ArchiveCopy> out) {
    String[] lines = body.split("\n", -1);
    String resume = null;
    boolean blank = false;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank = true;
        continue;
      }
      String[] f = l.split(" ");
      if (blank && f.length == 1) {
        resume = l; // sent back as given (it is already escaped once; the query escapes it again)
        continue;
      }
      if (f.length < 5) {
        continue;
      }
      Instant at = Archive.parseTimestamp(f[1]);
      if (at == null) {
        continue;
      }
      int status = f[4].matches("\\d{3}") ? Integer.parseInt(f[4]) : 0;
      if (status == 0 && f[3].equals("warc/revisit")) {
        continue; // an unresolved revisit says only that nothing changed; its original is listed
      }
      out.add(new ArchiveCopy(name, base + "/web/" + f[1] + "/" + f[2], at, null, status));
    }
    return resume;
  }

  @Override
  public Page read(ArchiveCopy copy) {
    return client.page(raw(copy.url()));
  }

  /**
   * The {@code id_} flavour of a Wayback playback URL, which answers with the page as captured,
   * without the archive's banner and rewritten links.
   */
  static String raw(String playbackUrl) {
    return playbackUrl.replaceFirst("/web/(\\d{4,14})(?:[a-z]{2}_)?/", "/web/$1id_/");
  }

  private static String stamp(LocalDate day) {
    return TIMESTAMP.format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
