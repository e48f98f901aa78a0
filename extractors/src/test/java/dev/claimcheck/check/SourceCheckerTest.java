package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Outcome;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.testing.ArchiveFixture;
import dev.claimcheck.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One URL across several runs on a made-up calendar (the clock moves only when the test moves
 * it; nothing sleeps): the dead rule, recovery, re-check intervals, archive copies, drift,
 * robots.txt and the address guard.
 */
class SourceCheckerTest {
  private static FixtureSite site;
  private static ArchiveFixture archive;
  @TempDir
  Path state;

  /** A clock the test moves. */
  private static final class Calendar extends Clock {
    volatile Instant now = Instant.parse("2026-03-01T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void days(double d) {
      now = now.plus(Duration.ofMinutes((long) (d * 24 * 60)));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    site = new FixtureSite();
    archive = new ArchiveFixture()
        .snapshot(site.url("/changing"), "20250101000000", 200, FixtureSite.DEPOT)
        .snapshot(site.url("/missing"), "20200101000000", 200, FixtureSite.DEPOT);
  }

  @AfterAll
  static void stop() {
    site.close();
    archive.close();
  }

  private static SourceChecker.Settings settings(boolean allowPrivate, boolean robots, String wayback) {
    return new SourceChecker.Settings("https://example.org/contact", Duration.ZERO, 1, 4, robots, allowPrivate,
        UrlHistory.DeadRule.standard(), wayback, List.of(), List.of(), Duration.ZERO, Duration.ofSeconds(2),
        Duration.ofSeconds(6));
  }

  private static SourceChecker checker(Calendar clock, boolean allowPrivate, boolean robots, String wayback) {
    return new SourceChecker(settings(allowPrivate, robots, wayback), AddressGuard.Resolver.system(), clock, d -> { });
  }

  /** One run: the state loaded, the URL checked, the state saved. */
  private SourceResult run(SourceChecker checker, UrlTask task) throws Exception {
    StateStore store = new StateStore(state);
    Map<String, UrlHistory> prior = store.load();
    SourceResult r = checker.check(task, prior.get(task.url()), store);
    prior.put(r.url(), r.history());
    store.save(prior);
    return r;
  }

  @Test
  void deadOnlyAfterThreeFailuresOverThreeDaysThenRecovered() throws Exception {
    Calendar clock = new Calendar();
    SourceChecker checker = checker(clock, true, false, null);
    UrlTask task = new UrlTask(site.url("/flaky"), null, null);
    site.flakyDown = true;
    SourceResult first = run(checker, task);
    assertThat(first.status()).isEqualTo(SourceStatus.SUSPECTED_DEAD);
    assertThat(first.check().status()).isEqualTo(SourceStatus.DEAD);
    assertThat(first.history().failureSummary()).isEqualTo("1 failed check over 0 days");
    clock.days(1);
    site.requests.clear();
    assertThat(run(checker, task).status()).isEqualTo(SourceStatus.SUSPECTED_DEAD);
    assertThat(site.requests).containsExactly("HEAD /flaky"); // still gone: one request, no body
    clock.days(1);
    SourceResult third = run(checker, task); // three failures, but over two days only
    assertThat(third.status()).isEqualTo(SourceStatus.SUSPECTED_DEAD);
    assertThat(third.history().failureSummary()).isEqualTo("3 failed checks over 2 days");
    clock.days(1);
    SourceResult fourth = run(checker, task);
    assertThat(fourth.status()).isEqualTo(SourceStatus.DEAD);
    assertThat(fourth.previous()).isEqualTo(SourceStatus.SUSPECTED_DEAD);
    clock.days(1);
    site.flakyDown = false;
    site.requests.clear();
    SourceResult back = run(checker, task);
    // Gone last time, so asked with HEAD first; back, so read.
    assertThat(site.requests).containsExactly("HEAD /flaky", "GET /flaky");
    assertThat(back.status()).isEqualTo(SourceStatus.ALIVE);
    assertThat(back.previous()).isEqualTo(SourceStatus.DEAD);
    assertThat(back.history().checks()).hasSize(5);
    assertThat(new StateStore(state).load().get(task.url()).checks()).hasSize(5);
  }

