package dev.claimcheck.dates;

import dev.claimcheck.model.TimexType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words beside an expression that TimeML counts into it, with the modifier they give: "early
 * 2020", "late on Tuesday", "the end of 2019", "mid-October" and "c. 1850" before it; "around
 * Nov. 1", "roughly 7:15 p.m." (APPROX); "fiscal 1989" (the value stays); and after it "the next year
 * or so" (APPROX), "1994 or later", "2010 onwards" (ON_OR_AFTER), "2001 or earlier"
 * (ON_OR_BEFORE), "two years or more" (EQUAL_OR_MORE), "a week or less" (EQUAL_OR_LESS). An
 * expression that has a modifier of its own keeps it. Once a value is known, "the first day of
 * 2013" and "the last day of March" are the day they name. Thread-safe.
 */
final class Modifiers {
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)(?:\\b(the\\s+)?(early|late)(?:\\s+on)?[\\s-]|\\b(the\\s+)?(mid)-|\\b(the (?:beginning|start|end|middle"
          + "|close) of|the (?:first|opening|early|final|last|closing|dying) (?:days|weeks|months|week) of)\\s+"
          + "|(?<![\\p{L}.])(circa|c\\.|ca\\.)\\s?)$");
  /**
   * "around Nov. 1", "roughly 1850": a point given as near. ("About" is left out: before a point
   * it is as often what the text is about, "worried about 2020", and TempEval-3's annotators
   * leave it out of points.)
   */
  private static final Pattern NEAR = Pattern.compile("(?i)\\b(?:around|approximately|roughly)\\s+$");
  /**
   * "fiscal" before a year or quarter, which TimeML counts into the expression, leaving its value
   * as it is. ("Right now" and "earlier this year" are written both ways by TempEval-3's two
   * annotation sets: left out.)
   */
  private static final Pattern FISCAL_BEFORE = Pattern.compile("\\b(?i:fiscal)\\s+$");
  /** What follows an expression and bounds or loosens it. */
  private static final Pattern AFTER = Pattern.compile(
      "(?i)\\s{1,3}(?:(or so)|(or later|and beyond|onwards?)|(or earlier)|(or more|or longer)|(or less|or shorter))\\b"
          + "(?!\\s+(?:than|in|on|at|that|this|the)\\b)");
  /** The fewest characters a bound after an expression takes: " or so". */
  private static final int SHORTEST_BOUND = " or so".length();

  /** "the first day of 2013", "the last day of March": a day its year or month gives. */
  private static final Pattern DAY_OF = Pattern.compile("(?i)\\bthe\\s+(first|last|final|opening)\\s+day\\s+of\\s+$");
  private static final Pattern YEAR_OR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  private Modifiers() {}

  /**
   * {@code c}, a year or a month with its value, widened by "the first day of" or "the last day
   * of" before it to the day they name: "the last day of March" is March 31.
   */
  static Candidate dayOf(Scan scan, Candidate c) {
    if (c.type() != TimexType.DATE || c.value() == null || c.modifier() != null || !scan.has(" day of ")) {
      return c;
    }
    Matcher value = YEAR_OR_MONTH.matcher(c.value());
    Matcher m = value.matches() ? scan.lookBack(DAY_OF, c.start(), 32) : null;
    if (m == null) {
      return c;
    }
    boolean first = m.group(1).equalsIgnoreCase("first") || m.group(1).equalsIgnoreCase("opening");
    YearMonth month = YearMonth.of(Integer.parseInt(value.group(1)),
        value.group(2) != null ? Integer.parseInt(value.group(2)) : first ? 1 : 12);
    LocalDate day = first ? month.atDay(1) : month.atEndOfMonth();
    return new Candidate(m.start(), c.end(), c.type(), day.toString(), null, c.anchor(), c.flags(), c.readings(),
        c.priority(), null);
  }

  /** {@code c} widened by the words before and after it that join it, with their modifier. */
  static Candidate attach(Scan scan, Candidate c) {
    return after(scan, before(scan, fiscal(scan, c)));
  }

  /** "early 2020", "the end of 2019", "mid-October", "around Nov. 1": the modifier joins the expression. */
  private static Candidate before(Scan scan, Candidate c) {
    if (c.modifier() != null || c.type() != TimexType.DATE && c.type() != TimexType.TIME) {
      return c;
    }
    Matcher m = c.type() == TimexType.DATE ? scan.lookBack(BEFORE, c.start(), 24) : null;
    if (m != null) {
      String word = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4)
          : m.group(5) != null ? m.group(5) : "circa";
      String the = m.group(1) != null ? m.group(1) : m.group(3);
      int start = m.start() + (the != null && !isDecadeOrCentury(c) ? the.length() : 0);
      return c.widened(start, c.end(), TimexWords.modifier(word));
    }
    if (!scan.has("around") && !scan.has("approximately") && !scan.has("roughly")) {
      return c;
    }
    Matcher near = scan.lookBack(NEAR, c.start(), 16);
    // "get around Wednesday's ruling": the word before a possessive governs its noun, not the day
    return near == null || !isPoint(c) || scan.possessive(c.end()) ? c : c.widened(near.start(), c.end(), "APPROX");
  }

  /** "fiscal 1989", "fiscal fourth quarter": the word joins the span; the value stays. */
  private static Candidate fiscal(Scan scan, Candidate c) {
    if (c.type() != TimexType.DATE) {
      return c;
    }
    Matcher m = scan.lookBack(FISCAL_BEFORE, c.start(), 12);
    if (m == null) {
      return c;
    }
    String text = scan.text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
    boolean fits = text.matches("(?:19|20)\\d\\d") || text.contains("quarter");
    return fits ? c.widened(m.start(), c.end(), c.modifier()) : c;
  }

  /** "the next year or so", "1994 or later", "two years or more": the bound joins the expression. */
  private static Candidate after(Scan scan, Candidate c) {
    if (c.modifier() != null || c.type() == TimexType.SET || c.end() + SHORTEST_BOUND > scan.to
        || !scan.has(" or ") && !scan.has(" and beyond") && !scan.has("onward")) {
      return c;
    }
    Matcher m = AFTER.matcher(scan.text).region(c.end(), scan.to).useTransparentBounds(true);
    if (!m.lookingAt()) {
      return c;
    }
    boolean duration = c.type() == TimexType.DURATION;
    String modifier = m.group(1) != null ? "APPROX"
        : m.group(2) != null && !duration ? "ON_OR_AFTER"
        : m.group(3) != null && !duration ? "ON_OR_BEFORE"
        : m.group(4) != null && duration ? "EQUAL_OR_MORE"
        : m.group(5) != null && duration ? "EQUAL_OR_LESS" : null;
    return modifier == null ? c : c.widened(c.start(), m.end(), modifier);
  }

  /**
   * Whether a candidate names a point: a written date or time, or a relative one still to be
   * resolved; not a reference such as PRESENT_REF.
   */
  private static boolean isPoint(Candidate c) {
    return c.value() == null ? c.resolver() != null
        : Character.isDigit(c.value().charAt(0)) || c.value().startsWith("BC");
  }

  private static boolean isDecadeOrCentury(Candidate c) {
    return c.value() != null && c.value().endsWith("X");
  }
}
