package dev.claimcheck.check;

import dev.claimcheck.model.SourceStatus;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When an answer is worth asking for again, and after how long: a {@code Retry-After} on a 429
 * or 503, a doubling back-off after a timeout, a transient failure or a 5xx. Thread-safe.
 */
final class RetryPolicy {
  private final HttpChecker.Options options;
  private final Clock clock;

  RetryPolicy(HttpChecker.Options options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  /**
   * How long to wait before trying again after {@code a}, the {@code attempt}th try (from 0),
   * or null when it is final: a {@code Retry-After} on a 429 or 503 (a 429 without one is
   * blocked for now), a doubling back-off after a timeout, a transient network failure or a
   * 5xx other than a bot challenge; never longer than {@link HttpChecker.Options#maxRetryAfter()} nor
   * past {@code deadline}.
   */
  Duration waitAfter(HttpAnswer a, int attempt, Instant deadline) {
    if (a.failure() == null && a.code() == 503 && SoftNotFound.challenge(a.body())) {
      return null; // a bot challenge says the same however often it is asked: blocked
    }
    Duration wait = null;
    if (a.failure() == null && (a.code() == 429 || a.code() == 503)) {
      wait = retryAfter(a.headers());
      if (wait == null && a.code() == 429) {
        return null;
      }
    }
    if (wait == null && (a.failure() == SourceStatus.TIMEOUT || a.transientFailure() || (a.failure() == null && a.code() >= 500))) {
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
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }}
