package dev.claimcheck.read.input;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a document's reading within a time budget, on a shared pool of daemon threads, so that
 * a document that takes too long is given up (its thread interrupted) and the run goes on. A
 * task that took longer than the budget is over it even when it finished before this thread
 * looked.
 * Thread-safe.
 */
public final class TimeBudget {
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "claimcheck-read");
    thread.setDaemon(true);
    return thread;
  });

  private TimeBudget() {}

  /**
   * The task's result, or empty when it ran over {@code budget}.
   *
   * @throws ExecutionException what the task threw
   */
  public static <T> Optional<T> run(Callable<T> task, Duration budget) throws ExecutionException {
    long limit = budget.toNanos();
    long[] took = new long[1];
    Future<T> future = WORKERS.submit(() -> {
      long start = System.nanoTime();
      try {
        return task.call();
      } finally {
        took[0] = System.nanoTime() - start;
      }
    });
    try {
      T result = future.get(limit, TimeUnit.NANOSECONDS);
      // A task that finished while this thread was not looking is still over if it took longer.
      return took[0] > limit ? Optional.empty() : Optional.of(result);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
