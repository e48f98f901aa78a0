package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests to one host are spaced by the interval; other hosts do not wait for it. */
class HostPacerTest {

  /** A clock that moves only when the pacer sleeps. */
  private static final class FakeTime extends Clock {
    Instant now = Instant.parse("2026-11-01T00:00:00Z");
    final List<Duration> slept = new ArrayList<>();

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void sleep(Duration d) {
      slept.add(d);
      now = now.plus(d);
    }
  }

  @Test
  void oneRequestPerSecondPerHost() throws Exception {
    FakeTime time = new FakeTime();
    HostPacer pacer = new HostPacer(Duration.ofSeconds(1), 2, 8, time, time::sleep);
    for (int i = 0; i < 3; i++) {
      pacer.acquire("Example.org").close();
    }
    assertThat(time.slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    pacer.acquire("other.example").close(); // another host starts at once
    assertThat(time.slept).hasSize(2);
  }

  @Test
  void perHostConcurrencyIsCapped() throws Exception {
    FakeTime time = new FakeTime();
    HostPacer pacer = new HostPacer(Duration.ZERO, 1, 8, time, time::sleep);
    HostPacer.Permit first = pacer.acquire("a.example");
    Thread second = new Thread(() -> {
      try {
        pacer.acquire("a.example").close(); // runs only once the first is closed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    second.start();
    second.join(200);
    assertThat(second.isAlive()).as("the second request waits for the first").isTrue();
    first.close();
    second.join(5_000);
    assertThat(second.isAlive()).isFalse();
  }

  @Test
  void aHostWaitingItsTurnHoldsNoGlobalSlot() throws Exception {
    // One global slot; the slow host's second request waits a whole minute for its turn, and
    // another host's request goes first meanwhile.
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    HostPacer pacer = new HostPacer(Duration.ofMinutes(1), 2, 1, Clock.systemUTC(), d -> {
      waiting.countDown();
      release.await();
    });
    pacer.acquire("slow.example").close();
    Thread second = new Thread(() -> {
      try {
        pacer.acquire("slow.example").close();
        order.add("slow.example");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    second.start();
    waiting.await();
    pacer.acquire("other.example").close();
    order.add("other.example");
    release.countDown();
    second.join(5_000);
    assertThat(order).containsExactly("other.example", "slow.example");
  }
}
