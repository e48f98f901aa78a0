package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-checks one cited URL as a run does: asks the history whether it is due, checks it live
 * (at the site's pace, within robots.txt when asked), adds the check to the history (and the
 * state's journal), looks it up in every configured archive, reads the live text and the best
 * archive copy, and measures drift. Thread-safe: one instance serves a whole run, and its
 * pacers are the one place each site and each archive endpoint is paced.
 */
public final class SourceChecker {
  /**
   * A Memento archive to look copies up in.
   *
   * @param name the name its copies carry
   * @param timegate the TimeGate prefix
   * @param timemap the TimeMap prefix, or null
   */
  public record MementoEndpoint(String name, String timegate, String timemap) implements Serializable {}

  /**
   * How a run checks sources.
   *
   * @param contactUrl the operator's contact URL, sent in the User-Agent, or null
   * @param interval the least time between two requests to one site
   * @param perHost the most requests to one site at once
   * @param global the most requests in flight at once
   * @param robots whether robots.txt is respected
   * @param allowPrivateHosts whether private and loopback addresses may be fetched (tests, intranets)
   * @param rule when failures make a URL dead, and when a live one is due again
   * @param wayback the Wayback Machine's base URL, or null for none
   * @param mementos Memento archives
   * @param warcs local WARC files and folders
   * @param archiveInterval the least time between two requests to one archive endpoint
   * @param requestTimeout the longest wait for one answer
   * @param totalTimeout the longest one URL's check may take
   */
  public record Settings(String contactUrl, Duration interval, int perHost, int global, boolean robots,
      boolean allowPrivateHosts, UrlHistory.DeadRule rule, String wayback, List<MementoEndpoint> mementos,
      List<String> warcs, Duration archiveInterval, Duration requestTimeout, Duration totalTimeout)
      implements Serializable {

    public Settings {
      mementos = List.copyOf(mementos);
      warcs = List.copyOf(warcs);
    }

    /**
     * The settings of one of {@code workers} workers that check at once, each with a checker of
     * its own: a site is paced by the one worker its URLs are grouped to, but an archive endpoint
     * is asked by every worker, so each asks it {@code workers} times less often. The cap on
     * requests at once holds per worker.
     */
    public Settings sharedBy(int workers) {
      int n = Math.max(1, workers);
      return new Settings(contactUrl, interval, perHost, global, robots, allowPrivateHosts, rule, wayback, mementos,
          warcs, archiveInterval.multipliedBy(n), requestTimeout, totalTimeout);
    }

    /** The defaults for the open web: 1 request/s per site, 4 at once overall, Wayback. */
    public static Settings defaults() {
      return new Settings(null, Duration.ofSeconds(1), 1, 4, false, false, UrlHistory.DeadRule.standard(),
          "https://web.archive.org", List.of(), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(20),
          Duration.ofSeconds(60));
    }

    /** The options the HTTP checker runs with. */
    public HttpChecker.Options httpOptions() {
      HttpChecker.Options d = HttpChecker.Options.defaults(contactUrl);
      return new HttpChecker.Options(d.userAgent(), d.connectTimeout(), requestTimeout, totalTimeout,
          d.maxRedirects(), d.maxBodyBytes(), d.maxRetries(), d.maxRetryAfter(), d.firstBackoff());
    }
  }

  /** The stage a URL's failure record names. */
  public static final String STAGE = "check";

  private final Settings settings;
  private final HttpChecker http;
  private final HostPacer sites;
  private final ArchiveShelf archives;
  private final Clock clock;
  private final HttpChecker.Sleeper sleeper;
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong unjournalled = new AtomicLong();
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();

  public SourceChecker(Settings settings, AddressGuard.Resolver resolver, Clock clock, HttpChecker.Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
    this.http = new HttpChecker(settings.httpOptions(), new AddressGuard(settings.allowPrivateHosts(), resolver),
        clock, sleeper);
    this.sites = new HostPacer(settings.interval(), settings.perHost(), settings.global(), clock, sleeper);
    this.archives = new ArchiveShelf(settings, http, clock, sleeper);
  }

  /** Problems met building the archives (unreadable WARC files), for the run's errors. */
  public List<String> archiveProblems() {
    return archives.problems();
  }

  /**
   * Checks {@code task}'s URL, waiting (through the sleeper) between tries.
   *
   * @param prior the URL's history from earlier runs, or null
   * @param store the state folder, for the journal and texts, or null
   */
  public SourceResult check(UrlTask task, UrlHistory prior, StateStore store) {
    Job job = new Job(task, prior, store);
    for (Duration wait = job.step(); wait != null; wait = job.step()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return job.finish();
      }
    }
    return job.result;
  }

  /**
   * Checks every task on {@code threads} threads. A URL to be tried again is put aside with
   * its wait and holds no thread meanwhile, so a site's server errors never keep its other URLs
   * waiting; once its wait is over it goes before URLs not yet begun, so its tries stay within
   * its own timeout. Returns the outcomes in the order of {@code tasks}: whatever one URL's check
   * throws (a bug, a stack overflow on a hostile page) is that URL's failure record, and the
   * others go on.
   *
   * @param prior the histories from earlier runs, by URL
   * @param store the state folder, for the journal and texts, or null
   * @throws Error only when the JVM itself is broken
   */
  public List<Outcome<SourceResult>> checkAll(List<UrlTask> tasks, Map<String, UrlHistory> prior,
      StateStore store, int threads) throws InterruptedException {
    List<Outcome<SourceResult>> results = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
    AtomicInteger next = new AtomicInteger();
    // URLs waiting to be tried again, earliest first; their time is the checker's clock.
    PriorityQueue<Waiting> waiting = new PriorityQueue<>(Comparator.comparing(Waiting::due));
    CountDownLatch left = new CountDownLatch(tasks.size());
    java.util.concurrent.atomic.AtomicReference<Throwable> broken = new java.util.concurrent.atomic.AtomicReference<>();
    Runnable worker = () -> {
      try {
        while (left.getCount() > 0 && broken.get() == null) {
          // A due retry first, else a URL not yet begun, else wait (through the sleeper) a little for a retry.
          Waiting w;
          Duration untilDue = null;
          synchronized (waiting) {
            w = waiting.peek();
            if (w != null && !w.due().isAfter(clock.instant())) {
              waiting.poll();
            } else {
              untilDue = w == null ? null : Duration.between(clock.instant(), w.due());
              w = null;
            }
          }
          int index;
          if (w == null && (index = next.getAndIncrement()) < tasks.size()) {
            UrlTask t = tasks.get(index);
            w = new Waiting(new Job(t, prior.get(t.url()), store), index, null);
          }
          if (w == null) {
            sleeper.sleep(untilDue == null || untilDue.compareTo(IDLE_WAIT) > 0 ? IDLE_WAIT : untilDue);
            continue;
          }
          try {
            Duration wait = w.job.step();
            if (wait != null) {
              synchronized (waiting) {
                waiting.add(new Waiting(w.job, w.index, clock.instant().plus(wait)));
              }
              continue;
            }
            results.set(w.index, Outcome.ok(w.job.result));
          } catch (Throwable e) { // NOPMD: one URL's failure is its record, not the run's end
            if (!Failure.recoverable(e)) {
              broken.compareAndSet(null, e);
              return;
            }
            results.set(w.index, Outcome.failed(Failure.caught(w.job.task.url(), STAGE, e)));
          }
          left.countDown();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < Math.max(1, Math.min(threads, tasks.size())); i++) {
      Thread t = new Thread(worker, "claimcheck-check-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    try {
      for (Thread t : workers) {
        t.join();
      }
    } finally {
      workers.forEach(Thread::interrupt);
    }
    if (broken.get() != null) {
      throw (Error) broken.get();
    }
    return results;
  }

  /** How long an idle worker waits before looking again for a URL due to be tried. */
  private static final Duration IDLE_WAIT = Duration.ofMillis(200);

  /** A URL put aside until {@code due} (on the checker's clock), when it may be tried again; null when new. */
  private record Waiting(Job job, int index, Instant due) {}

  /** How many checks could not be journalled in the state folder so far. */
  public long unjournalled() {
    return unjournalled.get();
  }

  /** How many URLs this checker has finished checking (for progress). */
  public long finished() {
    return finished.get();
  }

  /** One URL's check, made of tries at the live URL and then the archives and drift. */
  private final class Job {
    final UrlTask task;
    final UrlHistory before;
    final StateStore store;
    final boolean due;
    Instant deadline;
    int tries;
    HttpChecker.Attempt last;
    SourceResult result;

    Job(UrlTask task, UrlHistory prior, StateStore store) {
      this.task = task;
      this.before = prior == null ? UrlHistory.of(task.url()) : prior;
      this.store = store;
      this.due = before.due(settings.rule(), clock.instant());
    }

    /** Makes the next try; returns how long to wait before the one after, or null when done. */
    Duration step() {
      if (due && tries > 0 && !clock.instant().isBefore(deadline)) {
        finish(); // the time is up: the last answer stands
        return null;
      }
      if (due) {
        if (deadline == null) {
          deadline = clock.instant().plus(settings.totalTimeout()); // from the first try, not the queueing
        }
        last = live(task.url(), tries++, deadline, before.lastGone());
        if (last.retryIn() != null) {
          return last.retryIn();
        }
      }
      finish();
      return null;
    }

    /** Ends the check with the last try's answer. */
    SourceResult finish() {
      result = SourceChecker.this.finish(task, before, due ? last.check() : null, store);
      finished.incrementAndGet();
      return result;
    }
  }

  /** The rest of a check once its live answer ({@code answer}, null when not due) is final. */
  private SourceResult finish(UrlTask task, UrlHistory before, SourceCheck answer, StateStore store) {
    SourceStatus previous = before.status(settings.rule());
    boolean due = answer != null;
    SourceCheck check;
    String liveText = null;
    UrlHistory history;
    if (due) {
      check = answer;
      history = before.with(check);
      if (check.status() == SourceStatus.ALIVE || check.status() == SourceStatus.REDIRECTED) {
        liveText = PageText.of(check.text(), check.contentType());
      }
      if (store != null) {
        try {
          store.journal(task.url(), history.last());
          if (liveText != null) {
            store.putText(task.url(), liveText);
          }
        } catch (IOException e) {
          // The state is also saved whole at the end of the run; a journal line lost only
          // weakens crash recovery, which the run's end says.
          unjournalled.incrementAndGet();
        }
      }
    } else {
      UrlHistory.Check last = before.last();
      check = new SourceCheck(task.url(), last.status(), last.httpStatus(), null, List.of(),
          "checked " + last.time() + "; not due again before " + last.time().plus(settings.rule().recheckAlive()),
          last.time(), null, null);
      history = before;
      liveText = store == null ? null : store.text(task.url());
    }
    check = new SourceCheck(check.url(), check.status(), check.httpStatus(), check.finalUrl(), check.redirects(),
        check.reason(), check.checkedAt(), check.contentType(), null);

    List<ArchiveCopy> found = archives.copies(task);
    List<SourceResult.Text> texts = new ArrayList<>();
    if (liveText != null) {
      texts.add(new SourceResult.Text("live", liveText));
    }
    String archivedText = null;
    ArchiveCopy read = null;
    for (ArchiveCopy copy : found) {
      archivedText = archives.text(copy);
      if (archivedText != null) {
        read = copy;
        texts.add(new SourceResult.Text(copy.url(), archivedText));
        break;
      }
    }
    Fingerprint live = due ? Fingerprint.of(liveText) : null;
    SourceResult.Drift drift = null;
    Fingerprint archived = Fingerprint.of(archivedText);
    Fingerprint earlier = Fingerprint.decode(before.fingerprint());
    if (live != null && archived != null) {
      drift = drift(live.similarity(archived), read.url());
    } else if (live != null && earlier != null) {
      drift = drift(live.similarity(earlier), "previous check");
    }
    history = history.with(task, live == null ? null : live.encode(), found);
    return new SourceResult(task.url(), history.status(settings.rule()), previous, check, due, history, found,
        drift, texts);
  }

  private static SourceResult.Drift drift(double similarity, String against) {
    double rounded = Math.round(similarity * 1000) / 1000.0;
    return new SourceResult.Drift(rounded, similarity < Fingerprint.DRIFT_BELOW, against);
  }

  /** The {@code n}th try at the live URL, at the site's pace and within its robots.txt when asked. */
  private HttpChecker.Attempt live(String url, int n, Instant deadline, boolean headFirst) {
    String host = UrlTask.hostOf(url);
    if (settings.robots() && !host.isEmpty()) {
      Robots rules = robots.computeIfAbsent(host, h -> robotsOf(url));
      URI uri = URI.create(url.strip());
      String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      if (!rules.allows(path)) {
        return new HttpChecker.Attempt(new SourceCheck(url, SourceStatus.BLOCKED, 0, null, List.of(),
            "robots.txt disallows it", clock.instant(), null, null), null);
      }
    }
    return http.attempt(url, sites.byHost(), n, deadline, headFirst);
  }

  private Robots robotsOf(String url) {
    try {
      URI uri = URI.create(url.strip());
      String robotsUrl = uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt";
      HttpChecker.Fetched answer = http.fetch(robotsUrl, Map.of(), sites.byHost());
      return answer.ok() ? Robots.parse(answer.body(), "claimcheck") : Robots.ALLOW_ALL;
    } catch (IllegalArgumentException e) {
      return Robots.ALLOW_ALL;
    }
  }

}
