package dev.claimcheck.model;

import java.time.Duration;

/**
 * When one document's work must stop: steps that loop over a document's blocks, sentences or
 * cited sources ask {@link #check} as they go, so a document over its time budget becomes a
 * {@code timeout} failure instead of holding the run. Cooperative: nothing is interrupted.
 * Thread-safe and immutable.
 */
public final class Deadline {
  /** No deadline at all. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

  private final long endsAtNanos;
  private final Duration budget;

  private Deadline(long endsAtNanos, Duration budget) {
    this.endsAtNanos = endsAtNanos;
    this.budget = budget;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    long now = System.nanoTime();
    long nanos = budget.toNanos();
    return new Deadline(Long.MAX_VALUE - now < nanos ? Long.MAX_VALUE : now + nanos, budget);
  }

  /** Whether the deadline has passed. */
  public boolean passed() {
    return endsAtNanos != Long.MAX_VALUE && System.nanoTime() - endsAtNanos > 0;
  }

  /**
   * Returns quietly while there is time left.
   *
   * @throws Exceeded once the deadline has passed, naming {@code step}
   */
  public void check(String step) {
    if (passed()) {
      throw new Exceeded(step, budget);
    }
  }

  /** A document's work ran past its deadline. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(String step, Duration budget) {
      super(step + " took over the time budget of " + budget.toMillis() + " ms", null, false, false);
    }
  }
}
