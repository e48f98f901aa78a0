package dev.claimcheck.analysis;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A document's inline marks by position, so that the marks inside each block are found in
 * time proportional to their number rather than to all the document's marks. Not thread-safe:
 * one index serves one analysis.
 */
final class MarkIndex {
  private final Document document;
  private final List<InlineMark> marks;
  private Set<String> parenthesized;
  private final Integer[] byStart;
  private final int[] starts;

  MarkIndex(Document document) {
    this.document = document;
    this.marks = document.marks();
    this.byStart = new Integer[marks.size()];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = i;
    }
    Arrays.sort(byStart, Comparator.comparingInt(i -> this.marks.get(i).span().start()));
    this.starts = new int[byStart.length];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = marks.get(byStart[i]).span().start();
    }
  }

  /** Whether numbers in parentheses labelled so cite an entry of the document's numbered list. */
  boolean parenthesizedCites(String label) {
    if (parenthesized == null) {
      // Worked out once, and only for a document that writes numbers in parentheses at all.
      parenthesized = NumberedList.parenthesizedLabels(document);
    }
    return parenthesized.contains(label);
  }

  /** The marks lying within {@code span}, in the document's order. */
  List<InlineMark> within(Span span) {
    int from = firstAtOrAfter(span.start());
    List<Integer> found = new ArrayList<>();
    for (int i = from; i < starts.length && starts[i] < span.end(); i++) {
      if (marks.get(byStart[i]).span().within(span)) {
        found.add(byStart[i]);
      }
    }
    found.sort(null);
    List<InlineMark> out = new ArrayList<>(found.size());
    found.forEach(i -> out.add(marks.get(i)));
    return out;
  }

  private int firstAtOrAfter(int position) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
