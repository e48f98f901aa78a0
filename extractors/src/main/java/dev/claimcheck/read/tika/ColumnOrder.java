package dev.claimcheck.read.tika;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * The reading order of a PDF page set in two columns whose lines were drawn row by row across
 * both columns. The page's glyphs, in the order they were drawn, are joined into runs (one
 * baseline, left to right, no gap wider than a space); the gutter is the vertical band near
 * the middle that the fewest runs cross. A page is re-read when both columns hold prose (runs
 * about as wide as their column, so a table's cells do not count) and the drawn order jumps
 * from the right column back to a lower line of the left one for most of its lines. It is then
 * cut into bands from top to bottom: runs crossing the gutter (a title, an abstract, a wide
 * figure) make a band read whole, and between them the left column is read before the right.
 */
final class ColumnOrder {
  /** Fewer runs than this make no page worth re-reading. */
  private static final int MIN_RUNS = 20;
  /** Each column holds at least this share of the page's characters. */
  private static final double MIN_COLUMN_SHARE = 0.2;
  /** A column's typical run is at least this share of the column's width: prose, not cells. */
  private static final double MIN_RUN_WIDTH = 0.6;
  /** The drawn order goes back from the right column to the left for this share of its lines. */
  private static final double MIN_JUMPS = 0.5;

  private ColumnOrder() {}

  /** One drawn run of glyphs on a baseline: glyphs {@code from} (inclusive) to {@code to}. */
  record Run(int from, int to, float left, float right, float top, float height) {
    float width() {
      return right - left;
    }
  }

  /**
   * The page's glyphs regrouped in reading order, one list per region to be read top to
   * bottom, or null when the page is to be read in the order it was drawn.
   */
  static List<List<TextPosition>> regions(List<TextPosition> glyphs, float pageWidth) {
    List<Run> runs = runs(glyphs);
    if (runs.size() < MIN_RUNS) {
      return null;
    }
    float gutter = gutter(runs, pageWidth);
    if (Float.isNaN(gutter) || !interleaved(runs, gutter)) {
      return null;
    }
    List<Run> byTop = new ArrayList<>(runs);
    byTop.sort(Comparator.comparingDouble(Run::top).thenComparingDouble(Run::left));
    List<List<TextPosition>> regions = new ArrayList<>();
    List<Run> left = new ArrayList<>();
    List<Run> right = new ArrayList<>();
    List<Run> across = new ArrayList<>();
    for (Run run : byTop) {
      boolean crosses = run.left() < gutter && run.right() > gutter;
      if (crosses && (!left.isEmpty() || !right.isEmpty())) {
        flush(glyphs, regions, left, right);
      } else if (!crosses && !across.isEmpty()) {
        flush(glyphs, regions, across);
      }
      (crosses ? across : run.right() <= gutter ? left : right).add(run);
    }
    flush(glyphs, regions, across);
    flush(glyphs, regions, left, right);
    return regions;
  }

  @SafeVarargs
  private static void flush(List<TextPosition> glyphs, List<List<TextPosition>> regions, List<Run>... bands) {
    for (List<Run> band : bands) {
      if (!band.isEmpty()) {
        List<TextPosition> region = new ArrayList<>();
        for (Run run : band) {
          region.addAll(glyphs.subList(run.from(), run.to()));
        }
        regions.add(region);
        band.clear();
      }
    }
  }

  /** The glyphs joined into runs in the order they were drawn. */
  static List<Run> runs(List<TextPosition> glyphs) {
    List<Run> runs = new ArrayList<>();
    int from = 0;
    float left = 0;
    float right = 0;
    float top = 0;
    float height = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      TextPosition g = glyphs.get(i);
      float x = g.getXDirAdj();
      float y = g.getYDirAdj();
      float size = Math.max(1f, g.getFontSizeInPt());
      boolean goesOn = i > from && Math.abs(y - top) < 0.5f * Math.max(height, 1f)
          && x >= right - 0.5f * size && x - right < size;
      if (!goesOn) {
        if (i > from) {
          runs.add(new Run(from, i, left, right, top, height));
        }
        from = i;
        left = x;
        right = x;
        top = y;
        height = g.getHeightDir();
      }
      right = Math.max(right, x + g.getWidthDirAdj());
    }
    if (glyphs.size() > from) {
      runs.add(new Run(from, glyphs.size(), left, right, top, height));
    }
    return runs;
  }

  /**
   * The x of the gutter: in the middle third of the page, the middle of the widest stretch
   * crossed by the fewest characters; NaN when either side holds too little of the page.
   */
  static float gutter(List<Run> runs, float pageWidth) {
    int from = (int) (pageWidth * 0.3);
    int to = (int) (pageWidth * 0.7);
    if (to <= from) {
      return Float.NaN;
    }
    int[] crossing = new int[to - from + 1];
    for (Run run : runs) {
      int a = Math.max(from, (int) Math.ceil(run.left()));
      int b = Math.min(to, (int) Math.floor(run.right()));
      for (int x = a; x <= b; x++) {
        crossing[x - from] += run.to() - run.from();
      }
    }
    int least = Integer.MAX_VALUE;
    for (int c : crossing) {
      least = Math.min(least, c);
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int x = 0; x < crossing.length; ) {
      if (crossing[x] != least) {
        x++;
        continue;
      }
      int start = x;
      while (x < crossing.length && crossing[x] == least) {
        x++;
      }
      if (x - start > bestLength) {
        bestStart = start;
        bestLength = x - start;
      }
    }
    float gutter = from + bestStart + bestLength / 2f;
    long leftChars = 0;
    long rightChars = 0;
    long all = 0;
    for (Run run : runs) {
      int n = run.to() - run.from();
      all += n;
      if (run.right() <= gutter) {
        leftChars += n;
      } else if (run.left() >= gutter) {
        rightChars += n;
      }
    }
    return leftChars < MIN_COLUMN_SHARE * all || rightChars < MIN_COLUMN_SHARE * all ? Float.NaN : gutter;
  }

  /**
   * Whether both sides of the gutter hold prose and the drawn order jumps back from the right
   * column to a lower line of the left one for most lines.
   */
  static boolean interleaved(List<Run> runs, float gutter) {
    List<Run> left = new ArrayList<>();
    List<Run> right = new ArrayList<>();
    for (Run run : runs) {
      if (run.right() <= gutter) {
        left.add(run);
      } else if (run.left() >= gutter) {
        right.add(run);
      }
    }
    if (!prose(left, gutter - minLeft(left)) || !prose(right, maxRight(right) - gutter)) {
      return false;
    }
    int jumps = 0;
    Run previous = null;
    for (Run run : runs) {
      if (previous != null && previous.left() >= gutter && run.right() <= gutter && run.top() > previous.top() - 1) {
        jumps++;
      }
      previous = run;
    }
    return jumps >= MIN_JUMPS * Math.min(left.size(), right.size());
  }

  /** Whether a column's median run spans most of its width. */
  private static boolean prose(List<Run> column, float width) {
    if (column.isEmpty() || width <= 0) {
      return false;
    }
    float[] widths = new float[column.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = column.get(i).width();
    }
    java.util.Arrays.sort(widths);
    return widths[widths.length / 2] >= MIN_RUN_WIDTH * width;
  }

  private static float minLeft(List<Run> runs) {
    float min = Float.MAX_VALUE;
    for (Run run : runs) {
      min = Math.min(min, run.left());
    }
    return min;
  }

  private static float maxRight(List<Run> runs) {
    float max = 0;
    for (Run run : runs) {
      max = Math.max(max, run.right());
    }
    return max;
  }
}