  @Test
  void liveUrlsAreNotAskedAgainBeforeTheirIntervalButKeepTheirText() throws Exception {
    Calendar clock = new Calendar();
    SourceChecker checker = checker(clock, true, false, null);
    UrlTask task = new UrlTask(site.url("/depot"), null, null);
    int before = site.hits.getOrDefault("/depot", new java.util.concurrent.atomic.AtomicInteger()).get();
    assertThat(run(checker, task).checkedNow()).isTrue();
    clock.days(2);
    SourceResult again = run(checker, task);
    assertThat(again.checkedNow()).isFalse();
    assertThat(again.status()).isEqualTo(SourceStatus.ALIVE);
    assertThat(again.texts()).extracting(SourceResult.Text::copy).containsExactly("live");
    assertThat(again.texts().get(0).text()).contains("opened in 1951");
    assertThat(site.hits.get("/depot").get() - before).isEqualTo(1); // one GET
    clock.days(6);
    assertThat(run(checker, task).checkedNow()).isTrue();
  }

  @Test
  void archiveCopiesAreFoundAndDriftMeasured() throws Exception {
    Calendar clock = new Calendar();
    SourceChecker checker = checker(clock, true, false, archive.base());
    site.version = 1;
    SourceResult same = checker.check(new UrlTask(site.url("/changing"), LocalDate.parse("2025-01-10"), null), null, null);
    assertThat(same.archives()).hasSize(1);
    assertThat(same.archives().get(0).gapDays()).isEqualTo(9);
    assertThat(same.drift().drifted()).isFalse();
    assertThat(same.drift().similarity()).isEqualTo(1.0);
    site.version = 2;
    try {
      SourceResult changed = checker.check(new UrlTask(site.url("/changing"), LocalDate.parse("2025-01-10"), null), null, null);
      assertThat(changed.drift().drifted()).isTrue();
      assertThat(changed.drift().similarity()).isLessThan(0.2);
      assertThat(changed.drift().against()).contains("/web/20250101000000/");
      assertThat(changed.texts()).hasSize(2);
    } finally {
      site.version = 1;
    }
    // A dead URL with a copy: the copy's text is there to support claims.
    SourceResult dead = checker.check(new UrlTask(site.url("/missing"), null, null), null, null);
    assertThat(dead.failing()).isTrue();
    assertThat(dead.texts()).extracting(SourceResult.Text::copy).containsExactly(dead.archives().get(0).url());
  }

  @Test
  void theCitedArchiveCopyIsKept() {
    SourceChecker checker = checker(new Calendar(), true, false, null);
    String cited = archive.base() + "/web/20200101000000/" + site.url("/missing");
    SourceResult r = checker.check(new UrlTask(site.url("/missing"), LocalDate.parse("2020-01-05"), cited), null, null);
    assertThat(r.archives()).hasSize(1);
    assertThat(r.archives().get(0).archive()).isEqualTo("cited");
    assertThat(r.archives().get(0).gapDays()).isEqualTo(4);
    assertThat(r.texts().get(0).text()).contains("opened in 1951");
  }

