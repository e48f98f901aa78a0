package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any archive that speaks Memento (RFC 7089): its TimeMap lists every memento of a URL with
 * its datetime, and the nearest is chosen; where the TimeMap is unavailable, the TimeGate is
 * asked for the memento nearest the target with {@code Accept-Datetime}.
 */
public final class MementoArchive implements Archive {
  /** One link of a link-format list: the target and its parameters up to the next link. */
  private static final Pattern LINK = Pattern.compile("<([^<>]*)>((?:\\s*;\\s*[A-Za-z-]+\\s*=\\s*(?:\"[^\"]*\"|[^;,<\\s]*))*)");
  private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^;,<\\s]*))");
  private final String name;
  private final String timegate;
  private final String timemap;
  private final ArchiveClient client;

  /**
   * @param name the name its copies carry
   * @param timegate the TimeGate prefix the URL is appended to (e.g. {@code …/timegate/})
   * @param timemap the link-format TimeMap prefix (e.g. {@code …/timemap/link/}), or null
   * @param client how it is reached
   */
  public MementoArchive(String name, String timegate, String timemap, ArchiveClient client) {
    this.name = name;
    this.timegate = timegate;
    this.timemap = timemap;
    this.client = client;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<ArchiveCopy> nearest(String url, LocalDate target) {
    if (timemap != null) {
      HttpChecker.Fetched map = client.follow(timemap + url, Map.of("Accept", "application/link-format"), 2);
      if (map.ok() && map.body() != null) {
        List<ArchiveCopy> copies = mementos(name, map.body());
        if (!copies.isEmpty()) {
          return Archive.choose(copies, target);
        }
      }
    }
    return timegate(url, target);
  }

  /** Asks the TimeGate for the memento nearest {@code target} (now, without one). */
  private Optional<ArchiveCopy> timegate(String url, LocalDate target) {
    if (timegate == null) {
      return Optional.empty();
    }
    Map<String, String> headers = target == null ? Map.of()
        : Map.of("Accept-Datetime", DateTimeFormatter.RFC_1123_DATE_TIME.format(target.atTime(12, 0).atZone(ZoneOffset.UTC)));
    String at = timegate + url;
    HttpChecker.Fetched answer = client.get(at, headers);
    if (answer.code() >= 300 && answer.code() < 400 && answer.header("location") != null) {
      try {
        at = new java.net.URI(at).resolve(answer.header("location").strip()).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
      answer = client.get(at, Map.of());
    }
    Instant when = httpDate(answer.header("memento-datetime"));
    if (!answer.ok() || when == null) {
      return Optional.empty();
    }
    String location = answer.header("content-location");
    String copy = location == null ? at : java.net.URI.create(at).resolve(location).toString();
    return Archive.choose(List.of(new ArchiveCopy(name, copy, when, null, answer.code())), target);
  }

  /** The mementos a link-format TimeMap (or a Link header) lists, in its order, as {@code archive}'s. */
  static List<ArchiveCopy> mementos(String archive, String linkFormat) {
    List<ArchiveCopy> out = new ArrayList<>();
    Matcher m = LINK.matcher(linkFormat);
    while (m.find()) {
      String rel = null;
      String datetime = null;
      Matcher p = PARAM.matcher(m.group(2));
      while (p.find()) {
        String value = p.group(2) != null ? p.group(2) : p.group(3);
        if (p.group(1).equalsIgnoreCase("rel")) {
          rel = value;
        } else if (p.group(1).equalsIgnoreCase("datetime")) {
          datetime = value;
        }
      }
      if (rel == null || !List.of(rel.split("\\s+")).contains("memento")) {
        continue;
      }
      Instant when = httpDate(datetime);
      if (when != null) {
        out.add(new ArchiveCopy(archive, m.group(1), when, null, 0));
      }
    }
    return out;
  }

  @Override
  public Page read(ArchiveCopy copy) {
    return client.page(copy.url());
  }

  private static Instant httpDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
