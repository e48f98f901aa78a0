package dev.claimcheck.read.tika;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spaces a PDF's text lost in a reference entry's head, where they are certain: between a family
 * name and its initials ({@code DelportW,} → {@code Delport W,}, {@code AmodeMR,}) before the
 * entry's year, and between the year and the title ({@code 2004.MUSCLE} → {@code 2004. MUSCLE}).
 * After the year, titles and journals keep their capitals ({@code PhyML}, {@code ApJ}).
 */
final class GluedNames {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d{2}[a-z]?(?!\\d)");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Ll}{2})(\\p{Lu}{1,2})(?=[,.\\s]|$)");
  private static final Pattern YEAR_THEN_TITLE = Pattern.compile("((?:1[5-9]|20)\\d{2}[a-z]?\\.)(?=\\p{Lu})");

  private GluedNames() {}

  /**
   * The line with its head's spaces put back.
   *
   * @param dated whether the entry the line belongs to has shown its year already
   */
  static String unglue(String line, boolean dated) {
    String fixed = YEAR_THEN_TITLE.matcher(line).replaceFirst("$1 ");
    if (dated) {
      return fixed;
    }
    Matcher year = YEAR.matcher(fixed);
    int end = year.find() ? year.start() : fixed.length();
    return INITIALS.matcher(fixed.substring(0, end)).replaceAll("$1 $2") + fixed.substring(end);
  }

  /** Whether the text shows a year. */
  static boolean dated(CharSequence text) {
    return YEAR.matcher(text).find();
  }
}
