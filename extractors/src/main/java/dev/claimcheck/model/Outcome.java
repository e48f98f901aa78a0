package dev.claimcheck.model;

import java.util.function.Function;

/**
 * The result of a step: either a value or a failure record, never both. Steps return outcomes
 * instead of throwing, so that a bad input becomes data and the batch goes on.
 *
 * @param <T> the value's type
 */
public final class Outcome<T> {
  private final T value;
  private final Failure failure;

  private Outcome(T value, Failure failure) {
    this.value = value;
    this.failure = failure;
  }

  /** A successful outcome. */
  public static <T> Outcome<T> ok(T value) {
    if (value == null) {
      throw new IllegalArgumentException("ok outcome needs a value");
    }
    return new Outcome<>(value, null);
  }

  /** A failed outcome. */
  public static <T> Outcome<T> failed(Failure failure) {
    if (failure == null) {
      throw new IllegalArgumentException("failed outcome needs a failure");
    }
    return new Outcome<>(null, failure);
  }

  /** Whether the step produced a value. */
  public boolean isOk() {
    return value != null;
  }

  /** The value; only for an ok outcome. */
  public T value() {
    if (value == null) {
      throw new IllegalStateException("failed outcome has no value: " + failure);
    }
    return value;
  }

  /** The failure; only for a failed outcome. */
  public Failure failure() {
    if (failure == null) {
      throw new IllegalStateException("ok outcome has no failure");
    }
    return failure;
  }

  /** Applies {@code next} to the value, passing a failure through unchanged. */
  public <R> Outcome<R> then(Function<T, Outcome<R>> next) {
    return isOk() ? next.apply(value) : Outcome.failed(failure);
  }

  @Override
  public String toString() {
    return isOk() ? "ok(" + value + ")" : "failed(" + failure + ")";
  }
}
