package dev.claimcheck.model;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long one document may take on its whole way through a run. Reading, analysis (with
 * linking) and judging each get a third; each step is stopped at the end of its share and the
 * document becomes a {@code timeout} failure record, so no document holds a run for longer than
 * the total. A share is a duration rather than a point in time, so it means the same on every
 * worker of a cluster.
 *
 * @param total the time for the whole path
 */
public record DocumentBudget(Duration total) implements Serializable {
  /** Three minutes: a minute for each step. */
  public static final DocumentBudget DEFAULT = new DocumentBudget(Duration.ofMinutes(3));

  public DocumentBudget {
    if (total == null || total.isNegative() || total.isZero()) {
      throw new IllegalArgumentException("a document budget must be positive");
    }
  }

  /** Reading the document from its input. */
  public Duration reading() {
    return total.dividedBy(3);
  }

  /** Finding its claims and references and linking them. */
  public Duration analysis() {
    return total.dividedBy(3);
  }

  /** Judging its claims, with what its checked sources say. */
  public Duration judging() {
    return total.minus(reading()).minus(analysis());
  }
}
