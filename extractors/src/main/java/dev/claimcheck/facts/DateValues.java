package dev.claimcheck.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two normalized dates can state the same event: they agree on every part both give
 * ({@code 1984} and {@code 1984-05} agree; {@code 1984} and {@code 1986} do not), a decade
 * ({@code 198X}) agrees with its years, and an approximate date agrees with the years within
 * {@link #APPROXIMATE_YEARS} of it. Thread-safe.
 */
public final class DateValues {
  /** How far from an approximate year ("about 1984", "c. 1984") another year may be. */
  public static final int APPROXIMATE_YEARS = 2;
  private static final Pattern DATE = Pattern.compile("(\\d{3})([\\dX])(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private DateValues() {}

  /** Whether a value is a date this can compare: a year, a month, a day or a decade. */
  public static boolean comparable(String value) {
    return value != null && DATE.matcher(value).matches();
  }

  /** Whether two dates agree, each maybe approximate. */
  public static boolean agree(String a, boolean approximateA, String b, boolean approximateB) {
    Matcher x = DATE.matcher(a);
    Matcher y = DATE.matcher(b);
    if (!x.matches() || !y.matches()) {
      return true; // nothing to compare: no disagreement shown
    }
    if (!x.group(1).equals(y.group(1))) {
      return approximateA || approximateB ? closeYears(x, y) : false;
    }
    if (x.group(2).equals("X") || y.group(2).equals("X")) {
      return true;
    }
    if (!x.group(2).equals(y.group(2))) {
      return (approximateA || approximateB) && closeYears(x, y);
    }
    if (approximateA || approximateB) {
      return true;
    }
    return same(x.group(3), y.group(3)) && same(x.group(4), y.group(4));
  }

  private static boolean closeYears(Matcher x, Matcher y) {
    if (x.group(2).equals("X") || y.group(2).equals("X")) {
      return false;
    }
    int a = Integer.parseInt(x.group(1) + x.group(2));
    int b = Integer.parseInt(y.group(1) + y.group(2));
    return Math.abs(a - b) <= APPROXIMATE_YEARS;
  }

  private static boolean same(String a, String b) {
    return a == null || b == null || a.equals(b);
  }
}
