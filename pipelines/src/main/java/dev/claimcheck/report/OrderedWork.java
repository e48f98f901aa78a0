package dev.claimcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A list's items turned into results on several threads and handed back in the list's order, a
 * bounded number of them ahead of the reader: the writers format records on every core while
 * they write in one fixed order, holding only the window in memory. Closing stops the threads.
 * Not thread-safe (one reader).
 *
 * @param <I> the items
 * @param <R> the results
 */
final class OrderedWork<I, R> implements Iterable<R>, AutoCloseable {
  /** Work that may fail on one item, which ends the whole. */
  interface Step<I, R> {
    R apply(I item) throws IOException;
  }

  private final ExecutorService pool;
  private final Iterator<I> items;
  private final Step<I, R> step;
  private final int window;
  private final Deque<Future<R>> pending = new ArrayDeque<>();

  /** Works on {@code items} with {@code threads} threads, {@code window} results ahead at most. */
  OrderedWork(List<I> items, Step<I, R> step, int threads, int window) {
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "claimcheck-format");
      t.setDaemon(true);
      return t;
    });
    this.items = items.iterator();
    this.step = step;
    this.window = Math.max(1, window);
  }

  /** Works with one thread per core. */
  static <I, R> OrderedWork<I, R> onEveryCore(List<I> items, Step<I, R> step) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new OrderedWork<>(items, step, cores, 8 * cores);
  }

  private void fill() {
    while (pending.size() < window && items.hasNext()) {
      I item = items.next();
      pending.add(pool.submit(() -> step.apply(item)));
    }
  }

  @Override
  public Iterator<R> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        fill();
        return !pending.isEmpty();
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          return pending.poll().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while formatting the outputs", e);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException io) {
            throw new UncheckedIOException(io);
          }
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    };
  }

  @Override
  public void close() {
    pending.forEach(f -> f.cancel(true));
    pool.shutdownNow();
  }
}
