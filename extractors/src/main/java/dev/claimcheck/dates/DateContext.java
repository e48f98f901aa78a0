package dev.claimcheck.dates;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the temporal expressions of one document are read against: the document date that
 * relative expressions are resolved against, the order of day and month in numeric dates, and
 * the last absolute date of the current paragraph, which follow-on expressions ("two weeks
 * later") refer to. One per document, used paragraph by paragraph; not thread-safe.
 */
public final class DateContext {
  /** The latest year a text with no document date is taken to be written in. */
  static final int LATEST_UNDATED_YEAR = 2100;
  /** How numeric dates such as {@code 03/04/2021} are read. */
  public enum Order {
    /** Month first (United States usage). */
    MONTH_DAY,
    /** Day first (most other places). */
    DAY_MONTH,
    /** Not known: a numeric date that reads both ways is ambiguous. */
    UNKNOWN
  }

  private final TimePoint documentDate;
  private final String documentDateText;
  private final Order order;
  private TimePoint lastInParagraph;
  /**
   * A date told from the one spoken of ("The following year, he moved"), which the next sentence
   * counts on from ("Two years later"); null when none is waiting, or a date met after it took over.
   */
  private TimePoint toldFromTheStory;
  private TimePoint lastInDocument;
  /**
   * The year the current sentence has written out before ("In 2004", "Last year's"), which a
   * month it names later without one falls in; null at each sentence's start.
   */
  private Integer yearOfSentence;
  /** Where the expression that wrote {@link #yearOfSentence} ends in the text. */
  private int yearOfSentenceEnd;
  /** The last month the current sentence has named ("in February"), or null: what its "a year earlier" compares. */
  private TimePoint monthOfSentence;
  /** The last day the current sentence has named ("said Tuesday"), or null: what a future seen from it counts from. */
  private TimePoint dayOfSentence;
  /** Whether the document has named someone May ("Theresa May's audit"): see {@link BareMonths}. */
  private boolean namesSomeoneMay;
  /** Whether {@link #yearOfSentence} was written out, not told from the document date. */
  private boolean yearOfSentenceWritten;
  /** Whether {@link #yearOfSentence} sets the time the sentence is told from ({@link Scan#framesItsSentence}). */
  private boolean yearOfSentenceFrames;
  /** The quarters a report speaks of. */
  private final ReportQuarters quarters;
  /** What the paragraphs before tell the one now read. */
  private final ParagraphHeadings headings = new ParagraphHeadings();
  /** Each day of a month the document wrote out with its year, by {@code month * 100 + day}. */
  private final Map<Integer, DayWritten> daysWritten = new HashMap<>();
  /** How far back in the text a day written with its year still names the same day written without. */
  private static final int DAY_ECHO_CHARS = 2000;

  /** The year a day of a month was written with, and where the text wrote it. */
  private record DayWritten(int year, int at) {}

  private DateContext(String documentDate, Order order) {
    this.documentDate = TimePoint.parse(documentDate).orElse(null);
    this.documentDateText = this.documentDate == null ? null : this.documentDate.value();
    this.order = order;
    this.quarters = new ReportQuarters(this.documentDate);
  }

  /**
   * A context for a document written at {@code documentDate} (ISO, any precision, or null when
   * unknown) in {@code language} (a BCP 47 tag such as {@code en-US}, or null).
   */
  public static DateContext of(String documentDate, String language) {
    return of(documentDate, language, null);
  }

  /**
   * A context for a document as {@link #of(String, String)}, where a language that does not tell
   * the order of numeric dates leaves it to the dates of {@code text} that read one way only
   * ({@link NumericDateOrder}).
   */
  public static DateContext of(String documentDate, String language, String text) {
    Order order = orderOf(language);
    return new DateContext(documentDate, order == Order.UNKNOWN && text != null ? NumericDateOrder.of(text) : order);
  }

  /** A context with an explicit numeric date order. */
  public static DateContext of(String documentDate, Order order) {
    return new DateContext(documentDate, order);
  }

  /**
   * The order of numeric dates in a language: month first for US English (and the few places
   * that follow it), day first for other regional English and other languages, unknown for
   * English with no region and for no language at all.
   */
  static Order orderOf(String language) {
    if (language == null || language.isBlank()) {
      return Order.UNKNOWN;
    }
    String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
    if (tag.equals("en")) {
      return Order.UNKNOWN;
    }
    if (tag.startsWith("en-us") || tag.startsWith("en-ph") || tag.startsWith("en-fm")) {
      return Order.MONTH_DAY;
    }
    return Order.DAY_MONTH;
  }

  /**
   * Starts a new paragraph: follow-on expressions no longer refer to earlier dates, unless the
   * paragraph before was a date alone ({@link ParagraphHeadings#headsTheNextParagraph}).
   */
  public void newParagraph() {
    if (headings.next()) {
      return;
    }
    lastInParagraph = null;
    toldFromTheStory = null;
  }

  /** What the paragraphs before tell the one now read: a heading over it, its record, its list. */
  public ParagraphHeadings headings() {
    return headings;
  }

  /** Notes that the document names someone May. */
  void sawSomeoneNamedMay() {
    namesSomeoneMay = true;
  }

  /** Whether the document has named someone May so far ("Theresa May's audit", "Brian May said"). */
  boolean namesSomeoneMay() {
    return namesSomeoneMay;
  }

  /**
   * Starts a new sentence: no year written in it yet; a date the last one told from the one
   * spoken of, moving the story on, is now the date spoken of.
   */
  void newSentence() {
    if (toldFromTheStory != null) {
      lastInParagraph = toldFromTheStory;
      lastInDocument = toldFromTheStory;
      toldFromTheStory = null;
    }
    yearOfSentence = null;
    yearOfSentenceWritten = false;
    yearOfSentenceFrames = false;
    monthOfSentence = null;
    dayOfSentence = null;
  }

  /**
   * Notes a year the current sentence writes out, or a date whose year it writes ("June 5,
   * 2004"), in an expression ending at {@code end}; {@code written} false for one told from the
   * document date ("Last year's harvest"); {@code frames} when it sets the time the sentence is
   * told from ("In 1990, he said …"), not an aside's ("the company, founded in 1990, said …").
   */
  void sawYearInSentence(int year, int end, boolean written, boolean frames) {
    yearOfSentence = year;
    yearOfSentenceEnd = end;
    yearOfSentenceWritten = written;
    yearOfSentenceFrames = written && frames;
  }

  /** The year the current sentence has written out so far ({@link #sawYearInSentence}), or null. */
  Integer yearOfSentence() {
    return yearOfSentence;
  }

  /**
   * The date the current sentence wrote out before {@code at} to set the time it is told from (the
   * paragraph's last date, when its year is that one): what a future seen from the past counts
   * from ("In 1990 he said he would retire next year"); null when the sentence wrote none, or the
   * last date was told from the document's ("up from last year") or is an aside's.
   */
  TimePoint dateWrittenBefore(int at) {
    return dateWrittenBefore(at, true);
  }

  /**
   * As {@link #dateWrittenBefore(int)}; with {@code framing} false, any date the sentence wrote out
   * before {@code at}, the caller to judge whether it is an aside's.
   */
  TimePoint dateWrittenBefore(int at, boolean framing) {
    boolean written = framing ? yearOfSentenceFrames : yearOfSentenceWritten;
    return written && yearOfSentenceEnd <= at && lastInParagraph != null
        && lastInParagraph.year() == yearOfSentence ? lastInParagraph : null;
  }

  /** Where the expression that wrote {@link #yearOfSentence()} ends in the text. */
  int yearOfSentenceEnd() {
    return yearOfSentenceEnd;
  }

  /**
   * Notes a date told from the one spoken of ("the following year", "two years later"): when it
   * moves the story on, the sentences after it count on from it; the rest of its own sentence
   * still from the one before ("ready by March the following year and gone in the spring of the
   * following year"). A step back ("a year earlier") compares and moves nothing.
   */
  void sawToldFromTheStory(TimePoint point) {
    if (lastInParagraph == null || point.date().isAfter(lastInParagraph.date())) {
      toldFromTheStory = point;
    }
  }

  /** Notes a day the document wrote out with its year ("July 5, 1997"). */
  void sawDayWritten(TimePoint day, int at) {
    daysWritten.put(day.date().getMonthValue() * 100 + day.date().getDayOfMonth(), new DayWritten(day.year(), at));
  }

  /**
   * The year the document last wrote with this day of this month, a little before {@code at}
   * ("On July 5, 1997, …" before "the events of July 5-6"), or null: the same day named again
   * without it is that one, unless the paragraph has named a date of another year.
   */
  Integer yearOfDayWritten(int month, int day, int at) {
    DayWritten written = daysWritten.get(month * 100 + day);
    if (written == null || at - written.at() > DAY_ECHO_CHARS) {
      return null;
    }
    // a paragraph that wrote a date of another year speaks of that year ("May 1918: left
    // Division, arriving by 22 June" after another record's "22 June 1916")
    return lastInParagraph == null || lastInParagraph.year() == written.year() ? written.year() : null;
  }

  /** Notes an absolute date met in the current paragraph. */
  void saw(TimePoint point) {
    toldFromTheStory = null;
    lastInParagraph = point;
    lastInDocument = point;
    monthOfSentence = point.precision() == TimePoint.Precision.MONTH ? point : monthOfSentence;
    dayOfSentence = point.precision() == TimePoint.Precision.DAY ? point : dayOfSentence;
  }

  /**
   * The last day the current sentence has named so far ("Officials said Tuesday that the vote
   * would be held Thursday"), or null: a day still to come then counts on from it.
   */
  TimePoint dayOfSentence() {
    return dayOfSentence;
  }

  /**
   * The last month the current sentence has named so far ("Unemployment stood at 7.9% in
   * February, down from 8.1% a year earlier"), or null: a year back from it is that month's, not
   * the quarter a report speaks of.
   */
  TimePoint monthOfSentence() {
    return monthOfSentence;
  }

  /** The quarters the document has named, which "the quarter", "a year ago" in a report are read against. */
  ReportQuarters quarters() {
    return quarters;
  }

  /**
   * A year back from what a report's sentence speaks of ("a year earlier", "the same period last
   * year", "year-ago"): the month it named before ("exports in February rose from a year
   * earlier"), else as {@link ReportQuarters#quarterOrYear} a year back; of a stretch of months
   * in a text that named no quarter, the year before the one the sentence speaks of ("the first two
   * months of this year, up from the same period last year" told in March).
   */
  String yearBack(boolean ofMonths) {
    if (!ofMonths && monthOfSentence != null) {
      return monthOfSentence.plus(-1, ChronoUnit.YEARS, TimePoint.Precision.MONTH).value();
    }
    if (ofMonths && !quarters.any()) {
      Integer year = yearOfSentence != null ? yearOfSentence : documentDate == null ? null : documentDate.year();
      return year == null ? null : String.valueOf(year - 1);
    }
    return quarters.quarterOrYear(-4, ofMonths);
  }

  /**
   * The day the current paragraph is told from: the day of a date-alone paragraph over it
   * ({@link ParagraphHeadings#headsTheNextParagraph}), else the document date, else null.
   */
  TimePoint documentDate() {
    TimePoint headingDay = headings.day();
    return headingDay != null ? headingDay : documentDate;
  }

  /** The day the current paragraph is told from ({@link #documentDate()}) as given to relative values, or null. */
  String documentDateText() {
    TimePoint headingDay = headings.day();
    return headingDay != null ? headingDay.value() : documentDateText;
  }

  /**
   * What a month or day named without a year is read against: the document date, whose tense
   * then says which year (as news is dated), else the paragraph's last date.
   */
  TimePoint yearless() {
    TimePoint toldFrom = documentDate();
    return toldFrom != null ? toldFrom : lastInParagraph;
  }

  /** The last absolute date of the current paragraph, or null. */
  TimePoint paragraphDate() {
    return lastInParagraph;
  }

  /** What a follow-on expression refers to: the paragraph's last date, else the document date. */
  TimePoint reference() {
    return lastInParagraph != null ? lastInParagraph : documentDate();
  }

  /**
   * What a period "the text speaks of" is read against in a clause told in the future ("the end
   * of the year", "the spring"), given {@code spokenOf}, what it is read against otherwise: a
   * date framing the sentence before {@code at} ("In 1995 the band said it would tour in the
   * spring"); else the document date when {@code spokenOf} lies in an earlier year, for a future
   * cannot be in a year gone by ("The firm, founded in 2005, expects to hire by the end of the
   * year"; "Records began in 1850. The trial will begin in the spring").
   */
  TimePoint ahead(TimePoint spokenOf, int at) {
    TimePoint then = dateWrittenBefore(at);
    if (then != null) {
      return then;
    }
    TimePoint toldFrom = documentDate();
    return toldFrom != null && spokenOf != null && spokenOf.year() < toldFrom.year() ? toldFrom : spokenOf;
  }

  /**
   * The day a time of day is on ("at 3 p.m.", "by mid-afternoon"): the paragraph's last date if
   * it is a day, else the document date if it is one, else null.
   */
  TimePoint day() {
    if (lastInParagraph != null && lastInParagraph.precision() == TimePoint.Precision.DAY) {
      return lastInParagraph;
    }
    TimePoint toldFrom = documentDate();
    return toldFrom != null && toldFrom.precision() == TimePoint.Precision.DAY ? toldFrom : null;
  }

  /**
   * What a word that points back or on ("the following month", "three days later") refers to:
   * the paragraph's last date, else the document's last, else the document date.
   */
  TimePoint followOn() {
    return lastInParagraph != null ? lastInParagraph : lastInDocument != null ? lastInDocument : documentDate();
  }

  /** The order of numeric dates. */
  Order order() {
    return order;
  }
}
