package dev.claimcheck.dates;

import java.util.List;
import java.util.Locale;

/** The small vocabularies of temporal expressions and what they stand for. Thread-safe. */
final class TimexWords {
  /** Ordinal words up to twenty-first, as a regex alternation. */
  static final String ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
      + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
      + "|eighteenth|nineteenth|twentieth|twenty[- ]first";

  /** Ordinal words of the days of a month, "first" to "thirty-first", as a regex alternation. */
  static final String DAY_ORDINALS = "(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth"
      + "|seventh|eighth|ninth)|thirtieth|" + ORDINALS.substring(0, ORDINALS.lastIndexOf("|twenty[- ]first"));

  private static final List<String> ORDINAL_LIST = List.of("first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
      "twentieth");
  private static final List<String> DECADES = List.of("twenties", "thirties", "forties",
      "fifties", "sixties", "seventies", "eighties", "nineties");
  /** The last two-digit year read as this century's when the text gives no date to go by. */
  static final int LATEST_CUT_YEAR = 30;

  private TimexWords() {}

  /** The number of an ordinal word ("nineteenth" → 19, "thirty-first" → 31), or -1. */
  static int ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("thirtieth")) {
      return 30;
    }
    for (String tens : List.of("twenty", "thirty")) {
      if (w.length() > tens.length() + 1 && w.startsWith(tens)) {
        int ones = ORDINAL_LIST.indexOf(w.substring(tens.length() + 1));
        return ones < 0 || ones > 8 ? -1 : (tens.equals("twenty") ? 20 : 30) + ones + 1;
      }
    }
    int i = ORDINAL_LIST.indexOf(w);
    return i < 0 ? -1 : i + 1;
  }

  /** The decade digit of a decade word ("eighties" → 8). */
  static int decade(String word) {
    return DECADES.indexOf(word.toLowerCase(Locale.ROOT)) + 2;
  }

  /**
   * The modifier of "early", "mid", "late", "circa", "the start (end, …) of", "the first (final,
   * …) months of", or null.
   */
  static String modifier(String word) {
    if (word == null) {
      return null;
    }
    return switch (word.toLowerCase(Locale.ROOT).replace("-", "").strip()) {
      case "early" -> "EARLY";
      case "mid" -> "MID";
      case "late" -> "LATE";
      case "the beginning of", "the start of" -> "START";
      case "the middle of" -> "MID";
      case "the end of", "the close of" -> "END";
      case "circa" -> "APPROX";
      default -> stretchOf(word);
    };
  }

  /** "the first months of" is the start of what follows, "the final weeks of" its end; else null. */
  private static String stretchOf(String words) {
    if (!words.endsWith(" of")) {
      return null;
    }
    return words.matches("(?i)the (?:first|opening|early) .*") ? "START" : "END";
  }

  /** The periods "last" (-1) and "next" (+1) lie from this one; 0 for any other word or none. */
  static int shift(String which) {
    return "last".equalsIgnoreCase(which) ? -1 : "next".equalsIgnoreCase(which) ? 1 : 0;
  }

  /** The TIMEX3 part-of-day code of "morning", "afternoon", "evening", "night". */
  static String partOfDay(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  /** The TIMEX3 season code of a season name. */
  static String season(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "winter" -> "WI";
      default -> "FA";
    };
  }

  /** The month a season code's season begins in, in the northern hemisphere ({@code SU} → 6). */
  static int seasonStart(String code) {
    return switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
  }

  /**
   * A two-digit year widened to four digits. With a document date: the year of its century or
   * the one before that falls at most ten years after it. Without one, after a date the text
   * named: the year of that date's century or the one before that falls at most fifty years
   * after it ("born in 1957 … in '58" is 1958; "in 1949 … the spirit of '67" is 1967), and no
   * later than 20{@value #LATEST_CUT_YEAR}. With neither, the text is taken to be of this
   * century's first decades: 00–{@value #LATEST_CUT_YEAR} are 2000–2030, the others 1931–1999
   * ("the Class of '49"; the POSIX rule would make it 2049).
   */
  static int widenYear(int twoDigits, DateContext context) {
    TimePoint documentDate = context.documentDate();
    TimePoint named = documentDate == null ? context.paragraphDate() : null;
    if (documentDate == null && named == null) {
      return twoDigits <= LATEST_CUT_YEAR ? 2000 + twoDigits : 1900 + twoDigits;
    }
    TimePoint reference = documentDate != null ? documentDate : named;
    int year = reference.year() / 100 * 100 + twoDigits;
    boolean tooLate = documentDate != null ? year > reference.year() + 10
        : year > reference.year() + 50 || year > 2000 + LATEST_CUT_YEAR;
    return tooLate ? year - 100 : year;
  }
}
