package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.CalendarDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions of a sentence read together with the one beside them, once each has its value:
 * the two ends of a range, "two hours and ten minutes" as one duration, a time and the day it
 * is on ({@link TimesAndDays}), "June last year" as one date, "the week of March 4" as that week
 * ({@link WeeksOfDays}).
 * Works on the tagger's candidates in text order.
 */
final class Neighbours {
  /** What "June last year" joins: a month or day, then "this/last/next year" with its year. */
  private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
  /** What "… of last year" joins: a month or day, a quarter, a half or a season, its year known or not. */
  private static final Pattern PART_OF_A_YEAR = Pattern.compile(
      "(?:\\d{4}|XXXX)-(?:\\d{2}(?:-\\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern OF = Pattern.compile("(?<!\\s)\\s+of\\s+"); // from a run's first space only
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** A value that begins with its year in four figures: "2020", "2020-05-06" (not "07XX"). */
  static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}(?![\\dX])");
  private static final Pattern DEICTIC_YEAR = Pattern.compile("(?i)(?:this|last|next) year");
  /** A year told from the one spoken of: "the following year", "the year before", "that year". */
  private static final Pattern ANAPHORIC_YEAR = Pattern.compile(
      "(?i)the (?:following|next|previous|preceding|prior|same) year|the year (?:after|before)|that (?:same )?year");
  /**
   * What stands between a year or day told from the one spoken of and the one written after it:
   * ", ", ", on ", " (".
   */
  private static final Pattern APPOSED = Pattern.compile(",\\s{1,3}(?:on\\s{1,3})?|\\s{0,3}\\((?:on\\s{1,3})?");
  /** A day told from the one spoken of: "the next day", "the day before", "that same day". */
  private static final Pattern ANAPHORIC_DAY = Pattern.compile(
      "(?i)the (?:following|next|previous|preceding|prior|same) day|the day (?:after|before)|that (?:same )?day");
  private static final Pattern DAY = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}");
  /** A day told from the document's: "today", "last night", "this morning", "Wednesday", "Sunday night". */
  private static final Pattern DEICTIC_DAY = Pattern.compile("(?i)(?:today|tonight|yesterday|tomorrow"
      + "|(?:last|this|tomorrow|yesterday)\\s+(?:night|morning|afternoon|evening)|(?:" + CalendarDates.WEEKDAY
      + ")(?:\\s+(?:night|morning|afternoon|evening))?)");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  private static final Pattern OPEN_BRACKET = Pattern.compile("\\s{0,3}\\(\\s?");
  /** "the same year", "that same day": the one just spoken of, when a comma sets it beside it. */
  private static final Pattern SAME_YEAR = Pattern.compile("(?i)(?:the|that) same year");
  private static final Pattern SAME_DAY = Pattern.compile("(?i)(?:the|that) same day");
  /** ", the day before …", ", the day after …", ", the day of …": a day told by what it was, beside one written. */
  private static final Pattern THE_DAY_BESIDE = Pattern.compile(
      ",\\s{1,3}(the day)\\s(?=(?:before|after|of|when|that)\\s+(?:the|a|an|his|her|its|their)\\b)");
  private static final Pattern COMMA = Pattern.compile(",\\s{1,3}");
  /** What joins the two ends of a range: a dash, "to", "until", "through", "and". */
  static final Set<String> RANGE_WORDS = Set.of("-", "–", "—", "to", "until", "till",
      "through", "thru", "and");
  /** An expression that ends in a weekday's name: "Sunday", "this coming Sunday". */
  /** A weekday's name and nothing else. */
  private static final Pattern WEEKDAY_ALONE = Pattern.compile(CalendarDates.WEEKDAY);
  private static final Pattern WEEKDAY_LAST = Pattern.compile(
      "(?:^|\\s)(?:" + CalendarDates.WEEKDAY + ")$");

  /** What stands between the items of a list: a comma, "and", "or", "&", a slash ("April/May 1978"). */
  private static final Pattern LISTED = Pattern.compile(",|,?\\s?(?:and|or)|&|/");
  /** A month or a day, its year guessed or unknown: "2015-02", "XXXX-06-03". */
  private static final Pattern MONTH_OR_DAY_ANY_YEAR = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}(?:-\\d{2})?");

  /** An ISO 8601 duration, each unit once and in order: "P2Y6M", "PT1H30M". */
  private static final Pattern ONE_DURATION = Pattern.compile(
      "P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?");

  private Neighbours() {}

  /**
   * Reads the neighbours of {@code out}, candidates of {@code text} in order, in place;
   * {@code documentDate} (may be null) is what "last year" counts from.
   */
  static void join(String text, List<Candidate> out, TimePoint documentDate) {
    markRanges(text, out, documentDate);
    joinListsToTheirYear(text, out);
    joinWeekdaysToTheirDates(text, out);
    TimesAndDays.join(text, out);
    joinDaysToTheirYears(text, out, documentDate);
    WeeksOfDays.join(text, out);
    joinDurations(text, out);
    nameAnaphoricDates(text, out);
    nameTheDayBeside(text, out);
  }

  /**
   * "the day" set by a comma beside a day the text wrote, and told by what it was: "Oct. 12, the
   * day before the stock market plunge", "on Friday, the day after the election": that day.
   */
  private static void nameTheDayBeside(String text, List<Candidate> out) {
    for (int i = 0; i < out.size(); i++) {
      Candidate a = out.get(i);
      if (a.type() != TimexType.DATE || a.value() == null || !DAY.matcher(a.value()).matches()) {
        continue;
      }
      Matcher beside = THE_DAY_BESIDE.matcher(text).region(a.end(), text.length());
      if (beside.lookingAt() && (i + 1 == out.size() || out.get(i + 1).start() >= beside.end())) {
        out.add(i + 1, new Candidate(beside.start(1), beside.end(1), TimexType.DATE, a.value(), null, a.anchor(),
            a.flags(), List.of(), 0, null));
        i++;
      }
    }
  }

  /**
   * "had turned professional in the same year, 1992", "that year (1968)", "fled to France the
   * next day, July 4", "the day before, on Nov. 17": a year or a day told from the one spoken of
   * is the one the text writes beside it, whatever the context gave it; and "March 5, the same
   * day" is the day written before it.
   */
  private static void nameAnaphoricDates(String text, List<Candidate> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate a = out.get(i);
      Candidate b = out.get(i + 1);
      // a year beside it is one written in figures: "in the same year, 1992"
      if (namedBeside(text, a, b, APPOSED, ANAPHORIC_YEAR, ANAPHORIC_DAY)
          && (DAY.matcher(b.value()).matches() || Character.isDigit(text.charAt(b.start())))) {
        out.set(i, a.withValueKept(b.value()));
      } else if (namedBeside(text, b, a, COMMA, SAME_YEAR, SAME_DAY)) {
        out.set(i + 1, b.withValueKept(a.value())); // "March 5, the same day he launches …"
      } else if (restatedInBrackets(text, a, b)) {
        // "in Chicago last night (Aug. 9)", "on Wednesday (June 22)": the day written is the one meant
        out.set(i, a.withValueKept(b.value() + partOfDayIn(text, a)));
      }
    }
  }

  /** The part of the day an expression names, as a value writes it after its day ("TNI"), or "". */
  private static String partOfDayIn(String text, Candidate c) {
    String words = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
    int space = words.lastIndexOf(' ');
    String last = words.substring(space + 1);
    return last.equals("tonight") ? "TNI" : PARTS_OF_DAY.contains(last) ? "T" + TimexWords.partOfDay(last) : "";
  }

  /**
   * Whether {@code told}, a day told from the document's ("last night", "Wednesday", "Sunday
   * night", "today"), has {@code written}, a day of a month, in brackets right after it.
   */
  private static boolean restatedInBrackets(String text, Candidate told, Candidate written) {
    return told.type() != TimexType.DURATION && told.type() != TimexType.SET && written.type() == TimexType.DATE
        && written.value() != null && DAY.matcher(written.value()).matches() && written.modifier() == null
        && OPEN_BRACKET.matcher(text).region(told.end(), written.start()).matches()
        && written.end() < text.length() && text.charAt(written.end()) == ')'
        && DEICTIC_DAY.matcher(text).region(told.start(), told.end()).matches();
  }

  /**
   * Whether {@code anaphoric}, a year or day told from the one spoken of (as {@code years} or
   * {@code days} write it), has {@code named}, a date of that precision, beside it with only
   * {@code between} between the two, in either order.
   */
  private static boolean namedBeside(String text, Candidate anaphoric, Candidate named, Pattern between,
      Pattern years, Pattern days) {
    Candidate first = anaphoric.start() < named.start() ? anaphoric : named;
    Candidate second = first == anaphoric ? named : anaphoric;
    if (anaphoric.type() != TimexType.DATE || named.type() != TimexType.DATE || named.value() == null
        || named.modifier() != null || !between.matcher(text).region(first.end(), second.start()).matches()) {
      return false;
    }
    Pattern told = YEAR.matcher(named.value()).matches() ? years : DAY.matcher(named.value()).matches() ? days : null;
    return told != null && told.matcher(text).region(anaphoric.start(), anaphoric.end()).matches();
  }

  /** "1984–1989", "between 2001 and 2003", "from March to June 2020": begin and end. */
  private static void markRanges(String text, List<Candidate> out, TimePoint documentDate) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate a = out.get(i);
      Candidate b = out.get(i + 1);
      if (a.type() != TimexType.DATE || b.type() != TimexType.DATE
          || a.flags().contains(DateFlag.RANGE_BEGIN) || b.end() - a.start() > 80) {
        continue;
      }
      String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
      if (!RANGE_WORDS.contains(between)) {
        continue;
      }
      String before = text.substring(Math.max(0, a.start() - 9), a.start()).toLowerCase(Locale.ROOT);
      boolean opened = before.endsWith("between ") || before.endsWith("from ");
      boolean weekdays = WEEKDAY_ALONE.matcher(text).region(a.start(), a.end()).matches()
          && WEEKDAY_ALONE.matcher(text).region(b.start(), b.end()).matches();
      if (between.equals("and") && !before.endsWith("between ")
          || between.matches("to|until|till|through|thru") && !opened && !weekdays) {
        continue;
      }
      if (weekdays) {
        orderWeekdays(out, i, documentDate);
        a = out.get(i);
        b = out.get(i + 1);
      }
      String aValue = a.value();
      if (a.flags().contains(DateFlag.INFERRED) && aValue != null && b.value() != null
          && !b.flags().contains(DateFlag.INFERRED) && YEAR_FIRST.matcher(b.value()).lookingAt()
          && YEAR_FIRST.matcher(aValue).lookingAt()) {
        aValue = b.value().substring(0, 4) + aValue.substring(4); // "from May to June 2020"
      } else if (a.flags().contains(DateFlag.INFERRED) && b.flags().contains(DateFlag.INFERRED) && aValue != null
          && b.value() != null && MONTH_OR_DAY.matcher(aValue).matches() && MONTH_OR_DAY.matcher(b.value()).matches()) {
        // "between May and July", both years guessed: the range begins in the year it ends, or
        // the one before when it goes across the turn of a year ("from November to February")
        int year = Integer.parseInt(b.value().substring(0, 4))
            - (aValue.substring(4).compareTo(b.value().substring(4)) > 0 ? 1 : 0);
        String value = String.format(Locale.ROOT, "%04d", year) + aValue.substring(4);
        aValue = TimePoint.parse(value).isPresent() ? value : aValue;
      }
      out.set(i, a.withValueKept(aValue).withFlag(DateFlag.RANGE_BEGIN));
      out.set(i + 1, b.withFlag(DateFlag.RANGE_END));
      i++;
    }
  }

  /**
   * "from Thursday to Sunday", "Monday–Friday": a range of two weekdays read each by its tense
   * ends after it begins. When the end came out before the beginning, both read as past (on or
   * before the document date) begin a week earlier ("ran from Thursday to Sunday" told on a
   * Friday); otherwise the end is a week later ("runs from Thursday to Sunday").
   */
  private static void orderWeekdays(List<Candidate> out, int i, TimePoint documentDate) {
    Candidate a = out.get(i);
    Candidate b = out.get(i + 1);
    if (a.value() == null || b.value() == null || !DAY.matcher(a.value()).matches()
        || !DAY.matcher(b.value()).matches() || a.value().startsWith("X") || b.value().startsWith("X")
        || b.value().compareTo(a.value()) >= 0) {
      return;
    }
    LocalDate begin = LocalDate.parse(a.value());
    LocalDate end = LocalDate.parse(b.value());
    boolean past = documentDate != null && documentDate.precision() == TimePoint.Precision.DAY
        && !begin.isAfter(documentDate.date()) && !end.isAfter(documentDate.date());
    if (past) {
      out.set(i, a.withValueKept(begin.minusWeeks(1).toString()));
    } else {
      out.set(i + 1, b.withValueKept(end.plusWeeks(1).toString()));
    }
  }

  /**
   * "February and March 2015", "June 3 and July 5, 2001", "May, June and September 1998": the
   * months and days of a list take the year written at its end, in place of one guessed from the
   * document date or none; not when the list goes back across a year ("December and January
   * 2015"), nor after "last" or "next" ("last June and March 2015"). A month or day whose year
   * was guessed after one with its year written takes that year ("in May 2019 and June"); a list
   * whose years were all guessed does not go back in time where the calendar goes forward.
   */
  private static void joinListsToTheirYear(String text, List<Candidate> out) {
    boolean[] yearWritten = new boolean[out.size()];
    for (int i = out.size() - 1; i >= 0; i--) {
      Candidate c = out.get(i);
      yearWritten[i] = c.type() == TimexType.DATE && c.value() != null && !c.flags().contains(DateFlag.INFERRED)
          && !c.flags().contains(DateFlag.RELATIVE_DATE) && MONTH_OR_DAY.matcher(c.value()).matches();
      if (i + 1 == out.size() || !yearWritten[i + 1] || c.type() != TimexType.DATE || c.value() == null
          || !c.flags().contains(DateFlag.INFERRED) && !c.value().startsWith("XXXX")
          || c.flags().contains(DateFlag.RELATIVE_DATE) || !MONTH_OR_DAY_ANY_YEAR.matcher(c.value()).matches()
          || !listed(text, c, out.get(i + 1))) {
        continue;
      }
      String next = out.get(i + 1).value();
      String value = next.substring(0, 4) + c.value().substring(4);
      if (c.value().substring(4).compareTo(next.substring(4)) > 0 || TimePoint.parse(value).isEmpty()) {
        continue;
      }
      out.set(i, c.withValueKept(value));
      yearWritten[i] = true;
    }
    // "in May 2019 and June": a guessed year after a written one in the same year; "August 14,
    // and August 15", both years guessed: the list does not go back in time
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate a = out.get(i);
      Candidate b = out.get(i + 1);
      if (a.type() != TimexType.DATE || b.type() != TimexType.DATE || a.value() == null || b.value() == null
          || a.flags().contains(DateFlag.RELATIVE_DATE) || !b.flags().contains(DateFlag.INFERRED)
          || !MONTH_OR_DAY.matcher(a.value()).matches() || !MONTH_OR_DAY.matcher(b.value()).matches()
          || a.value().substring(4).compareTo(b.value().substring(4)) > 0
          || a.flags().contains(DateFlag.INFERRED) && b.value().compareTo(a.value()) >= 0
          || !listed(text, a, b)) {
        continue;
      }
      String value = a.value().substring(0, 4) + b.value().substring(4);
      if (TimePoint.parse(value).isPresent()) {
        out.set(i + 1, b.withValueKept(value));
      }
    }
  }

  /** Whether only a list's comma, "and", "or", "&" or slash stands between two expressions. */
  private static boolean listed(String text, Candidate a, Candidate b) {
    return LISTED.matcher(text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * "this coming Sunday, March eighth", "next Tuesday, Aug. 11": a day named twice is one
   * expression, of the date the text writes (a weekday on its own is only counted to).
   */
  private static void joinWeekdaysToTheirDates(String text, List<Candidate> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate weekday = out.get(i);
      Candidate date = out.get(i + 1);
      if (weekday.type() != TimexType.DATE || date.type() != TimexType.DATE || date.value() == null
          || date.value().length() != 10 || !text.substring(weekday.end(), date.start()).equals(", ")
          || !WEEKDAY_LAST.matcher(text).region(weekday.start(), weekday.end()).find()) {
        continue;
      }
      out.set(i, date.widened(weekday.start(), date.end(), date.modifier()));
      out.remove(i + 1);
    }
  }

  /** "two hours and ten minutes" is one duration, {@code PT2H10M}. */
  private static void joinDurations(String text, List<Candidate> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate a = out.get(i);
      Candidate b = out.get(i + 1);
      if (a.type() != TimexType.DURATION || b.type() != TimexType.DURATION || a.value() == null
          || b.value() == null || a.value().contains("X") || b.value().contains("X")
          || !text.substring(a.end(), b.start()).strip().equals("and") || a.modifier() != null
          || b.modifier() != null) {
        continue;
      }
      String second = b.value().substring(1);
      String value = a.value().contains("T") && second.startsWith("T")
          ? a.value() + second.substring(1) : a.value() + second;
      if (!ONE_DURATION.matcher(value).matches()) {
        continue; // "1500 years and 3 decades": no larger unit after a smaller one, nor one twice
      }
      out.set(i, new Candidate(a.start(), b.end(), TimexType.DURATION, value, null, null,
          a.flags(), List.of(), a.priority(), null));
      out.remove(i + 1);
    }
  }

  /**
   * Whether {@code part}, a month or day, takes its year from {@code next}, a year told from the
   * one spoken of ("September 17 that year", "November of the following year"), which
   * {@link #joinDaysToTheirYears} then joins: the year guessed for the part alone is no year the
   * text speaks of.
   */
  static boolean takesItsYearFromTheNext(String text, Candidate part, Candidate next) {
    if (!ANAPHORIC_YEAR.matcher(text).region(next.start(), next.end()).matches()) {
      return false;
    }
    String between = text.substring(part.end(), next.start());
    return between.equals(" ") || OF.matcher(between).matches();
  }

  /**
   * "June last year", "Jan. 5 this year", "March of last year", "the fourth quarter of last
   * year", "the spring of next year", "the winter of nineteen ninety-four", "March the following
   * year": one expression, that part of that year. "This", "last" and "next" count from the
   * document date; "the following year" has its year from the one spoken of.
   */
  private static void joinDaysToTheirYears(String text, List<Candidate> out, TimePoint documentDate) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate part = out.get(i);
      Candidate year = out.get(i + 1);
      if (part.type() != TimexType.DATE || year.type() != TimexType.DATE || part.value() == null
          || year.value() == null || !PART_OF_A_YEAR.matcher(part.value()).matches()) {
        continue;
      }
      boolean anaphoric = ANAPHORIC_YEAR.matcher(text).region(year.start(), year.end()).matches()
          && YEAR.matcher(year.value()).matches();
      boolean deictic = anaphoric || DEICTIC_YEAR.matcher(text).region(year.start(), year.end()).matches();
      boolean inWords = !deictic && YEAR.matcher(year.value()).matches()
          && Character.isLetter(text.charAt(year.start()));
      String between = text.substring(part.end(), year.start());
      boolean adjacent = between.equals(" ");
      if (!deictic && !inWords || !adjacent && !OF.matcher(between).matches() || adjacent && inWords) {
        continue; // a year in words is joined after "of" ("the winter of nineteen ninety-four")
      }
      String which = text.substring(year.start(), year.start() + 4);
      String yearValue = YEAR.matcher(year.value()).matches() ? year.value()
          : documentDate == null ? null : String.valueOf(documentDate.year() + TimexWords.shift(which));
      if (yearValue == null || adjacent && !MONTH_OR_DAY_ANY_YEAR.matcher(part.value()).matches()) {
        continue; // "the quarter last year" is two expressions
      }
      String value = yearValue + part.value().substring(4);
      if (MONTH_OR_DAY.matcher(value).matches() && TimePoint.parse(value).isEmpty()) {
        continue; // "Feb. 29 last year" in a year without one
      }
      out.set(i, part.widened(part.start(), year.end(), part.modifier()).withValueKept(value));
      out.remove(i + 1);
    }
  }
}
