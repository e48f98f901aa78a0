package dev.claimcheck.read.wiki;

import dev.claimcheck.text.CalendarDates;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Date templates ({@code {{birth date|1952|9|9}}}, {@code {{start date}}} …): the date as
 * written text, {@code 9 September 1952}, so that the tagger reads it as any other date.
 */
final class DateFamily extends NamedFamily {
  private static final Set<String> NAMES = Set.of("birth date", "birth date and age",
      "death date", "death date and age", "start date", "end date", "start date and age",
      "end date and age", "dob", "bda", "dda", "film date", "date", "birth-date", "death-date",
      "birth year and age", "death year and age");

  DateFamily() {
    super(NAMES);
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return date(t);
  }

  /** A date template's date as written text, or null. */
  private static String date(WikiSyntax.Template t) {
    List<Integer> numbers = new ArrayList<>();
    for (String p : t.positional()) {
      String v = p.strip();
      if (v.matches("\\d{1,4}")) {
        numbers.add(Integer.parseInt(v));
        if (numbers.size() == 3) {
          break;
        }
      } else if (!numbers.isEmpty()) {
        break;
      }
    }
    if (numbers.isEmpty()) {
      String first = t.at(0);
      return first != null && CalendarDates.parse(first).isPresent() ? first : null;
    }
    int year = numbers.get(0);
    if (numbers.size() == 1) {
      return String.valueOf(year);
    }
    String month = Month.of(Math.max(1, Math.min(12, numbers.get(1))))
        .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return numbers.size() == 2 ? month + " " + year : numbers.get(2) + " " + month + " " + year;
  }
}
