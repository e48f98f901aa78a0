package dev.claimcheck.dates.eval;

import java.util.Locale;

/**
 * Counts from comparing a tagger's expressions with the gold, and the figures made from them,
 * as TempEval-3 makes them. A strict match has the gold's exact span; a relaxed match overlaps
 * it, each gold expression matched by one prediction at most. Value and type figures count
 * relaxed matches whose value (in its canonical form) or type equals the gold's.
 *
 * @param gold expressions in the gold
 * @param predicted expressions the tagger gave
 * @param strict predictions with a gold expression of the same span
 * @param relaxed predictions paired with an overlapping gold expression
 * @param typeCorrect relaxed matches of the right type
 * @param valueCorrect relaxed matches of the right value
 * @param impossible predictions whose value is a calendar date that does not exist
 * @param sentences sentences in the evaluated text
 * @param nanos time the tagger took, in nanoseconds
 */
public record Scores(int gold, int predicted, int strict, int relaxed, int typeCorrect,
    int valueCorrect, int impossible, int sentences, long nanos) {

  /** The sum of two sets of counts. */
  public Scores plus(Scores o) {
    return new Scores(gold + o.gold, predicted + o.predicted, strict + o.strict,
        relaxed + o.relaxed, typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect,
        impossible + o.impossible, sentences + o.sentences, nanos + o.nanos);
  }

  /** Strict span precision. */
  public double precision() {
    return ratio(strict, predicted);
  }

  /** Strict span recall. */
  public double recall() {
    return ratio(strict, gold);
  }

  /** Strict span F1. */
  public double f1() {
    return f1(precision(), recall());
  }

  /** Relaxed (overlapping) span precision. */
  public double relaxedPrecision() {
    return ratio(relaxed, predicted);
  }

  /** Relaxed (overlapping) span recall. */
  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  /** Relaxed (overlapping) span F1. */
  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Share of relaxed matches with the right value. */
  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  /** Share of relaxed matches with the right type. */
  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  /** F1 where a hit needs an overlapping span and the right value (TempEval-3's value F1). */
  public double valueF1() {
    return f1(ratio(valueCorrect, predicted), ratio(valueCorrect, gold));
  }

  /** Sentences tagged per second. */
  public double sentencesPerSecond() {
    return nanos == 0 ? 0 : sentences / (nanos / 1e9);
  }

  /** One table row: the figures as percentages. */
  public String row(String label) {
    return String.format(Locale.ROOT,
        "%-44s %5d %5d %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f %7.1f %7.1f %6.1f %5d %9.0f", label, gold,
        predicted, 100 * precision(), 100 * recall(), 100 * f1(), 100 * relaxedPrecision(),
        100 * relaxedRecall(), 100 * relaxedF1(), 100 * valueAccuracy(), 100 * valueF1(),
        100 * typeAccuracy(), impossible, sentencesPerSecond());
  }

  /** The header of {@link #row}. */
  public static String header() {
    return String.format(Locale.ROOT,
        "%-44s %5s %5s %6s %6s %6s %6s %6s %6s %7s %7s %6s %5s %9s",
        "system / set", "gold", "found", "P", "R", "F1", "relP", "relR", "relF1", "valAcc", "valueF1",
        "type", "imposs", "sent/s");
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
