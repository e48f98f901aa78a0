package dev.claimcheck.dates;

import dev.claimcheck.text.CalendarDates;
import dev.claimcheck.text.CountWords;
import dev.claimcheck.text.Prose;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a time word is part of a name rather than a date: "USA Today", ABC's "This Week",
 * "60 Minutes", "the Six-Day War", "One Day at a Time", "The Sunday Times", "Mon. Not. R.
 * Astron. Soc.". {@link NotDates} says the same of numbers that only look like years.
 * Thread-safe.
 */
final class NamesNotDates {
  /** Time words written with a capital only in a name, away from the start of a sentence. */
  private static final Set<String> TITLE_WORDS = Set.of("Today", "Tonight", "Tomorrow", "Yesterday",
      "Now", "Week", "Weekend", "Month", "Year", "Minutes", "Hours", "Days", "Weeks", "Months", "Years",
      "Morning", "Night", "Evening", "Afternoon", "Midnight", "Noon", "Midday");

  /** A weekday's name and nothing else. */
  private static final Pattern WEEKDAY_ALONE = Pattern.compile(CalendarDates.WEEKDAY);
  /** Capitalised words a weekday goes on into without being a name: a month, a weekday, an abbreviation. */
  private static final Pattern NOT_A_NAME_AFTER_A_WEEKDAY = Pattern.compile(
      CalendarDates.MONTH_NAME + "|" + CalendarDates.WEEKDAY + "|[A-Z]{2,}");
  /**
   * Capitalised words after a weekday that go on a sentence or a headline, not a name: a part of
   * the day ("Sunday Night"), a word of grammar ("Talk Friday About Spacewalk"), a title ("said
   * Monday Mr. Bush").
   */
  private static final Set<String> GOES_ON_AFTER_A_WEEKDAY = Set.of("Morning", "Afternoon", "Evening", "Night",
      "Noon", "Midnight", "Overnight", "About", "Above", "After", "Against", "Ahead", "Amid", "And", "As", "At",
      "Before", "Behind", "But", "By", "During", "For", "From", "In", "Into", "Of", "On", "Or", "Over", "Since",
      "The", "Than", "That", "Then", "Through", "To", "Until", "Via", "When", "While", "With", "Without", "Mr",
      "Mrs", "Ms", "Dr", "Sir", "Gen", "Gov", "Sen", "Rep", "President", "Prime", "Premier");
  /**
   * Words after which a weekday is a day the text speaks of whatever follows it: a preposition
   * ("on Sunday Iraq said"), a word that counts days ("next Friday"), a reporting verb ("said
   * Monday"), a possessive ("his Sunday sermon" is that Sunday's), a coordination ("Saturday and
   * Sunday").
   */
  private static final Set<String> DAY_AFTER = Set.of("on", "by", "until", "till", "til", "since", "from",
      "through", "thru", "before", "after", "during", "between", "except", "including", "to", "next", "last",
      "this", "that", "every", "each", "early", "late", "and", "or", "said", "says", "say", "told", "tells",
      "announced", "reported", "added", "his", "her", "their", "its", "our", "my", "your", "whose");

  /**
   * The words that make a weekday the name of a day of its own, a feast or an event ("Black
   * Friday", "Palm Sunday", "Bloody Sunday", "Super Tuesday"): its weekday is no day of the week
   * the text speaks of.
   */
  private static final Set<String> NAMED_DAYS = Set.of("Black", "Bloody", "Super", "Ash", "Palm", "Holy",
      "Maundy", "Shrove", "Whit", "Cyber", "Mothering", "Remembrance", "Trinity", "Passion", "Low", "Fat",
      "Giving", "Easter", "Pentecost", "Rogation", "Laetare", "Gaudete", "Egg", "Good");

  /**
   * Capitalised words before a holiday's name that greet it or say which it is, not begin a name;
   * a headline's words of grammar are {@link #GOES_ON_AFTER_A_WEEKDAY}'s.
   */
  private static final Set<String> BEFORE_A_HOLIDAY = Set.of("Happy", "Merry", "Blessed", "Joyous", "Last",
      "This", "Next", "Every", "Each", "Till", "Around", "Near", "Early", "Late", "Post", "Pre");

  /** Words a weekday makes a compound with that names a kind of thing: "Sunday school", "Sunday best". */
  private static final Set<String> WEEKDAY_COMPOUNDS = Set.of("school", "schools", "best");
  /** Words after which a weekday before such a word is still a day: "on Sunday school reopened". */
  private static final Set<String> DAY_BEFORE_A_COMPOUND = Set.of("on", "next", "last", "this", "that", "by",
      "until", "since");

  /** A weekday abbreviated with a point, and a capitalised abbreviation after it: "Mon. Not." begins a name. */
  private static final Pattern ABBREVIATED_WEEKDAY = Pattern.compile("\\p{Lu}\\p{Ll}{2,4}\\.");
  private static final Pattern ABBREVIATION_AFTER = Pattern.compile("\\s\\p{Lu}\\p{Ll}{1,5}\\.(?!\\d)");

