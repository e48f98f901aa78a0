package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multi-run dead rule on a made-up calendar, and the state folder surviving a crash. */
class UrlHistoryTest {
  private static final String URL = "https://example.org/page";
  private static final Instant DAY_0 = Instant.parse("2026-11-01T02:00:00Z");
  private final UrlHistory.DeadRule rule = UrlHistory.DeadRule.standard();

  private static SourceCheck check(Instant at, SourceStatus status, int code) {
    return new SourceCheck(URL, status, code, null, List.of(), "test", at, null, null);
  }

  private static Instant day(double d) {
    return DAY_0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
  }

  @Test
  void oneBadNightIsOnlySuspected() {
    UrlHistory h = UrlHistory.of(URL).with(check(day(0), SourceStatus.ALIVE, 200))
        .with(check(day(1), SourceStatus.DEAD, 404));
    assertThat(h.status(rule)).isEqualTo(SourceStatus.SUSPECTED_DEAD);
    assertThat(h.failureSummary()).isEqualTo("1 failed check over 0 days");
  }

  @Test
  void threeFailuresOnOneDayAreNotEnough() {
    UrlHistory h = UrlHistory.of(URL);
    for (double d : new double[] {1, 1.1, 1.2, 1.3}) {
      h = h.with(check(day(d), SourceStatus.DEAD, 404));
    }
    assertThat(h.status(rule)).isEqualTo(SourceStatus.SUSPECTED_DEAD);
  }

  @Test
  void threeFailuresOverThreeDaysMakeItDeadAndARecoveryResetsIt() {
    UrlHistory h = UrlHistory.of(URL).with(check(day(1), SourceStatus.DEAD, 404))
        .with(check(day(2), SourceStatus.SOFT_404, 200));
    assertThat(h.status(rule)).isEqualTo(SourceStatus.SUSPECTED_DEAD);
    h = h.with(check(day(4), SourceStatus.DEAD, 410));
    assertThat(h.status(rule)).isEqualTo(SourceStatus.DEAD);
    assertThat(h.failureSummary()).isEqualTo("3 failed checks over 3 days");
    h = h.with(check(day(5), SourceStatus.ALIVE, 200));
    assertThat(h.status(rule)).isEqualTo(SourceStatus.ALIVE);
    h = h.with(check(day(6), SourceStatus.DEAD, 404));
    assertThat(h.status(rule)).isEqualTo(SourceStatus.SUSPECTED_DEAD);
  }

  @Test
  void blockedAndTimeoutsDoNotCountTowardsDead() {
    UrlHistory h = UrlHistory.of(URL).with(check(day(1), SourceStatus.DEAD, 404))
        .with(check(day(3), SourceStatus.BLOCKED, 403)).with(check(day(5), SourceStatus.DEAD, 404));
    assertThat(h.failingStreak()).hasSize(1);
    assertThat(h.status(rule)).isEqualTo(SourceStatus.SUSPECTED_DEAD);
  }

  @Test
  void liveUrlsAreCheckedAgainAfterTheInterval() {
    UrlHistory h = UrlHistory.of(URL).with(check(day(0), SourceStatus.ALIVE, 200));
    assertThat(h.due(rule, day(3))).isFalse();
    assertThat(h.due(rule, day(7))).isTrue();
    assertThat(UrlHistory.of(URL).due(rule, day(0))).isTrue();
    assertThat(UrlHistory.of(URL).with(check(day(0), SourceStatus.DEAD, 404)).due(rule, day(0.5))).isTrue();
  }

  @Test
  void stateRoundTripsAndAnInterruptedWriteLeavesTheLastGoodState(@TempDir Path dir) throws Exception {
    StateStore store = new StateStore(dir);
    assertThat(store.load()).isEmpty();
    UrlHistory h = UrlHistory.of(URL).with(check(day(1), SourceStatus.DEAD, 404))
        .with(check(day(2), SourceStatus.ALIVE, 200));
    store.save(Map.of(URL, h));
    assertThat(store.load()).containsEntry(URL, h);
    // A run that died while writing leaves a temporary file behind; the state is untouched.
    Files.writeString(dir.resolve(".sources-state-crash.tmp"), "{\"url\":\"https://example.org/page\",\"che");
    assertThat(store.load()).containsEntry(URL, h);
    assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".tmp")).count()).isEqualTo(1);
    store.save(Map.of(URL, h.with(check(day(3), SourceStatus.DEAD, 404))));
    assertThat(store.load().get(URL).checks()).hasSize(3);
  }
}
