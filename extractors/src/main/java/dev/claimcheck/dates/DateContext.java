package dev.claimcheck.dates;

import java.util.Locale;

/**
 * What the temporal expressions of one document are read against: the document date that
 * relative expressions are resolved against, the order of day and month in numeric dates, and
 * the last absolute date of the current paragraph, which follow-on expressions ("two weeks
 * later") refer to. One per document, used paragraph by paragraph; not thread-safe.
 */
public final class DateContext {
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

  private DateContext(String documentDate, Order order) {
    this.documentDate = TimePoint.parse(documentDate).orElse(null);
    this.documentDateText = this.documentDate == null ? null : this.documentDate.value();
    this.order = order;
  }

  /**
   * A context for a document written at {@code documentDate} (ISO, any precision, or null when
   * unknown) in {@code language} (a BCP 47 tag such as {@code en-US}, or null).
   */
  public static DateContext of(String documentDate, String language) {
    return new DateContext(documentDate, orderOf(language));
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

  /** Starts a new paragraph: follow-on expressions no longer refer to earlier dates. */
  public void newParagraph() {
    lastInParagraph = null;
  }

  /** Notes an absolute date met in the current paragraph. */
  void saw(TimePoint point) {
    lastInParagraph = point;
  }

  /** The document date, or null. */
  TimePoint documentDate() {
    return documentDate;
  }

  /** The document date as given to relative values, or null. */
  String documentDateText() {
    return documentDateText;
  }

  /** What a follow-on expression refers to: the paragraph's last date, else the document date. */
  TimePoint reference() {
    return lastInParagraph != null ? lastInParagraph : documentDate;
  }

  /** The order of numeric dates. */
  Order order() {
    return order;
  }
}
