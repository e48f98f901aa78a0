package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the temporal expressions of a sentence and normalizes them in TIMEX3 style: type
 * ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}), value, modifier, the date a
 * relative value was resolved against, and flags.
 *
 * <p>Rules in four families propose candidates: {@link CalendarRules} (dates written on the
 * calendar, with {@link SpokenDates} and {@link Holidays}), {@link RelativeRules} (expressions
 * resolved against the document date or the paragraph's last date), {@link Durations}
 * (durations, with {@link Repetitions} for sets) and {@link ClockTimes} (times of day). Overlaps are
 * settled (ranges first, then the longest), the words that join an expression and give its
 * modifier ({@link Modifiers}: "early", "the end of", "around", "or later") and "as of" are
 * attached, relative values are resolved in reading order through the {@link DateContext}, and
 * expressions side by side are read together ({@link Neighbours}: ranges, a time and its day).
 *
 * <p>Stateless and thread-safe; the context carries what one paragraph tells the next sentence.
 */
public final class TemporalTagger {
  private static final Pattern AS_OF_BEFORE = Pattern.compile("(?i)\\bas (?:of|at)\\s+$");
  /** A season of a year written out ("the spring of 1932"): its year is the one the text goes on in. */
  private static final Pattern SEASON_OF_A_YEAR = Pattern.compile("\\d{4}-(?:SP|SU|FA|WI)");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its",
      "their", "our", "my", "your", "this", "that");

  private TemporalTagger() {}

  /**
   * The temporal expressions inside {@code span} of {@code text}, in order, none overlapping.
   *
   * @param exclude spans that hold no dates (citation markers), may be empty
   * @param context the document's context, updated with the absolute dates met
   */
  public static List<TemporalExpression> tag(String text, Span span, List<Span> exclude,
      DateContext context) {
    Scan scan = new Scan(text, span.start(), span.end(), context);
    context.newSentence();
    CalendarRules.apply(scan);
    SpokenDates.apply(scan);
    Holidays.apply(scan);
    RelativeRules.apply(scan);
    ClockTimes.apply(scan); // before Durations: "at 2200 hours" is a time where both fit
    Durations.apply(scan);
    Repetitions.apply(scan);
    if (scan.found.isEmpty()) {
      return List.of();
    }
    scan.found.removeIf(c -> NamesNotDates.inAName(scan, c.start(), c.end()));
    List<Candidate> kept = settle(scan.found, exclude);
    List<Candidate> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      Candidate d = Modifiers.attach(scan, c);
      d = markAsOf(scan, d);
      d = markEventReference(scan, d);
      if (d.resolver() != null) {
        d = d.resolver().resolve(d, context);
        if (d == null) {
          continue;
        }
      }
      d = Modifiers.dayOf(scan, d);
      if (i + 1 < kept.size() && Neighbours.takesItsYearFromTheNext(text, c, kept.get(i + 1))) {
        out.add(d); // "September 17 that year": the year guessed for the day alone is none spoken of
        continue;
      }
      if (d.type() == TimexType.DATE && !d.flags().contains(DateFlag.RELATIVE_DATE)
          && !d.flags().contains(DateFlag.EVENT_REFERENCE) && d.value() != null) {
        // "completed in the spring of 1932 and opened that summer": a season names its year
        String value = SEASON_OF_A_YEAR.matcher(d.value()).matches() && !d.flags().contains(DateFlag.INFERRED)
            ? d.value().substring(0, 4) : d.value();
        TimePoint.parse(value).ifPresent(context::saw);
        context.quarters().saw(d.value());
        Optional<TimePoint> written = d.flags().contains(DateFlag.INFERRED) ? Optional.empty() : TimePoint.parse(d.value());
        if (written.isPresent()) {
          TimePoint p = written.get();
          if (p.precision() == TimePoint.Precision.DAY) {
            context.sawDayWritten(p, d.start()); // "On July 5, 1997": the day named again later is that one
          }
          context.sawYearInSentence(p.year(), d.end(), true, scan.framesItsSentence(d.start()));
        }
      } else if (d.type() == TimexType.DATE && d.value() != null && (d.value().length() == 10
          || Neighbours.YEAR_FIRST.matcher(d.value()).lookingAt()
              && Objects.equals(d.anchor(), context.documentDateText()))) {
        // "Rebels attacked on Monday. The next day …": a day the text names counts on from there;
        // "Last year she … later that year": so does a year or month told from the document date
        // ("the following year", told from the one spoken of, is the reference from the next sentence on)
        TimePoint.parse(d.value()).ifPresent(context::saw);
        if (d.value().length() == 4) {
          context.sawYearInSentence(Integer.parseInt(d.value()), d.end(), false, false); // "Last year's harvest …"
        }
      } else if (d.type() == TimexType.DATE && d.value() != null && d.anchor() != null
          && Neighbours.YEAR_FIRST.matcher(d.value()).lookingAt()) {
        // "The following year, he moved. Two years later, he married": the next sentence counts on from it
        TimePoint.parse(d.value()).ifPresent(context::sawToldFromTheStory);
      } else if (d.flags().contains(DateFlag.EVENT_REFERENCE) && d.value().length() == 4) {
        context.sawYearInSentence(Integer.parseInt(d.value()), d.end(), true, false); // "the 2004 festival …"
      }
      out.add(d);
    }
    Neighbours.join(text, out, context.documentDate());
    List<TemporalExpression> result = new ArrayList<>(out.size());
    for (Candidate c : out) {
      result.add(expression(text, span.documentId(), markFuture(c, context)));
    }
    return result;
  }

  /** Candidates clear of excluded spans and of each other: ranges first, then the longest. */
  private static List<Candidate> settle(List<Candidate> found, List<Span> exclude) {
    List<Candidate> order = new ArrayList<>(found);
    order.sort(Comparator.comparingInt((Candidate c) -> -c.priority())
        .thenComparingInt(c -> -c.length())
        .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : order) {
      boolean excluded = false;
      for (Span x : exclude) {
        if (x.start() < c.end() && c.start() < x.end()) {
          excluded = true;
          break;
        }
      }
      if (!excluded && kept.stream().noneMatch(k -> k.overlaps(c))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  private static Candidate markAsOf(Scan scan, Candidate c) {
    return scan.lookBack(AS_OF_BEFORE, c.start(), 8) != null ? c.withFlag(DateFlag.AS_OF) : c;
  }

  /** "the 2008 crisis", "its 2019 report": the year names an event. */
  private static Candidate markEventReference(Scan scan, Candidate c) {
    if (c.type() != TimexType.DATE || c.value() == null || c.value().length() != 4
        || c.length() != 4 || !DETERMINERS.contains(scan.wordBefore(c.start()))) {
      return c;
    }
    String after = scan.wordAfter(c.end());
    return !after.isEmpty() && Character.isLowerCase(after.charAt(0))
        && c.end() < scan.to && scan.text.charAt(c.end()) == ' '
        ? c.withFlag(DateFlag.EVENT_REFERENCE) : c;
  }

  private static Candidate markFuture(Candidate c, DateContext context) {
    String v = c.value();
    if (v == null || v.length() < 4 || !Character.isDigit(v.charAt(0)) || c.type() == TimexType.DURATION
        || !v.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return c;
    }
    int year = Integer.parseInt(v.substring(0, 4));
    TimePoint documentDate = context.documentDate();
    int limit = documentDate == null ? DateContext.LATEST_UNDATED_YEAR : documentDate.year() + 10;
    return year > limit ? c.withFlag(DateFlag.FUTURE_YEAR) : c;
  }

  private static TemporalExpression expression(String text, String documentId, Candidate c) {
    return new TemporalExpression(new Span(documentId, c.start(), c.end()),
        text.substring(c.start(), c.end()), c.type(), c.value(), c.modifier(), c.anchor(),
        c.flags(), c.readings());
  }
}
