package dev.claimcheck.facts;

import java.math.BigDecimal;

/**
 * Whether two counts can be the same figure: they agree within the rounding of the rounder one
 * (3,000 is 3000 to the nearest 500, so it agrees with 3,100 but not with 3,600), and a count
 * given as approximate ("about 3,000") agrees with any within {@link #APPROXIMATE_SHARE} of it
 * besides. Thread-safe.
 */
public final class QuantityValues {
  /** How far, as a share of the larger, an approximate count may lie from another. */
  public static final double APPROXIMATE_SHARE = 0.1;

  private QuantityValues() {}

  /** Whether two plain values ({@link QuantityFacts}), each maybe approximate, agree. */
  public static boolean agree(String a, boolean approximateA, String b, boolean approximateB) {
    double x;
    double y;
    try {
      x = Double.parseDouble(a);
      y = Double.parseDouble(b);
    } catch (NumberFormatException e) {
      return true; // nothing to compare: no disagreement shown
    }
    double difference = Math.abs(x - y);
    if (difference <= Math.max(rounding(a), rounding(b)) + 1e-9 * Math.max(Math.abs(x), Math.abs(y))) {
      return true;
    }
    return (approximateA || approximateB) && difference <= APPROXIMATE_SHARE * Math.max(Math.abs(x), Math.abs(y));
  }

  /** Half the unit of a plain value's last significant digit: 3000 → 500, 3100 → 50, 41.3 → 0.05. */
  static double rounding(String plain) {
    BigDecimal d = new BigDecimal(plain);
    return 0.5 * Math.pow(10, -d.stripTrailingZeros().scale());
  }
}
