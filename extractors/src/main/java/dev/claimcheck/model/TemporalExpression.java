package dev.claimcheck.model;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A temporal expression with its normalized value, in TIMEX3 style.
 *
 * @param span where the expression stands
 * @param text the expression as written
 * @param type TIMEX3 type
 * @param value normalized value ({@code 1984}, {@code 2022-10-26}, {@code 199X}, {@code P40Y},
 *     {@code PRESENT_REF}), or {@code null} when it cannot be known: a relative expression with
 *     no date to resolve it against, an ambiguous numeric date, an impossible date
 * @param modifier modifier such as {@code EARLY}, {@code MID}, {@code LATE}, {@code START},
 *     {@code END}, {@code APPROX}, {@code MORE_THAN}, or {@code null}
 * @param anchor the date a relative or incomplete expression was resolved against, or {@code null}
 * @param flags what the value rests on, in enum order
 * @param readings the possible values of an ambiguous expression, else empty
 */
public record TemporalExpression(
    Span span,
    String text,
    TimexType type,
    String value,
    String modifier,
    String anchor,
    Set<DateFlag> flags,
    List<String> readings) implements Serializable {

  public TemporalExpression {
    if (span == null || text == null || type == null) {
      throw new IllegalArgumentException("temporal expression needs span, text and type");
    }
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    readings = List.copyOf(readings);
  }

  /** Whether the value depends on when the text was written ("40 years ago", "as of 2020"). */
  public boolean relative() {
    return flags.contains(DateFlag.RELATIVE_DATE) || flags.contains(DateFlag.AS_OF);
  }

  /** Whether it carries a flag. */
  public boolean has(DateFlag flag) {
    return flags.contains(flag);
  }

  /** The flags in enum order, for output. */
  public List<DateFlag> sortedFlags() {
    return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
  }

  /** A copy with one more flag. */
  public TemporalExpression with(DateFlag flag) {
    Set<DateFlag> more = EnumSet.of(flag);
    more.addAll(flags);
    return new TemporalExpression(span, text, type, value, modifier, anchor, more, readings);
  }

  /** Whether one of {@code expressions} covers the document offset {@code at}. */
  public static boolean anyCovers(List<TemporalExpression> expressions, int at) {
    for (TemporalExpression t : expressions) {
      if (at >= t.span().start() && at < t.span().end()) {
        return true;
      }
    }
    return false;
  }
}
