package dev.claimcheck.pipelines;

import java.util.Locale;

/**
 * The progress lines of a running job: the stage it is in, its counts and, while inputs are read,
 * an estimate of the time left (from the rate so far). Asked once per interval; says nothing when
 * nothing changed, and never prints a stage again once it is over ("reading" at 100% is followed
 * by the next stage, once). Not thread-safe.
 */
final class Progress {
  /**
   * What the engine has reported so far.
   *
   * @param items inputs (and parts of inputs) read
   * @param documents documents read
   * @param claims claims extracted
   * @param urls URLs checked
   */
  record Counts(long items, long documents, long claims, long urls) {}

  private final int inputs;
  private final String what;
  private final boolean checking;
  private final long startedNanos;
  private Counts lastCounts;

  /**
   * Progress of a job over {@code inputs} items (called {@code what}: "inputs", "inputs and
   * parts"), started at {@code startedNanos}, checking sources or not.
   */
  Progress(int inputs, String what, boolean checking, long startedNanos) {
    this.inputs = inputs;
    this.what = what;
    this.checking = checking;
    this.startedNanos = startedNanos;
  }

  /** The line to print for {@code counts} at {@code nowNanos}, or null when there is nothing new. */
  String line(Counts counts, long nowNanos) {
    if (counts.equals(lastCounts)) {
      return null; // the same counts: the same stage, nothing new to say
    }
    lastCounts = counts;
    String line;
    if (inputs == 0) {
      line = "checking sources: " + counts.urls() + " URLs checked";
    } else if (counts.items() < inputs) {
      line = String.format(Locale.ROOT, "reading: %,d of %,d %s read (%.0f%%), %,d documents, %,d claims%s%s",
          counts.items(), inputs, what, 100.0 * counts.items() / inputs, counts.documents(), counts.claims(),
          checking ? String.format(Locale.ROOT, ", %,d URLs checked", counts.urls()) : "",
          left(counts.items(), nowNanos));
    } else if (checking) {
      line = String.format(Locale.ROOT, "checking sources and judging: %,d documents, %,d claims, %,d URLs checked",
          counts.documents(), counts.claims(), counts.urls());
    } else {
      line = String.format(Locale.ROOT, "finishing (facts, conflicts, totals): %,d documents, %,d claims",
          counts.documents(), counts.claims());
    }
    return "claimcheck: " + line;
  }

  /** "; about 3 min 20 s left", from the rate so far; empty before there is a rate to tell. */
  private String left(long done, long nowNanos) {
    double elapsed = (nowNanos - startedNanos) / 1e9;
    if (done == 0 || elapsed < 1) {
      return "";
    }
    long seconds = Math.round(elapsed * (inputs - done) / done);
    return seconds >= 60 ? String.format(Locale.ROOT, "; about %d min %d s left", seconds / 60, seconds % 60)
        : String.format(Locale.ROOT, "; about %d s left", seconds);
  }
}
