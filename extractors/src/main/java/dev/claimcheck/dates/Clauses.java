package dev.claimcheck.dates;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the clause around an expression begins and ends in its sentence, and which words of it
 * {@link Tense} reads: those before the expression, else those after it.
 */
final class Clauses {
  /** Conjunctions that open a clause set against the one before, with their spaces. */
  private static final List<String> CONTRASTS = List.of(" but ", " whereas ", " although ");

  /** A clause of time or condition, short, up to the expression: "when we get home on", "if talks fail by". */
  private static final Pattern SUBORDINATE_LEAD = Pattern.compile(
      "(?i)(?:when|whenever|if|once|unless|until|after|before)\\b(?:\\s+\\S+){0,5}");

  /** Prepositions that open a sentence's fronted adverbial: "In a speech Thursday, he will …". */
  private static final Pattern OPENING_PREPOSITION = Pattern.compile(
      "(?:In|On|At|By|During|After|Before|Since|Until|From|Following|Late|Early|Earlier|Later|Over|Through)\\b.*");

  /**
   * A verb of saying in -ing after an expression: what follows is what was said, of its own tense
   * ("is quoted in Tuesday's editions as saying he would resign").
   */
  private static final Pattern SAYING = Pattern.compile(
      "\\b(?:saying|adding|warning|noting|arguing|insisting|claiming|stating|telling)\\b");

  private Clauses() {}

  /**
   * Whether a clause ends at {@code at}: a stop before a capital or the end, a colon or semicolon,
   * a question or exclamation mark, a quotation mark that closes a quoted sentence, a comma, the
   * space before a conjunction that sets a clause against the one before ({@link #CONTRASTS}).
   * The points of "Jan. 2", "$648.2", "Corp.'s" and of a dotted abbreviation ("8 p.m. Sunday",
   * "U.S. officials"), the colon of a clock time ("10:30 Thursday") and the comma of a figure
   * ("in 2,244 theaters on Wednesday") end nothing.
   */
  private static boolean endsAt(String sentence, int at) {
    char c = sentence.charAt(at);
    if (c == '.') {
      if (at >= 2 && sentence.charAt(at - 2) == '.' && Character.isLetter(sentence.charAt(at - 1))) {
        return at + 1 >= sentence.length();
      }
      return at + 2 >= sentence.length() || sentence.charAt(at + 1) == ' ' && Character.isUpperCase(sentence.charAt(at + 2));
    }
    if ((c == ':' || c == ',') && withinAFigure(sentence, at)) {
      return false; // the colon of a clock time, "10:30", the comma of a figure, "2,244"
    }
    if (c == ' ') {
      for (String contrast : CONTRASTS) {
        if (sentence.startsWith(contrast, at)) {
          return true; // "he usually arrives at 9 a.m. but he arrived at noon": a clause of its own follows
        }
      }
      return false;
    }
    if (c == '"' || c == '“' || c == '”') {
      // the end of a quoted sentence ('."', ',"'); not the marks of a quoted name or phrase inside
      // the clause ('will reunite "Sopranos" castmates for the show happening Monday night')
      return at > 0 && ".,;:!?".indexOf(sentence.charAt(at - 1)) >= 0;
    }
    return ";:!?,".indexOf(c) >= 0;
  }

  /** Whether the mark at {@code at} stands between two digits, within a figure ("2,244", "10:30"). */
  static boolean withinAFigure(String text, int at) {
    return at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
        && Character.isDigit(text.charAt(at + 1));
  }

  /** Where the clause holding {@code at} begins. */
  private static int start(String sentence, int at) {
    int from = at;
    while (from > 0 && !endsAt(sentence, from - 1)) {
      from--;
    }
    return from;
  }

  /** Where the clause that goes on at {@code at} ends (the sentence's length when none does). */
  private static int end(String sentence, int at) {
    int to = at;
    while (to < sentence.length() && !endsAt(sentence, to)) {
      to++;
    }
    return to;
  }

  /**
   * The words of its clause before {@code start}, in lower case. A reported clause begins after
   * its "that" ("he added that guidelines to be published in November"), unless "that" stands
   * right before the expression ("that Friday").
   */
  static String wordsBefore(String sentence, int start) {
    String words = sentence.substring(start(sentence, start), start).toLowerCase(Locale.ROOT);
    int that = words.lastIndexOf(" that ");
    return that >= 0 && !words.substring(that + 6).isBlank() ? words.substring(that + 6) : words;
  }

  /**
   * The words of its clause after {@code end}, in lower case. A fronted adverbial ("In September,
   * it announced …") and a short clause of time or condition ("that, when we get home on Monday,
   * we'll have to look at") that end right after the expression are read on into the clause they
   * lead into; what a verb of saying after it brings in ({@link #SAYING}) is not read.
   */
  static String wordsAfter(String sentence, int start, int end) {
    int to = end(sentence, end);
    if (to < sentence.length() && sentence.substring(end, to).isBlank() && sentence.charAt(to) == ','
        && (opensSentence(sentence, start) || opensASubordinateClause(sentence, start))) {
      to = end(sentence, to + 1);
    }
    String words = sentence.substring(end, to).toLowerCase(Locale.ROOT);
    if (words.indexOf("ing") < 0) {
      return words; // the cheap look first: most clauses hold no -ing word
    }
    Matcher said = SAYING.matcher(words);
    return said.find() ? words.substring(0, said.start()) : words;
  }

  /** Whether the clause of the expression at {@code start} opens with {@link #SUBORDINATE_LEAD}. */
  private static boolean opensASubordinateClause(String sentence, int start) {
    return SUBORDINATE_LEAD.matcher(sentence.substring(start(sentence, start), start).strip()).matches();
  }

  /**
   * Whether only a preposition or two ("In", "Late in", "On"), or a short phrase a preposition
   * opens ("In a speech"), stand before {@code start}.
   */
  private static boolean opensSentence(String sentence, int start) {
    String before = sentence.substring(0, start).strip();
    if (before.isEmpty()) {
      return true;
    }
    int words = before.split("\\s+").length;
    return words <= 2 && Character.isUpperCase(before.charAt(0))
        || words <= 5 && OPENING_PREPOSITION.matcher(before).matches();
  }

  /**
   * Whether a sentence ends between {@code from} and {@code to}: a stop before a capital, a
   * question or exclamation mark, a line's end. A stretch read whole (a web page's list under its
   * heading, "Currently Active Projects ⏎ … is dismantling the platform in May") holds several.
   */
  static boolean sentenceEndsBetween(String sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = sentence.charAt(i);
      if (c == '\n' || c == '?' || c == '!' || c == '.' && endsAt(sentence, i)) {
        return true;
      }
    }
    return false;
  }
}