  /** Units that end a capitalised compound naming something: "the Six-Day War", "the Hundred-Year Plan". */
  private static final Set<String> NAMED_UNITS = Set.of("Day", "Week", "Month", "Year", "Hour", "Minute");

  private NamesNotDates() {}

  /**
   * Whether the expression at {@code [start, end)} is part of a name: one of its time words is
   * capitalised where a sentence, a quotation or a bracket does not begin ("USA Today reported",
   * "on ABC's \"This Week\"", "60 Minutes", "the Thirty Years' War", "the Six-Day War"). "Today,
   * prices fell" and "\"Now we know\"" are dates.
   */
  static boolean inAName(Scan scan, int start, int end) {
    if (weekdayBeginsAName(scan, start, end) || abbreviatedWeekdayInAName(scan, start, end)
        || namedDay(scan, start, end) || weekdayInACompound(scan, start, end)) {
      return true;
    }
    String text = scan.text;
    int i = start;
    Integer countWord = null; // where the word before began, when it is a capitalised count
    while (i < end) {
      int wordEnd = i;
      while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(i, wordEnd);
      if (word.endsWith("'") || word.endsWith("’")) {
        word = word.substring(0, word.length() - 1); // "the Thirty Years' War"
      }
      int hyphen = word.lastIndexOf('-');
      boolean namedStretch = hyphen > 0 && Character.isUpperCase(word.charAt(0))
          && NAMED_UNITS.contains(word.substring(hyphen + 1)); // "the Six-Day War"
      // "One Day at a Time", "the One Day Series": a count and a unit both capitalised
      boolean namedCount = countWord != null && NAMED_UNITS.contains(word);
      if ((TITLE_WORDS.contains(asTitle(word)) || namedStretch || namedCount)
          && !opensClause(scan, namedCount ? countWord : i)) {
        // a headline capitalises every word: "Talks Resume Today"; but not "USA TODAY" in capitals
        return !titleCase(scan) || !asTitle(word).equals(word) && allCapitals(scan, i);
      }
      countWord = Character.isUpperCase(word.charAt(0)) && !word.equals("A")
          && CountWords.value(word.toLowerCase(Locale.ROOT)) != null ? i : null;
      i = wordEnd;
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    return false;
  }

  /**
   * Whether the expression is a weekday alone that begins a name, going on into a capitalised
   * word that is no month, weekday, abbreviation, part of the day or word of grammar: "The Sunday
   * Times", "the Monday Club", "Sunday School", "Kanye West's 'Sunday Service'", "Billie Sunday
   * Farnum". Not after a word that makes it a day the text speaks of ("on Sunday Iraq said", "his
   * Sunday Mass"), a figure ("every 2nd Tuesday"), nor in a headline, where every word is
   * capitalised. "The Friday March 5 session" and "the Friday GMT" stay dates.
   */
  private static boolean weekdayBeginsAName(Scan scan, int start, int end) {
    if (!WEEKDAY_ALONE.matcher(scan.text).region(start, end).matches()) {
      return false;
    }
    String next = scan.wordAfter(end);
    if (next.length() < 2 || !Character.isUpperCase(next.charAt(0)) || !Character.isLowerCase(next.charAt(1))
        || NOT_A_NAME_AFTER_A_WEEKDAY.matcher(next).matches() || GOES_ON_AFTER_A_WEEKDAY.contains(next)) {
      return false;
    }
    String before = scan.wordBefore(start);
    if (before.equals("the")) {
      return true;
    }
    int tokenEnd = scan.skipSpacesBack(start);
    int tokenStart = tokenEnd;
    while (tokenStart > scan.from && !Character.isWhitespace(scan.text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    boolean figureBefore = Prose.hasDigit(scan.text.substring(tokenStart, tokenEnd));
    return !DAY_AFTER.contains(before) && !figureBefore && !titleCase(scan);
  }

  /**
   * Whether the holiday's name at {@code start} ends a name that a capitalised word before it
   * begins: "The Long Good Friday" (a film), "A Very Murray Christmas" (a show). Not
   * where a sentence, a quotation or a bracket opens, nor after a month, a weekday, an abbreviation
   * ("U.S. Thanksgiving"), a possessive ("America's Independence Day"), a greeting ("Merry
   * Christmas"), an adjective in -al that says which such day ("Presidential Election Day",
   * "National Thanksgiving") or a headline's word of grammar ("Stores Close Before Christmas").
   */
  static boolean holidayEndsAName(Scan scan, int start) {
    int wordEnd = scan.skipSpacesBack(start);
    int wordStart = scan.wordStartBefore(start);
    if (wordEnd == start || opensClause(scan, start)) {
      return false;
    }
    String before = scan.text.substring(wordStart, wordEnd);
    boolean possessive = wordStart > scan.from && "'’".indexOf(scan.text.charAt(wordStart - 1)) >= 0;
    return nameWord(before) && !possessive && !before.endsWith("al") && !BEFORE_A_HOLIDAY.contains(before);
  }

  /**
   * Whether the expression is a weekday alone that begins a compound naming a kind of thing, not
   * a day: "taught Sunday school", "in their Sunday best". "On Sunday school reopened" is a day.
   */
  private static boolean weekdayInACompound(Scan scan, int start, int end) {
    return WEEKDAY_ALONE.matcher(scan.text).region(start, end).matches()
        && WEEKDAY_COMPOUNDS.contains(scan.wordAfter(end)) && !DAY_BEFORE_A_COMPOUND.contains(scan.wordBefore(start));
  }

  /** Whether the expression is a weekday alone after a word that names the day ("Black Friday"). */
  private static boolean namedDay(Scan scan, int start, int end) {
    if (!WEEKDAY_ALONE.matcher(scan.text).region(start, end).matches()) {
      return false;
    }
    int wordStart = scan.wordStartBefore(start);
    return NAMED_DAYS.contains(scan.text.substring(wordStart, scan.skipSpacesBack(start)));
  }

  /**
   * Whether the expression is a weekday abbreviated with a point before another capitalised
   * abbreviation that is no month or weekday: the start of an abbreviated name, as a journal's
   * ("Mon. Not. R. Astron. Soc.", "Sat. Eve. Post"); "Mon. Jan. 5" and "Fri. Sept. 3" stay dates.
   */
  private static boolean abbreviatedWeekdayInAName(Scan scan, int start, int end) {
    if (!ABBREVIATED_WEEKDAY.matcher(scan.text).region(start, end).matches()) {
      return false;
    }
    if (endsANameBefore(scan, start)) {
      return true;
    }
    // the point may have ended the sentence the scan covers: the name goes on past it
    Matcher next = ABBREVIATION_AFTER.matcher(scan.text).region(end, Math.min(scan.text.length(), end + 8));
    return next.lookingAt() && !NOT_A_NAME_AFTER_A_WEEKDAY.matcher(scan.text).region(next.start() + 1, next.end())
        .lookingAt();
  }

  /**
   * Whether an abbreviated weekday at {@code start} ends a name, after "the", or after a capitalised
   * word that does not open the clause: "according to The Sun.", "the Land of the Rising Sun.". After a
   * preposition, a bracket or a month it stays a day ("on Sun.", "(Sun.)", "Oct. 23 Sun.").
   */
  private static boolean endsANameBefore(Scan scan, int start) {
    int wordEnd = scan.skipSpacesBack(start);
    int wordStart = scan.wordStartBefore(start);
    if (wordEnd == start || wordEnd <= wordStart) {
      return false;
    }
    String before = scan.text.substring(wordStart, wordEnd);
    if (before.equalsIgnoreCase("the")) {
      return true; // "The Sun. reported", a name wherever it stands
    }
    return !opensClause(scan, wordStart) && nameWord(before);
  }

  /**
   * Whether {@code word} may be the word of a name before a time word: capitalised, no
   * abbreviation, no word of grammar or title ({@link #GOES_ON_AFTER_A_WEEKDAY}), no month or
   * weekday, not written in capitals.
   */
  private static boolean nameWord(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
        && !word.endsWith(".") && !GOES_ON_AFTER_A_WEEKDAY.contains(word)
        && !NOT_A_NAME_AFTER_A_WEEKDAY.matcher(word).matches();
  }

  /** A word written in capitals as a title writes it ("TODAY" as "Today", in "USA TODAY"); others as they are. */
  private static String asTitle(String word) {
    if (word.length() < 3 || !word.chars().allMatch(Character::isUpperCase)) {
      return word;
    }
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Whether the word before {@code at} (as {@link Scan#wordBefore} reads it) is written in capitals, two letters or more. */
  private static boolean allCapitals(Scan scan, int at) {
    String word = scan.text.substring(scan.wordStartBefore(at), scan.skipSpacesBack(at));
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /** Whether three in four words of four letters or more in the stretch (four at least) begin with a capital. */
  private static boolean titleCase(Scan scan) {
    int words = 0;
    int capitals = 0;
    int i = scan.from;
    while (i < scan.to) {
      int end = i;
      while (end < scan.to && Character.isLetter(scan.text.charAt(end))) {
        end++;
      }
      if (end - i >= 4) {
        words++;
        capitals += Character.isUpperCase(scan.text.charAt(i)) ? 1 : 0;
      }
      i = end + 1;
    }
    return words >= 4 && capitals * 4 > words * 3;
  }

  /** Whether a sentence, a quotation or a bracket opens just before {@code at}. */
  private static boolean opensClause(Scan scan, int at) {
    int i = at;
    while (i > scan.from && Character.isWhitespace(scan.text.charAt(i - 1))) {
      i--;
    }
    // a dateline's "WASHINGTON (AP) _" ends in a bracket or an underscore
    return i == scan.from || "\"“‘'`():—–-_.!?".indexOf(scan.text.charAt(i - 1)) >= 0;
  }
}
