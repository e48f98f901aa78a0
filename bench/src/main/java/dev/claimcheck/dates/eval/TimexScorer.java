package dev.claimcheck.dates.eval;

import dev.claimcheck.model.Span;
import dev.claimcheck.text.SentenceSplitter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a temporal tagger against annotated documents, the same way for every tagger. Values
 * are compared after writing each in one canonical form, so that equal values written
 * differently by different taggers count as equal: {@code 199X} and {@code 199} (the 1990s),
 * {@code 18XX} and {@code 18} (the 19th century), {@code P1DE} and {@code P10Y}, {@code P2L} (TimeML's
 * millennia) and {@code P2000Y}, {@code 1998-W5}
 * and {@code 1998-W05} (a week's number without and with the leading zero ISO 8601 writes).
 */
public final class TimexScorer {
  /** A tagger under evaluation: the expressions of one document. */
  @FunctionalInterface
  public interface Tagger {
    List<Timex> tag(AnnotatedDocument document);
  }

  private static final Pattern UNDERSPECIFIED = Pattern.compile("(?<!\\d)(\\d+)X+");
  private static final Pattern DECADES = Pattern.compile("P(\\d+)(DE|CE|ML|L)");
  /** A week of a year, its number written with or without a leading zero ({@code 1998-W5}, {@code 1998-W05}). */
  private static final Pattern WEEK = Pattern.compile("(\\d{4}-W)(\\d)(?!\\d)(.*)");
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");

  private TimexScorer() {}

  /**
   * One difference between a tagger and the gold: a gold expression found by nothing
   * ({@code missed}), a prediction overlapping no gold expression ({@code spurious}), or a
   * match with another span ({@code span}), value ({@code value}) or type ({@code type}).
   */
  public record Miss(String kind, String document, String text, String goldType, String goldValue,
      String foundText, String foundType, String foundValue, String context) {}

  /** The scores of {@code tagger} on {@code documents}, timing the tagging alone. */
  public static Scores score(List<AnnotatedDocument> documents, Tagger tagger) {
    return score(documents, tagger, null);
  }

  /** The scores, each difference from the gold handed to {@code misses} when it is not null. */
  public static Scores score(List<AnnotatedDocument> documents, Tagger tagger, Consumer<Miss> misses) {
    Scores total = new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (AnnotatedDocument d : documents) {
      long start = System.nanoTime();
      List<Timex> predicted = tagger.tag(d);
      long nanos = System.nanoTime() - start;
      total = total.plus(compare(d, predicted, sentences(d), nanos, misses));
    }
    return total;
  }

  /**
   * The counts of one document. Each prediction is paired with the unpaired gold expression it
   * overlaps most (TempEval-3's relaxed match, one to one); value and type are compared on pairs.
   */
  private static Scores compare(AnnotatedDocument d, List<Timex> predicted, int sentences, long nanos,
      Consumer<Miss> misses) {
    List<Timex> gold = d.gold();
    boolean[] paired = new boolean[gold.size()];
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    int impossible = 0;
    String text = misses == null ? null : d.text();
    for (Timex p : predicted) {
      if (impossible(p.value())) {
        impossible++;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < gold.size(); i++) {
        Timex g = gold.get(i);
        int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
        if (!paired[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        report(misses, "spurious", d, text, null, p);
        continue;
      }
      paired[best] = true;
      Timex g = gold.get(best);
      relaxed++;
      boolean exact = g.start() == p.start() && g.end() == p.end();
      strict += exact ? 1 : 0;
      boolean typeRight = g.type() != null && g.type().equals(p.type());
      boolean valueRight = canonical(g.value()).equals(canonical(p.value()));
      type += typeRight ? 1 : 0;
      value += valueRight ? 1 : 0;
      if (!valueRight) {
        report(misses, "value", d, text, g, p);
      } else if (!typeRight) {
        report(misses, "type", d, text, g, p);
      } else if (!exact) {
        report(misses, "span", d, text, g, p);
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!paired[i]) {
        report(misses, "missed", d, text, gold.get(i), null);
      }
    }
    return new Scores(gold.size(), predicted.size(), strict, relaxed, type, value, impossible,
        sentences, nanos);
  }

  private static void report(Consumer<Miss> misses, String kind, AnnotatedDocument d, String text, Timex g,
      Timex p) {
    if (misses != null) {
      Timex at = g != null ? g : p;
      String context = text.substring(Math.max(0, at.start() - 60), Math.min(text.length(), at.end() + 40))
          .replace('\n', ' ');
      misses.accept(new Miss(kind, d.id(), g == null ? null : text.substring(g.start(), g.end()),
          g == null ? null : g.type(), g == null ? null : g.value(),
          p == null ? null : text.substring(p.start(), p.end()), p == null ? null : p.type(),
          p == null ? null : p.value(), context + (d.documentDate() == null ? "" : "  [DCT " + d.documentDate() + "]")));
    }
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
    m = WEEK.matcher(v);
    if (m.matches()) {
      return m.group(1) + "0" + m.group(2) + m.group(3);
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