  @Test
  void robotsTxtIsRespectedWhenAsked() {
    site.robotsTxt = "User-agent: *\nDisallow: /private/\n";
    try {
      SourceResult r = checker(new Calendar(), true, true, null).check(new UrlTask(site.url("/private/page"), null, null), null, null);
      assertThat(r.check().status()).isEqualTo(SourceStatus.BLOCKED);
      assertThat(r.check().reason()).contains("robots.txt");
      SourceResult ignored = checker(new Calendar(), true, false, null).check(new UrlTask(site.url("/private/page"), null, null), null, null);
      assertThat(ignored.status()).isEqualTo(SourceStatus.ALIVE);
    } finally {
      site.robotsTxt = null;
    }
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowedAndNothingIsJournalledForThem() throws Exception {
    SourceChecker strict = checker(new Calendar(), false, false, null);
    SourceResult r = strict.check(new UrlTask(site.url("/depot"), null, null), null, new StateStore(state));
    assertThat(r.status()).isEqualTo(SourceStatus.REFUSED);
    assertThat(r.texts()).isEmpty();
    assertThat(Files.exists(state.resolve("texts"))).isFalse();
  }

  @Test
  void aCrashBetweenChecksKeepsTheJournalledOnes() throws Exception {
    Calendar clock = new Calendar();
    SourceChecker checker = checker(clock, true, false, null);
    StateStore store = new StateStore(state);
    checker.check(new UrlTask(site.url("/missing"), null, null), null, store);
    clock.days(1);
    checker.check(new UrlTask(site.url("/gone"), null, null), null, store);
    // No save: the run died. The next run still sees both checks.
    Map<String, UrlHistory> reloaded = new StateStore(state).load();
    assertThat(reloaded.get(site.url("/missing")).checks()).hasSize(1);
    assertThat(reloaded.get(site.url("/gone")).checks()).extracting(UrlHistory.Check::httpStatus).containsExactly(410);
  }

  @Test
  void aJournalThatCannotBeWrittenIsSaidNotSwallowed() throws Exception {
    SourceChecker checker = checker(new Calendar(), true, false, null);
    // A folder where the journal file should be: every append fails, whoever runs the test.
    Files.createDirectories(state.resolve("checks-journal.jsonl"));
    assertThat(checker.unjournalled()).isZero();
    SourceResult r = checker.check(new UrlTask(site.url("/missing"), null, null), null, new StateStore(state));
    assertThat(r.check().httpStatus()).isEqualTo(404);
    assertThat(checker.unjournalled()).isEqualTo(1);
  }

  @Test
  void whatOneUrlsCheckThrowsIsThatUrlsFailureAndTheOthersGoOn() throws Exception {
    AddressGuard.Resolver hostile = host -> {
      if (host.equals("bug.test")) {
        throw new IllegalStateException("a bug on this host");
      }
      if (host.equals("deep.test")) {
        throw new StackOverflowError();
      }
      return AddressGuard.Resolver.system().resolve(host);
    };
    SourceChecker checker = new SourceChecker(settings(true, false, null), hostile, new Calendar(), d -> { });
    List<UrlTask> tasks = List.of(new UrlTask("http://bug.test/a", null, null),
        new UrlTask(site.url("/ok"), null, null), new UrlTask("http://deep.test/b", null, null),
        new UrlTask(site.url("/missing"), null, null));
    List<Outcome<SourceResult>> outcomes = checker.checkAll(tasks, Map.of(), null, 2);
    assertThat(outcomes.get(0).failure()).isEqualTo(new dev.claimcheck.model.Failure("http://bug.test/a",
        "check", "java.lang.IllegalStateException", "a bug on this host"));
    assertThat(outcomes.get(1).value().check().status()).isEqualTo(SourceStatus.ALIVE);
    assertThat(outcomes.get(2).failure().errorClass()).isEqualTo("java.lang.StackOverflowError");
    assertThat(outcomes.get(3).value().check().httpStatus()).isEqualTo(404);
  }

  @Test
  void aUrlWaitingToBeTriedAgainHoldsNoThread() throws Exception {
    // One thread, on the test's clock (waiting moves it): the server error is tried three times
    // over about three seconds, and the other URLs are checked in the meantime rather than after it.
    Calendar calendar = new Calendar();
    List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
    SourceChecker checker = new SourceChecker(settings(true, false, null), AddressGuard.Resolver.system(),
        calendar, d -> {
          waits.add(d);
          calendar.now = calendar.now.plus(d);
        });
    List<UrlTask> tasks = List.of(new UrlTask(site.url("/error"), null, null),
        new UrlTask(site.url("/ok"), null, null), new UrlTask(site.url("/missing"), null, null));
    List<SourceResult> results = checker.checkAll(tasks, Map.of(), null, 1).stream().map(Outcome::value).toList();
    assertThat(results).extracting(r -> r.check().status())
        .containsExactly(SourceStatus.SERVER_ERROR, SourceStatus.ALIVE, SourceStatus.DEAD);
    Instant lastTry = results.get(0).check().checkedAt();
    assertThat(results.get(1).check().checkedAt()).isBefore(lastTry.minusSeconds(2));
    assertThat(results.get(2).check().checkedAt()).isBefore(lastTry.minusSeconds(2));
    assertThat(checker.finished()).isEqualTo(3);
    // The retries' waits passed on the test's clock, through the sleeper: nothing slept for real.
    assertThat(waits.stream().mapToLong(Duration::toMillis).sum()).isGreaterThanOrEqualTo(2000);
  }
}
