package dev.claimcheck.dates;

import java.time.LocalDate;

/**
 * The quarters a document has named, as a report by quarters speaks of them: the one it reports
 * (the latest over that it named), the one it named last, and from them "the quarter", "the
 * latest period", "a year ago" (the same quarter a year before). One per document, held by its
 * {@link DateContext}.
 */
final class ReportQuarters {
  /** The document date, or null: the last quarter completed before it stands in for a report's. */
  private final TimePoint documentDate;
  /**
   * The quarter the report speaks of, as {@code year * 4 + quarter - 1}: the latest over that the
   * document has named ("after a flat second quarter" in a report of the third leaves the third);
   * -1 while none is named.
   */
  private int reported = -1;
  /** The quarter the document named last, in the same form: what "that quarter" points back to. */
  private int named = -1;

  ReportQuarters(TimePoint documentDate) {
    this.documentDate = documentDate;
  }

  /**
   * Notes a quarter told in the past ("reported a decline in fourth-quarter earnings"): it is
   * over, whatever the calendar says, for a company's year need not be the calendar's.
   */
  void sawOver(int year, int quarter) {
    named = year * 4 + quarter - 1;
    reported = Math.max(reported, named);
  }

  /** Notes a quarter met anywhere in the document ({@code 1989-Q3}): what "the quarter" refers to. */
  void saw(String value) {
    if (value != null && value.length() == 7 && value.charAt(4) == '-' && value.charAt(5) == 'Q'
        && value.substring(0, 4).chars().allMatch(Character::isDigit) && value.charAt(6) >= '1'
        && value.charAt(6) <= '4') {
      int year = Integer.parseInt(value.substring(0, 4));
      int quarter = value.charAt(6) - '0';
      if (documentDate != null && documentDate.precision().compareTo(TimePoint.Precision.MONTH) >= 0
          && LocalDate.of(year, quarter * 3, 1).plusMonths(1).isAfter(documentDate.date())) {
        return; // a quarter not yet over ("fourth-quarter results will …") is not the one reported
      }
      sawOver(year, quarter);
    }
  }

  /** Whether the document has named a quarter: a report by quarters. */
  boolean any() {
    return reported >= 0;
  }

  /**
   * The quarter {@code shift} quarters from the one the report speaks of: the latest over it has
   * named, else the last completed before the document date ({@code null} when neither is known).
   */
  String quarter(int shift) {
    return from(reported, shift);
  }

  /**
   * As {@link #quarter(int)}, or only that quarter's year when {@code yearOnly}: a year back from
   * "the nine months" (or "the same period" beside them) is a year, not the quarter.
   */
  String quarterOrYear(int shift, boolean yearOnly) {
    String quarter = quarter(shift);
    return yearOnly && quarter != null ? quarter.substring(0, 4) : quarter;
  }

  /** The quarter the document named last ("results for that quarter"), else as {@link #quarter(int)}. */
  String namedLast() {
    return from(named, 0);
  }

  private String from(int quarterIndex, int shift) {
    int index;
    if (quarterIndex >= 0) {
      index = quarterIndex + shift;
    } else if (documentDate != null && documentDate.precision().compareTo(TimePoint.Precision.MONTH) >= 0) {
      // the last completed quarter before the document date
      index = documentDate.year() * 4 + (documentDate.date().getMonthValue() - 1) / 3 - 1 + shift;
    } else {
      return null;
    }
    return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
  }
}
