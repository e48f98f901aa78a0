package dev.claimcheck.check;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One cited URL to check, with what the citations say about it.
 *
 * @param url the URL as cited
 * @param target the date an archive copy should be nearest to: the citation's access date,
 *     else its publication date; null when neither is known
 * @param citedArchiveUrl the archive copy the citation itself names, or null
 */
public record UrlTask(String url, LocalDate target, String citedArchiveUrl) implements Serializable {
  /**
   * When several citations name the same URL, the one whose task is kept: the earliest target
   * (the URL as it was first cited), then one naming an archive copy, so the choice does not
   * depend on the order citations arrive in.
   */
  public static final Comparator<UrlTask> PREFERRED = Comparator
      .comparing(UrlTask::target, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(UrlTask::citedArchiveUrl, Comparator.nullsLast(Comparator.naturalOrder()));

  public UrlTask {
    if (url == null) {
      throw new IllegalArgumentException("a task needs its URL");
    }
  }

  /** The host the URL names, lower-cased (with its port when it has one), or "" when none. */
  public String host() {
    return hostOf(url);
  }

  /** The host {@code url} names, lower-cased (with its port when it has one), or "" when none. */
  public static String hostOf(String url) {
    try {
      return hostOf(new java.net.URI(url.strip()));
    } catch (java.net.URISyntaxException e) {
      return "";
    }
  }

  /** The host {@code uri} names, lower-cased (with its port when it has one), or "" when none. */
  public static String hostOf(java.net.URI uri) {
    if (uri.getHost() == null) {
      return "";
    }
    return uri.getHost().toLowerCase(java.util.Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
