package dev.claimcheck.refs.parse;

import dev.claimcheck.text.CalendarDates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The items of one part of an entry: split at commas and semicolons outside brackets, with a
 * month and day kept with their year and a place kept with its region.
 */
final class Items {
  private static final Pattern MONTH_DAY = Pattern.compile(
      "^" + CalendarDates.MONTH + "\\.?\\s+\\d{1,2}$", Pattern.CASE_INSENSITIVE);

  private Items() {}


  /** Items of a part, split at commas and semicolons outside brackets. */
  static List<String> of(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if ((c == ';' || (c == ',' && (i + 1 == s.length() || s.charAt(i + 1) == ' '))) && depth == 0) {
        out.add(s.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(s.substring(start).strip());
    out.removeIf(String::isEmpty);
    for (int i = out.size() - 2; i >= 0; i--) {
      boolean date = MONTH_DAY.matcher(out.get(i)).matches() && out.get(i + 1).matches("\\d{4}");
      // "London, Eng: Pelham", "Cambridge, MA: MIT Press": a place with its region.
      boolean region = !out.get(i).contains(":") && out.get(i).matches("\\p{Lu}[\\p{L} ]{1,30}")
          && out.get(i + 1).matches("\\p{Lu}[\\p{L}.]{1,12}:\\s.+");
      if (date || region) {
        out.set(i, out.get(i) + ", " + out.remove(i + 1));
      }
    }
    if (out.isEmpty()) {
      out.add(s.strip());
    }
    return out;
  }
}
