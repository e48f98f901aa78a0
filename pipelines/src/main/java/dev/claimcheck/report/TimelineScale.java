package dev.claimcheck.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's timeline made compact: the claims' buckets ({@code dates.TimelineBucket}: a year
 * {@code 1994}, a decade {@code 1990s}, a century {@code 1900-1999}) gathered into years when the
 * dated claims span a few decades at most, into decades when they span a few centuries, and into
 * centuries beyond, so that the timeline stays a screen high however wide the range. A bucket
 * coarser than the scale keeps its own row, sorted before the finer rows it covers. Immutable.
 */
final class TimelineScale {
  /** Rows the timeline aims at, at most: the widest span shown year by year or decade by decade. */
  static final int ROWS = 40;

  private final int unit;

  private TimelineScale(int unit) {
    this.unit = unit;
  }

  /** The scale for the buckets of {@code timeline}. */
  static TimelineScale of(Iterable<String> buckets) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (String b : buckets) {
      first = Math.min(first, start(b));
      last = Math.max(last, start(b) + width(b) - 1);
    }
    int span = last < first ? 0 : last - first + 1;
    return new TimelineScale(span <= ROWS ? 1 : span <= ROWS * 10 ? 10 : 100);
  }

  /** The row that {@code bucket} is counted in. */
  String rowOf(String bucket) {
    int width = width(bucket);
    if (width >= unit) {
      return bucket;
    }
    int start = start(bucket) / unit * unit;
    return unit == 10 ? year(start) + "s" : year(start) + "-" + year(start + 99);
  }

  /** The counts of {@code timeline} per row, rows sorted by start and the wider first. */
  Map<String, Map<String, Long>> rows(Map<String, Map<String, Long>> timeline) {
    Map<String, Map<String, Long>> rows = new TreeMap<>(ORDER);
    timeline.forEach((bucket, counts) -> {
      Map<String, Long> row = rows.computeIfAbsent(rowOf(bucket), k -> new LinkedHashMap<>());
      counts.forEach((status, n) -> row.merge(status, n, Long::sum));
    });
    return rows;
  }

  /** Rows by their first year, then the wider first. */
  static final Comparator<String> ORDER = Comparator.comparingInt(TimelineScale::start)
      .thenComparing(Comparator.comparingInt(TimelineScale::width).reversed()).thenComparing(b -> b);

  /** A year as the buckets write it, in four digits. */
  private static String year(int year) {
    return String.format(java.util.Locale.ROOT, "%04d", year);
  }

  /** The first year of a bucket. */
  static int start(String bucket) {
    return Integer.parseInt(bucket.substring(0, 4));
  }

  /** How many years a bucket covers. */
  static int width(String bucket) {
    return bucket.endsWith("s") ? 10 : bucket.length() > 4 ? 100 : 1;
  }
}
