package dev.claimcheck.dates.eval;

import dev.claimcheck.model.Span;
import dev.claimcheck.text.SentenceSplitter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a temporal tagger against annotated documents, the same way for every tagger. Values
 * are compared after writing each in one canonical form, so that equal values written
 * differently by different taggers count as equal: {@code 199X} and {@code 199} (the 1990s),
 * {@code 18XX} and {@code 18} (the 19th century), {@code P1DE} and {@code P10Y}.
 */
public final class TimexScorer {
  /** A tagger under evaluation: the expressions of one document. */
  @FunctionalInterface
  public interface Tagger {
    List<Timex> tag(AnnotatedDocument document);
  }

  private static final Pattern UNDERSPECIFIED = Pattern.compile("(?<!\\d)(\\d+)X+");
  private static final Pattern DECADES = Pattern.compile("P(\\d+)(DE|CE|ML)");
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");

  private TimexScorer() {}

  /** The scores of {@code tagger} on {@code documents}, timing the tagging alone. */
  public static Scores score(List<AnnotatedDocument> documents, Tagger tagger) {
    Scores total = new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (AnnotatedDocument d : documents) {
      long start = System.nanoTime();
      List<Timex> predicted = tagger.tag(d);
      long nanos = System.nanoTime() - start;
      total = total.plus(compare(d.gold(), predicted, sentences(d), nanos));
    }
    return total;
  }

  /** The counts of one document. */
  static Scores compare(List<Timex> gold, List<Timex> predicted, int sentences, long nanos) {
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    int impossible = 0;
    for (Timex p : predicted) {
      if (impossible(p.value())) {
        impossible++;
      }
      Timex exact = null;
      boolean overlap = false;
      for (Timex g : gold) {
        if (g.start() == p.start() && g.end() == p.end()) {
          exact = g;
        }
        overlap |= g.overlaps(p);
      }
      if (overlap) {
        relaxed++;
      }
      if (exact != null) {
        strict++;
        if (exact.type() != null && exact.type().equals(p.type())) {
          type++;
        }
        if (canonical(exact.value()).equals(canonical(p.value()))) {
          value++;
        }
      }
    }
    return new Scores(gold.size(), predicted.size(), strict, relaxed, type, value, impossible,
        sentences, nanos);
  }

  /** The canonical form of a TIMEX3 value, "" for none. */
  static String canonical(String value) {
    if (value == null) {
      return "";
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    Matcher m = UNDERSPECIFIED.matcher(v);
    if (m.matches()) {
      return m.group(1);
    }
    m = DECADES.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      long years = n * (m.group(2).equals("DE") ? 10 : m.group(2).equals("CE") ? 100 : 1000);
      return "P" + years + "Y";
    }
    return v;
  }

  /** Whether a value names a calendar day that does not exist ({@code 2015-02-29}). */
  static boolean impossible(String value) {
    if (value == null) {
      return false;
    }
    Matcher m = CALENDAR.matcher(value);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return false;
    } catch (DateTimeException e) {
      return true;
    }
  }

  /** Sentences of a document, as claimcheck splits them. */
  static int sentences(AnnotatedDocument d) {
    String text = d.text();
    int count = 0;
    int at = 0;
    for (String p : d.paragraphs()) {
      count += SentenceSplitter.split(text, new Span(d.id(), at, at + p.length()), List.of()).size();
      at += p.length() + 2;
    }
    return count;
  }
}
