package dev.claimcheck.extract;

import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in a sentence and normalizes them in TIMEX3 style.
 *
 * <p>Covers calendar dates in ISO and written forms, months, years and year ranges, decades
 * ({@code 1990s} → {@code 199X}) with their modifiers ({@code early 2000s} → {@code 200X}
 * EARLY), centuries, durations ({@code P40Y}), and relative expressions ({@code 40 years ago},
 * {@code last year}), which are resolved against the document date when there is one and
 * flagged relative either way. Number-like things that are not dates are left alone: ordinals
 * ({@code 12th Bureau}), ISBNs and other ids, page ranges ({@code pp. 24–39}), money, counts
 * ({@code 2000 members}). Impossible dates ({@code 2015-02-29}) are not normalized.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateExtractor {
  private static final String NUMBER_WORD =
      "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          + "|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few|several|\\d{1,4}";
  private static final String UNIT = "(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))";
  private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
  private static final String MONTH = CalendarDates.MONTH;

  private static final Pattern CJK_DATE =
      Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");
  private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")\\s+(\\d{4})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTH + ")\\s+(" + YEAR + ")\\b");
  private static final Pattern DECADE = Pattern.compile(
      "\\b(?:(early|mid|late)[- ]?)?(\\d{3})0['’]?s\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FUZZY_YEAR = Pattern.compile(
      "\\b(early|mid|late)[- ](" + YEAR + ")\\b(?![-–]\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CENTURY = Pattern.compile(
      "\\b(?:(early|mid|late)[- ])?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO = Pattern.compile(
      "\\b(" + NUMBER_WORD + ")\\s+(" + UNIT + ")\\s+ago\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEICTIC = Pattern.compile(
      "\\b(?:(last|this|next|previous|past|coming)\\s+(year|month|week)|(yesterday|today|tomorrow))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION = Pattern.compile(
      "\\b(" + NUMBER_WORD + ")[\\s-]+(" + UNIT + ")\\b(?!\\s+ago)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(?<![\\d$€£¥#./:-])(" + YEAR + ")\\s*[–—-]\\s*(" + YEAR + "|\\d\\d)(?![\\d%])");
  private static final Pattern BARE_YEAR = Pattern.compile(
      "(?<![\\d$€£¥#./:,-])(?<![\\p{L}&&[^\\p{IsHan}]])(" + YEAR + ")(?![\\d%]|[.,]\\d|\\s*[–-]\\s*\\d)"
          + "(?![\\p{L}&&[^\\p{IsHan}]])");
  /** What may stand just before a number that is an identifier or a page, not a year. */
  private static final Pattern NOT_A_YEAR_BEFORE = Pattern.compile(
      "(?:ISBN|ISSN|OCLC|JSTOR|PMID|DOI|pp?\\.|pages?|No\\.|nos?\\.|vol\\.|#|\\$|US\\$|€|£|¥)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** Count nouns after a number that make it a quantity, not a year. */
  private static final Pattern QUANTITY_AFTER = Pattern.compile(
      "^\\s+(?:people|persons|members|men|women|children|students|employees|workers|troops|"
          + "soldiers|copies|units|items|pages|words|votes|cases|deaths|signatures|km|miles|"
          + "metres|meters|feet|tons|tonnes|dollars|euros|pounds|yuan|staff|delegates|"
          + "participants|visitors|users|customers|refugees|homes|houses|cars|acres|hectares)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT_WORD = Pattern.compile("year|month|week|day|decade|centur");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern MONTH_CUE = Pattern.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec");
  private static final Pattern DECADE_CUE = Pattern.compile("\\d0['’]?s");
  private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)\\s+$");
  private static final java.util.Set<String> DURATION_CUES = java.util.Set.of(
      "for", "about", "nearly", "almost", "over", "within", "after", "than", "only", "just",
      "half", "another", "of", "in", "around", "roughly", "least", "more", "less", "once");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));

  private DateExtractor() {}

  /**
   * The temporal expressions inside {@code span} of {@code text}, in order, none overlapping.
   *
   * @param exclude spans that hold no dates (citation markers), may be empty
   * @param documentDate ISO date (or prefix) relative expressions are resolved against, or null
   */
  public static List<TemporalExpression> find(
      String text, Span span, List<Span> exclude, String documentDate) {
    List<TemporalExpression> found = new ArrayList<>();
    Finder finder = new Finder(text, span, documentDate, found);
    String lower = text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
    boolean units = UNIT_WORD.matcher(lower).find();
    // Most sentences carry few dates: each pattern runs only when the cue it needs is there.
    if (FOUR_DIGITS.matcher(lower).find()) {
      boolean dash = lower.indexOf('-') >= 0 || lower.indexOf('–') >= 0 || lower.indexOf('—') >= 0;
      boolean months = MONTH_CUE.matcher(lower).find();
      if (dash) {
        finder.run(ISO_DAY, m -> finder.day(m, m.group(1), m.group(2), m.group(3)));
        finder.run(YEAR_RANGE, finder::yearRange);
      }
      if (lower.indexOf('年') >= 0) {
        finder.run(CJK_DATE, finder::cjk);
      }
      if (months) {
        finder.run(MONTH_DAY_YEAR, m -> finder.day(m, m.group(3),
            String.valueOf(CalendarDates.month(m.group(1))), m.group(2)));
        finder.run(DAY_MONTH_YEAR, m -> finder.day(m, m.group(3),
            String.valueOf(CalendarDates.month(m.group(2))), m.group(1)));
        finder.run(MONTH_YEAR, m -> CalendarDates.month(Integer.parseInt(m.group(2)),
                CalendarDates.month(m.group(1)))
            .ifPresent(v -> finder.add(m.start(), m.end(), TimexType.DATE, v, null, false)));
      }
      if (DECADE_CUE.matcher(lower).find()) {
        finder.run(DECADE, m -> finder.add(m.start(), m.end(), TimexType.DATE, m.group(2) + "X",
            modifier(m.group(1)), false));
      }
      if (lower.contains("early") || lower.contains("mid") || lower.contains("late")) {
        finder.run(FUZZY_YEAR, m -> finder.add(m.start(), m.end(), TimexType.DATE, m.group(2),
            modifier(m.group(1)), false));
      }
      finder.run(BARE_YEAR, finder::bareYear);
    }
    if (lower.contains("century")) {
      finder.run(CENTURY, m -> {
        int century = Integer.parseInt(m.group(2));
        if (century >= 1 && century <= 21) {
          finder.add(m.start(), m.end(), TimexType.DATE,
              String.format(Locale.ROOT, "%02dXX", century - 1), modifier(m.group(1)), false);
        }
      });
    }
    if (units && lower.contains("ago")) {
      finder.run(AGO, m -> finder.ago(m, m.group(1), m.group(2)));
    }
    if (units || lower.contains("yesterday") || lower.contains("today") || lower.contains("tomorrow")) {
      finder.run(DEICTIC, finder::deictic);
    }
    if (units) {
      finder.run(DURATION, m -> finder.duration(m, m.group(1), m.group(2)));
    }
    found.sort(Comparator.comparingInt((TemporalExpression t) -> t.span().start())
        .thenComparing(t -> -t.span().length()));
    List<TemporalExpression> kept = new ArrayList<>();
    for (TemporalExpression t : found) {
      boolean clash = exclude.stream().anyMatch(x -> x.overlaps(t.span()))
          || kept.stream().anyMatch(k -> k.span().overlaps(t.span()));
      if (!clash) {
        kept.add(t);
      }
    }
    return kept;
  }

  private static String modifier(String word) {
    if (word == null) {
      return null;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "early" -> "EARLY";
      case "mid" -> "MID";
      default -> "LATE";
    };
  }

  private static int amount(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(w);
    }
    return NUMBERS.getOrDefault(w, -1);
  }

  /** Collects candidates of one sentence; overlaps are resolved afterwards, longest first. */
  private static final class Finder {
    private final String text;
    private final Span span;
    private final LocalDate anchor;
    private final String anchorText;
    private final List<TemporalExpression> found;

    Finder(String text, Span span, String documentDate, List<TemporalExpression> found) {
      this.text = text;
      this.span = span;
      this.anchorText = documentDate;
      this.anchor = parseAnchor(documentDate);
      this.found = found;
    }

    private static LocalDate parseAnchor(String date) {
      if (date == null || date.length() < 10) {
        return date != null && date.matches("\\d{4}(-\\d{2})?")
            ? LocalDate.parse(date.length() == 4 ? date + "-07-01" : date + "-15") : null;
      }
      try {
        return LocalDate.parse(date.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    void run(Pattern pattern, java.util.function.Consumer<Matcher> onMatch) {
      Matcher m = pattern.matcher(text).region(span.start(), span.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        onMatch.accept(m);
      }
    }

    void add(int start, int end, TimexType type, String value, String modifier, boolean relative) {
      found.add(new TemporalExpression(new Span(span.documentId(), start, end),
          text.substring(start, end), type, value, modifier, relative,
          relative && anchor != null ? anchorText : null));
    }

    void day(Matcher m, String year, String month, String day) {
      Optional<String> value = CalendarDates.day(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day));
      value.ifPresent(v -> add(m.start(), m.end(), TimexType.DATE, v, null, false));
    }

    void cjk(Matcher m) {
      int year = Integer.parseInt(m.group(1));
      Optional<String> value = m.group(3) != null
          ? CalendarDates.day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          : m.group(2) != null ? CalendarDates.month(year, Integer.parseInt(m.group(2)))
          : Optional.of(m.group(1));
      value.ifPresent(v -> add(m.start(), m.end(), TimexType.DATE, v, null, false));
    }

    void ago(Matcher m, String count, String unit) {
      int n = amount(count);
      String value = null;
      if (anchor != null && n > 0) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year")) {
          value = String.valueOf(anchor.minusYears(n).getYear());
        } else if (u.startsWith("decade")) {
          value = String.valueOf(anchor.minusYears(10L * n).getYear());
        } else if (u.startsWith("centur")) {
          value = String.valueOf(anchor.minusYears(100L * n).getYear());
        } else if (u.startsWith("month")) {
          value = anchor.minusMonths(n).toString().substring(0, 7);
        } else if (u.startsWith("week")) {
          value = anchor.minusWeeks(n).toString();
        } else {
          value = anchor.minusDays(n).toString();
        }
      }
      add(m.start(), m.end(), TimexType.DATE, value, null, true);
    }

    void deictic(Matcher m) {
      String value = null;
      if (anchor != null) {
        if (m.group(3) != null) {
          int shift = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
          };
          value = anchor.plusDays(shift).toString();
        } else {
          String which = m.group(1).toLowerCase(Locale.ROOT);
          int shift = which.equals("this") ? 0
              : which.equals("next") || which.equals("coming") ? 1 : -1;
          value = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year" -> String.valueOf(anchor.plusYears(shift).getYear());
            case "month" -> anchor.plusMonths(shift).toString().substring(0, 7);
            default -> {
              LocalDate d = anchor.plusWeeks(shift);
              yield String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                  d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
          };
        }
      }
      add(m.start(), m.end(), TimexType.DATE, value, null, true);
    }

    void duration(Matcher m, String count, String unit) {
      if ((count.equalsIgnoreCase("a") || count.equalsIgnoreCase("an")) && !durationCue(m.start())) {
        return;
      }
      int n = amount(count);
      String u = unit.toLowerCase(Locale.ROOT);
      String value;
      if (n <= 0) {
        value = u.startsWith("year") || u.startsWith("decade") || u.startsWith("centur") ? "PXY"
            : u.startsWith("month") ? "PXM" : u.startsWith("week") ? "PXW" : "PXD";
      } else if (u.startsWith("decade")) {
        value = "P" + (10 * n) + "Y";
      } else if (u.startsWith("centur")) {
        value = "P" + (100 * n) + "Y";
      } else {
        value = "P" + n + Character.toUpperCase(u.charAt(0));
      }
      add(m.start(), m.end(), TimexType.DURATION, value, null, false);
    }

    void yearRange(Matcher m) {
      if (notAYear(m.start())) {
        return;
      }
      String first = m.group(1);
      String second = m.group(2).length() == 2 ? first.substring(0, 2) + m.group(2) : m.group(2);
      if (Integer.parseInt(second) < Integer.parseInt(first)) {
        return;
      }
      add(m.start(1), m.end(1), TimexType.DATE, first, null, false);
      add(m.start(2), m.end(2), TimexType.DATE, second, null, false);
    }

    void bareYear(Matcher m) {
      if (notAYear(m.start()) || QUANTITY_AFTER.matcher(text).region(m.end(), span.end()).lookingAt()) {
        return;
      }
      add(m.start(), m.end(), TimexType.DATE, m.group(1), null, false);
    }

    /** "a year" is a duration after "for", "over", "of"…; after a count ("2,000 a day") it is a rate. */
    private boolean durationCue(int start) {
      Matcher before = PREVIOUS_WORD.matcher(text.substring(Math.max(span.start(), start - 20), start));
      return !before.find() || DURATION_CUES.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    private boolean notAYear(int start) {
      int from = Math.max(span.start(), start - 12);
      return NOT_A_YEAR_BEFORE.matcher(text.substring(from, start)).find();
    }
  }
}
