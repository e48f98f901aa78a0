package dev.claimcheck.pipelines;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The time a step spends on its elements, summed over its workers, as a Beam counter of
 * microseconds ({@code <Step>.busyMicros}): the per-stage split of a run, which every runner
 * reports and {@code run.json} lists. Serializable with the function that holds it.
 */
final class StageTime implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final Counter micros;

  StageTime(Class<?> step) {
    this.micros = Metrics.counter(step, "busyMicros");
  }

  /** The moment a piece of work starts, to pass to {@link #since}. */
  static long start() {
    return System.nanoTime();
  }

  /** Counts the time from {@code started} to now. */
  void since(long started) {
    micros.inc((System.nanoTime() - started) / 1000);
  }
}
