package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week or a weekend named by a day in it: "the week of March 4" is the week March 4 falls in
 * ({@code 2019-W10}), "the weekend of March 2–3" that week's weekend ({@code 2019-W09-WE}), one
 * expression over the words and the day (or the days of a range), whatever the document date
 * would have made of "the weekend" alone. Part of {@link Neighbours}' reading; stateless.
 */
final class WeeksOfDays {
  /** "the week of ", "the weekend of " just before a day. */
  private static final Pattern WEEK_OF = Pattern.compile("(?i)\\b(?:the\\s+)?(week|weekend)\\s+of\\s+$");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** What joins the two days of a range: "March 2–3", "March 2 and 3". */
  private static final Pattern RANGE_JOIN = Pattern.compile("\\s?[-–]\\s?|\\s{1,3}(?:and|to|through)\\s{1,3}");

  private WeeksOfDays() {}

  /** Joins each "the week of" or "the weekend of" to the day after it, in place. */
  static void join(String text, List<Candidate> out) {
    for (int i = 0; i < out.size(); i++) {
      Candidate day = out.get(i);
      if (day.type() != TimexType.DATE || day.value() == null || !DAY.matcher(day.value()).matches()
          || day.modifier() != null) {
        continue;
      }
      int from = Math.max(0, day.start() - 24);
      Matcher m = WEEK_OF.matcher(text).region(from, day.start());
      if (!m.find()) {
        continue;
      }
      int end = day.end();
      if (i + 1 < out.size() && day.flags().contains(DateFlag.RANGE_BEGIN)
          && out.get(i + 1).flags().contains(DateFlag.RANGE_END)
          && RANGE_JOIN.matcher(text).region(day.end(), out.get(i + 1).start()).matches()) {
        end = out.get(i + 1).end(); // "the weekend of March 2–3": both days in one expression
        out.remove(i + 1);
      }
      LocalDate date = LocalDate.parse(day.value());
      String value = String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + (m.group(1).equalsIgnoreCase("weekend") ? "-WE" : "");
      Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
      flags.addAll(day.flags());
      flags.removeAll(Set.of(DateFlag.RANGE_BEGIN, DateFlag.RANGE_END));
      int start = m.start();
      out.set(i, new Candidate(start, end, TimexType.DATE, value, null, day.anchor(), flags, day.readings(),
          day.priority(), null));
      // "over the weekend" read alone, inside the words now joined to the day, goes
      if (i > 0 && out.get(i - 1).start() >= start) {
        out.remove(i - 1);
        i--;
      }
    }
  }
}
