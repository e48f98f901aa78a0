package dev.claimcheck.dates.eval;

/**
 * A temporal expression as evaluation compares it: where it stands in the document text, its
 * type and its value ({@code null} when none is expected or given).
 */
public record Timex(int start, int end, String type, String value) {

  /** Whether the two share at least one character. */
  public boolean overlaps(Timex other) {
    return start < other.end && other.start < end;
  }
}
