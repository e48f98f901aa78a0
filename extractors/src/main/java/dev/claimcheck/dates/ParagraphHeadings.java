package dev.claimcheck.dates;

import java.time.LocalDate;

/**
 * What the paragraphs before tell the one now read: a paragraph that was a date alone, a heading
 * whose date the next one goes on from; the record whose date field the fields after it share;
 * the list with a year in its heading that the paragraph is an item of. One per document, held
 * by its {@link DateContext}, told of each paragraph as it is read.
 */
public final class ParagraphHeadings {
  /** Whether the paragraph just read was a date alone, which the next paragraph goes on from. */
  private boolean heading;
  /** Whether the heading just read is a record's field ("Date: Sunday, September 15, 2019"). */
  private boolean headingIsAField;
  /** Whether the current paragraph goes on from a record's field that named its date. */
  private boolean inARecord;
  /**
   * The day of a date-alone paragraph over the current one (a post's, a diary's entry's day):
   * what the paragraph's "today" and "last year" are told from.
   */
  private TimePoint headingDay;
  /** The day a date-alone paragraph just read holds, which the next one is told from; or null. */
  private TimePoint nextHeadingDay;
  /**
   * The year a heading that ends in a colon wrote ("Gigantour 2006 tour dates:"), which the days
   * beginning the paragraphs listed under it fall in; null when no such list goes on.
   */
  private Integer listYear;
  /** Where the current paragraph's first letter or digit is: where a listed day begins. */
  private int paragraphStart = -1;

  ParagraphHeadings() {}

  /** Starts a new paragraph: whether it goes on from the one before, a heading. */
  boolean next() {
    headingDay = nextHeadingDay;
    nextHeadingDay = null;
    inARecord = heading && headingIsAField;
    boolean goesOn = heading;
    heading = false;
    return goesOn;
  }

  /** The day the heading over the current paragraph holds, which it is told from; or null. */
  TimePoint day() {
    return headingDay;
  }

  /**
   * Notes that the paragraph just read is a date and nothing else, a heading: its date is the
   * next paragraph's date spoken of ("Wednesday, September 4, 2019" over "1:00 p.m."); and
   * {@code day}, when the heading holds one day and not a range of them, is the day that
   * paragraph is told from ("10 Nov 2018" over "Great news today"), as a blog's, a diary's or a
   * live report's entries are. {@code field} when a label comes before the date, as in a
   * record's field ("Date: Sunday, September 15, 2019"): the record's other fields share it
   * ({@link #goesOnInTheRecord}).
   */
  public void headsTheNextParagraph(LocalDate day, boolean field) {
    heading = true;
    headingIsAField = field;
    nextHeadingDay = day == null ? null : new TimePoint(day, TimePoint.Precision.DAY);
  }

  /**
   * Notes that the paragraph just read is a field that names no date ("Location: Tudor Hall"
   * between "Date: Sunday, September 15, 2019" and "Time: 2:00 pm"): when it follows a field
   * that named one, the next paragraph goes on from that date too, as the record's other fields
   * do.
   */
  public void goesOnInTheRecord() {
    if (inARecord) {
      heading = true;
      headingIsAField = true;
      nextHeadingDay = headingDay;
    }
  }

  /**
   * Notes where the paragraph now read begins (its first letter or digit), where a day listed
   * under a heading with a year stands ({@link #headsAList}).
   */
  public void paragraphBeginsAt(int at) {
    paragraphStart = at;
  }

  /**
   * Notes that the paragraph just read ends in a colon after writing {@code year}
   * ("Gigantour 2006 tour dates:", "Key dates in 2021:"): the paragraphs listed under it that
   * begin with a day or month without a year fall in that year, until one begins otherwise.
   */
  public void headsAList(int year) {
    listYear = year;
  }

  /** Ends a list under a heading ({@link #headsAList}): the paragraph just read is no item of it. */
  public void endsTheList() {
    listYear = null;
  }

  /** Whether a list under a heading with a year goes on ({@link #headsAList}). */
  public boolean inAList() {
    return listYear != null;
  }

  /**
   * The year of the list the current paragraph is an item of, for an expression beginning at
   * {@code at}, when it begins the paragraph ({@link #headsAList}); else null.
   */
  Integer listYearAt(int at) {
    return at == paragraphStart ? listYear : null;
  }
}
