package dev.claimcheck.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Politeness towards the sites checked: at most one request to a host per interval (default
 * one a second), at most {@code perHost} requests to a host at once, and at most
 * {@code global} requests in flight over all hosts. A caller takes a {@link Permit} before a
 * request and closes it after. Waits go through the checker's {@link HttpChecker.Sleeper}, so
 * tests run on a made-up clock. Thread-safe.
 */
public final class HostPacer {
  private final Duration interval;
  private final int perHost;
  private final Semaphore global;
  private final Clock clock;
  private final HttpChecker.Sleeper sleeper;
  private final Map<String, Host> hosts = new HashMap<>();

  /** One host's pace: when its next request may start, and its own concurrency. */
  private static final class Host {
    Instant next = Instant.MIN;
    final Semaphore slots;

    Host(int perHost) {
      slots = new Semaphore(perHost, true);
    }
  }

  /** Leave to send one request; closing it gives the slots back. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  public HostPacer(Duration interval, int perHost, int global, Clock clock, HttpChecker.Sleeper sleeper) {
    this.interval = interval;
    this.perHost = perHost;
    this.global = new Semaphore(global, true);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until a request to {@code host} may start, and returns the leave to send it. The
   * host's turn is waited for before a global slot is taken, so a request waiting on a slow
   * site's pace never keeps another site's request waiting.
   */
  public Permit acquire(String host) throws InterruptedException {
    Host h;
    synchronized (hosts) {
      h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(perHost));
    }
    h.slots.acquire();
    try {
      Duration wait;
      synchronized (h) {
        Instant now = clock.instant();
        Instant start = h.next.isAfter(now) ? h.next : now;
        wait = Duration.between(now, start);
        h.next = start.plus(interval);
      }
      if (!wait.isZero()) {
        sleeper.sleep(wait);
      }
      global.acquire();
    } catch (InterruptedException e) {
      h.slots.release();
      throw e;
    }
    synchronized (h) {
      // A global slot that came late moves the host's next turn with it.
      Instant after = clock.instant().plus(interval);
      if (after.isAfter(h.next)) {
        h.next = after;
      }
    }
    return () -> {
      global.release();
      h.slots.release();
    };
  }

  /** The gate that paces each request by its URL's host. */
  public HttpChecker.Gate byHost() {
    return uri -> acquire(UrlTask.hostOf(uri));
  }

  /** The gate that paces every request under one name (an archive endpoint). */
  public HttpChecker.Gate as(String key) {
    return uri -> acquire(key);
  }
}
