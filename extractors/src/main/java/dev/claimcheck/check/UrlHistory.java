package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check of one URL across runs, oldest first, and what they add up to: a URL is
 * {@code DEAD} only after enough failed checks spread over enough days in a row; until then a
 * failing URL is {@code SUSPECTED_DEAD}, so one bad night does not kill a source.
 *
 * @param url the URL
 * @param checks the checks, oldest first
 * @param task what the citations said about the URL when it was last cited, or null
 * @param fingerprint the {@link Fingerprint} of the text of the last live check, encoded, or null
 * @param archives the archive copies last found
 */
public record UrlHistory(String url, List<Check> checks, UrlTask task, String fingerprint,
    List<ArchiveCopy> archives) implements Serializable {

  public UrlHistory {
    checks = List.copyOf(checks);
    archives = List.copyOf(archives);
  }

  /**
   * One check as the history keeps it.
   *
   * @param time when
   * @param status what it found
   * @param httpStatus the HTTP code, or 0
   */
  public record Check(Instant time, SourceStatus status, int httpStatus) implements Serializable {}

  /**
   * When failures make a URL dead, and when a live one is looked at again.
   *
   * @param failures how many failed checks in a row it takes
   * @param days over how many days (from the first of them to the last) at least
   * @param recheckAlive how long a live URL's check stays good
   */
  public record DeadRule(int failures, Duration days, Duration recheckAlive) implements Serializable {
    /** Three failures over three days; live URLs looked at again after a week. */
    public static DeadRule standard() {
      return new DeadRule(3, Duration.ofDays(3), Duration.ofDays(7));
    }
  }

  /** An empty history. */
  public static UrlHistory of(String url) {
    return new UrlHistory(url, List.of(), null, null, List.of());
  }

  /** This history with {@code check} appended. */
  public UrlHistory with(SourceCheck check) {
    List<Check> more = new ArrayList<>(checks);
    more.add(new Check(check.checkedAt(), check.status(), check.httpStatus()));
    return new UrlHistory(url, more, task, fingerprint, archives);
  }

  /** This history with what was learnt besides the check: the task, the live text's fingerprint (kept when null), the copies found. */
  public UrlHistory with(UrlTask newTask, String newFingerprint, List<ArchiveCopy> found) {
    return new UrlHistory(url, checks, newTask == null ? task : newTask,
        newFingerprint == null ? fingerprint : newFingerprint, found);
  }

  /** The last check, or null. */
  public Check last() {
    return checks.isEmpty() ? null : checks.get(checks.size() - 1);
  }

  /** The failed checks since the last one that did not fail, oldest first. */
  public List<Check> failingStreak() {
    int from = checks.size();
    while (from > 0 && failed(checks.get(from - 1).status())) {
      from--;
    }
    return checks.subList(from, checks.size());
  }

  /**
   * What the history says now: the last check's status, except that a failure is
   * {@code SUSPECTED_DEAD} until the streak is long enough, in count and in days, to be
   * {@code DEAD}. Null for a URL never checked.
   */
  public SourceStatus status(DeadRule rule) {
    if (checks.isEmpty()) {
      return null;
    }
    Check last = checks.get(checks.size() - 1);
    if (!failed(last.status())) {
      return last.status();
    }
    List<Check> streak = failingStreak();
    Duration span = Duration.between(streak.get(0).time(), last.time());
    return streak.size() >= rule.failures() && span.compareTo(rule.days()) >= 0
        ? SourceStatus.DEAD : SourceStatus.SUSPECTED_DEAD;
  }

  /** For people: how many failures over how many days, or null when not failing. */
  public String failureSummary() {
    List<Check> streak = failingStreak();
    if (streak.isEmpty()) {
      return null;
    }
    long days = Duration.between(streak.get(0).time(), streak.get(streak.size() - 1).time()).toDays();
    return streak.size() + " failed check" + (streak.size() == 1 ? "" : "s") + " over " + days
        + " day" + (days == 1 ? "" : "s");
  }

  /** Whether the URL should be checked at {@code now}: never checked, not live, or live long ago. */
  public boolean due(DeadRule rule, Instant now) {
    if (checks.isEmpty()) {
      return true;
    }
    Check last = checks.get(checks.size() - 1);
    boolean live = last.status() == SourceStatus.ALIVE || last.status() == SourceStatus.REDIRECTED;
    return !live || !last.time().plus(rule.recheckAlive()).isAfter(now);
  }

  /** Whether the last check found the page gone (a 404 or 410), so that it most likely still is. */
  public boolean lastGone() {
    Check last = last();
    return last != null && last.status() == SourceStatus.DEAD && (last.httpStatus() == 404 || last.httpStatus() == 410);
  }

  /** Whether a check's status counts towards the URL being dead. */
  static boolean failed(SourceStatus s) {
    return s == SourceStatus.DEAD || s == SourceStatus.SOFT_404;
  }
}
