package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A web archive cited URLs are looked up in: the Wayback Machine's APIs, any Memento archive,
 * or local WARC files. Implementations are thread-safe.
 */
public interface Archive {

  /** The name copies from this archive carry. */
  String name();

  /**
   * The copy of {@code url} nearest to {@code target} (the citation's access date, else its
   * publication date; null for the newest copy), or empty when the archive holds none or did
   * not answer.
   */
  Optional<ArchiveCopy> nearest(String url, LocalDate target);

  /** The copy's page, or null when it cannot be read now. */
  Page read(ArchiveCopy copy);

  /**
   * A page as read: its body and media type.
   *
   * @param body the body as text (bounded)
   * @param contentType the media type, or null
   */
  record Page(String body, String contentType) {}

  /** Wayback-style 14-digit timestamps ({@code yyyyMMddHHmmss}, UTC; shorter ones padded). */
  DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** A 4- to 14-digit archive timestamp as an instant, or null. */
  static Instant parseTimestamp(String digits) {
    if (digits == null || !digits.matches("\\d{4,14}")) {
      return null;
    }
    String padded = digits + "00000101000000".substring(digits.length());
    try {
      return TIMESTAMP.parse(padded, Instant::from);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Days between a capture and the target date, or null without a target. */
  static Long gapDays(Instant captured, LocalDate target) {
    if (target == null) {
      return null;
    }
    return Math.abs(ChronoUnit.DAYS.between(target, captured.atZone(ZoneOffset.UTC).toLocalDate()));
  }

  /**
   * Of several candidate copies, the one to use: a capture of a page (2xx, or of unknown
   * status) before a capture of a redirect, then the nearest to {@code target} (the newest
   * without one), then the earlier.
   */
  static Optional<ArchiveCopy> choose(List<ArchiveCopy> candidates, LocalDate target) {
    Instant aim = target == null ? Instant.MAX : target.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(12));
    Comparator<ArchiveCopy> order = Comparator
        .comparing((ArchiveCopy c) -> c.httpStatus() >= 300 ? 1 : 0)
        .thenComparing(c -> target == null ? Duration.between(c.timestamp(), Instant.parse("9999-12-31T00:00:00Z"))
            : Duration.between(c.timestamp(), aim).abs())
        .thenComparing(ArchiveCopy::timestamp);
    return candidates.stream().filter(c -> c.httpStatus() < 400).min(order)
        .map(c -> new ArchiveCopy(c.archive(), c.url(), c.timestamp(), gapDays(c.timestamp(), target), c.httpStatus()));
  }
}
