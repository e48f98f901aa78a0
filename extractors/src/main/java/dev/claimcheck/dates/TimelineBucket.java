package dev.claimcheck.dates;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TemporalExpression;

/**
 * Where a claim stands on the report's timeline: at its primary date (the one its main verb
 * refers to), bucketed by year ({@code 1994}), decade ({@code 1990s}) or century ({@code 1900-1999}:
 * never {@code 1900s}, which is the decade). Thread-safe.
 */
public final class TimelineBucket {
  private TimelineBucket() {}

  /** The bucket of a claim: its first primary date that has one; null when none has. */
  public static String of(Claim claim) {
    for (TemporalExpression t : claim.dates()) {
      String bucket = of(t.value());
      if (t.has(DateFlag.PRIMARY) && bucket != null) {
        return bucket;
      }
    }
    return null;
  }

  /** The bucket of a normalized date: its year, decade or century; null for a value without a year. */
  public static String of(String value) {
    if (value == null || value.length() < 4) {
      return null;
    }
    int digits = 0;
    while (digits < 4 && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 4) {
      return value.substring(0, 4);
    }
    if (digits == 3 && value.charAt(3) == 'X') {
      return value.substring(0, 3) + "0s";
    }
    if (digits == 2 && value.charAt(2) == 'X' && value.charAt(3) == 'X') {
      return value.substring(0, 2) + "00-" + value.substring(0, 2) + "99";
    }
    return null;
  }
}
