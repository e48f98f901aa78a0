package dev.claimcheck.model;

import java.io.Serializable;

/**
 * A temporal expression with its normalized value, in TIMEX3 style.
 *
 * @param span where the expression stands
 * @param text the expression as written
 * @param type TIMEX3 type
 * @param value normalized value ({@code 1984}, {@code 2022-10-26}, {@code 199X}, {@code P40Y}),
 *     or {@code null} for a relative expression with no document date to resolve it against
 * @param modifier TIMEX3 modifier such as {@code EARLY}, {@code MID}, {@code LATE}, or {@code null}
 * @param relative whether the expression is relative ("40 years ago") and so goes stale
 * @param anchor the date a relative expression was resolved against, or {@code null}
 */
public record TemporalExpression(
    Span span,
    String text,
    TimexType type,
    String value,
    String modifier,
    boolean relative,
    String anchor) implements Serializable {

  public TemporalExpression {
    if (span == null || text == null || type == null) {
      throw new IllegalArgumentException("temporal expression needs span, text and type");
    }
  }
}
