package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The candidates of one stretch of text, collected by the rules. Not thread-safe. */
final class Scan {
  /**
   * Lower-case words after a word that leave it qualifying no noun: prepositions, conjunctions,
   * forms of "be", pronouns, and the words that follow a stretch of time without being its noun
   * ("paid quarterly to holders", "the March to the sea", "the four days he considered", "the six
   * months ended Oct. 1").
   */
  private static final Set<String> NOT_A_NOUN = Set.of("and", "or", "but", "in", "on", "at", "by", "for",
      "from", "to", "since", "until", "over", "during", "with", "through", "into", "against", "across",
      "toward", "towards", "as", "than", "basis", "thereafter", "instead", "rather", "after", "before", "while",
      "when", "if", "that", "which", "who", "is", "are", "was", "were", "the", "a", "an", "its", "his", "her",
      "their", "our", "this", "these", "those", "he", "she", "it", "we", "they", "i", "you", "ended", "ending",
      "ago", "later", "earlier", "ahead", "longer", "shorter", "more", "less", "too", "again", "ever", "so",
      "then", "now", "also", "only", "even", "still", "already", "there", "here", "because", "unless", "though",
      "although", "where", "whereas", "within", "without", "under", "about", "around", "like", "not", "will",
      "would", "can", "could", "should", "must", "has", "have", "had", "do", "does", "did", "be", "been");

  /** Words before a day or month that set the end of what goes on: "runs through Sunday", "until Jan. 5". */
  private static final Set<String> END_CUES = Set.of("until", "till", "through");
  /** A perfect in the clause before: "has fallen through", "have worked through". */
  private static final Pattern PERFECT_BEFORE = Pattern.compile("(?i)\\b(?:has|have|had|'ve)\\b[^,;:.]*$");

  /** Words before a possessive day that make it one awaited: "preparing for Sunday's vote", "to Monday's talks". */
  private static final Set<String> AWAITED = Set.of("for", "to", "toward", "towards", "before");
  /** A line's end, after a comma or none, and a year that begins the next line: "Oct. 28,⏎⏎2018.", "21 March⏎⏎1943,". */
  private static final Pattern YEAR_ON_THE_NEXT_LINE =
      Pattern.compile("(?<!\\s),?+[ \\t]*+\\r?\\n\\s*+([12]\\d{3})(?!\\d)");
  /** A verb of saying and "in" or "on" just before a date: "announced in March 2001", "said on 5 June 1990". */
  private static final Pattern SAID_ON = Pattern.compile("(?i)\\b(?:said|says|announced|stated|told\\s+\\p{L}+"
      + "|wrote|promised|pledged|predicted|declared|reported|added|vowed|warned|claimed|insisted|estimated)"
      + "\\s+(?:in|on)\\s+$");
  /** A colon that ends a line: a heading over the lines it introduces. */
  private static final Pattern LINE_ENDING_COLON = Pattern.compile(":[ \\t]*\\r?\\n");
  /**
   * A short stretch with a figure and none of "is", "are", "has", "have", "does", "do", "says",
   * "say" (see {@link #leavesItsVerbOut}).
   */
  private static final Pattern GAPPED = Pattern.compile(
      "(?=[^\\d]{0,40}\\d)(?!.*\\b(?:is|are|has|have|does|do|says|say)\\b)[^.;:!?]{0,80}", Pattern.DOTALL);
  /** What ends a clause between a year and a month or day named after it. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()–—]|\\s-\\s|\\b(?:and|but|or|while|whereas)\\b");
  /** The month names and abbreviations a date's patterns read ({@code CalendarDates.MONTH_NAME}), in lower case. */
  private static final Set<String> MONTH_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
      "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
      "nov", "november", "dec", "december");
  /** The months' full names, in lower case, as a page glues one to the word after it ("24 JulyNoon:"). */
  private static final List<String> FULL_MONTHS = List.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");

  final String text;
  final int from;
  final int to;
  /** The stretch in lower case, for the rules' cheap cue checks. */
  final String lower;
  final DateContext context;
  final List<Candidate> found = new ArrayList<>();
  /** Whether the stretch holds a month's name, a digit: worked out on first asking. */
  private Boolean month;
  private Boolean digit;

  Scan(String text, int from, int to, DateContext context) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    this.context = context;
  }

  boolean has(String cue) {
    return lower.contains(cue);
  }

  /** Whether one of {@code stems} (in lower case) begins a word of the stretch, in any case. */
  boolean beginsAWord(String... stems) {
    for (String stem : stems) {
      for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
        if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a digit, one of {@code separators} and a digit stand together in the stretch
   * ("2019-03", "3/4", "26.10"), as dates in figures write them.
   */
  boolean hasFiguresJoinedBy(String separators) {
    for (int i = from + 1; i + 1 < to; i++) {
      if (separators.indexOf(text.charAt(i)) >= 0 && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the stretch holds {@code cue} as written, case and all ("AD", "CE"). */
  boolean hasAsWritten(String cue) {
    int at = text.indexOf(cue, from);
    return at >= 0 && at + cue.length() <= to;
  }

  /** Whether the stretch holds a digit (worked out once). */
  boolean hasDigit() {
    if (digit == null) {
      digit = lower.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
    return digit;
  }

  /**
   * Whether a month's name or its abbreviation begins a word of the stretch, or follows a small
   * letter or a word in capitals that a page's text glued to it ("Post authorMarch 12, 2010",
   * "SUBSCRIBEOct. 31, 2018", where two elements of the page met without a space) (worked out
   * once). One capital alone before it makes a word of it.
   */
  boolean hasMonth() {
    if (month == null) {
      month = false;
      for (int i = from; i < to - 2 && !month; i++) {
        char c = text.charAt(i);
        month = (c == 'J' || c == 'F' || c == 'M' || c == 'A' || c == 'S' || c == 'O' || c == 'N' || c == 'D')
            && (i == from || !Character.isLetter(text.charAt(i - 1)) || Character.isLowerCase(text.charAt(i - 1))
                || gluedToCapitals(i))
            && monthWordAt(i);
      }
    }
    return month;
  }

  /**
   * Whether the letters from {@code at} are a month's name or abbreviation ("March", "Sept.",
   * not "Market" or "Decision"), or a month's full name glued to a capitalised word after it
   * ("24 JulyNoon:").
   */
  private boolean monthWordAt(int at) {
    // ten letters at most: the longest name and the capital glued after it (a run of capitals
    // costs no more than that at each of its letters)
    int end = at;
    while (end < to && end - at < 10 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(at, end).toLowerCase(Locale.ROOT);
    boolean whole = end == to || !Character.isLetter(text.charAt(end));
    if (whole && MONTH_WORDS.contains(word)) {
      return true;
    }
    for (String name : FULL_MONTHS) {
      if (word.length() > name.length() && word.startsWith(name)
          && Character.isUpperCase(text.charAt(at + name.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean gluedToCapitals(int at) {
    return at - 2 >= from && Character.isUpperCase(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at - 2));
  }

  /**
   * The match of {@code pattern} (written to end at {@code $}) in the {@code reach} characters of
   * the stretch before {@code at}, seeing whole words at its start ("approximately 45 min", "up
   * to 1280 people"), or null.
   */
  Matcher lookBack(Pattern pattern, int at, int reach) {
    Matcher m = pattern.matcher(text).region(Math.max(from, at - reach), at).useTransparentBounds(true);
    return m.find() ? m : null;
  }

  /** Whether {@code pattern} matches anywhere in the stretch. */
  boolean find(Pattern pattern) {
    return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false).find();
  }

  void run(Pattern pattern, Consumer<Matcher> onMatch) {
    Matcher m = pattern.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    while (m.find()) {
      onMatch.accept(m);
    }
  }

  /** An expression whose value is known from its own text (null when impossible). */
  void add(int start, int end, TimexType type, String value, String modifier, DateFlag... flags) {
    Set<DateFlag> set = flags.length == 0 ? EnumSet.noneOf(DateFlag.class) : EnumSet.copyOf(List.of(flags));
    found.add(new Candidate(start, end, type, value, modifier, null, set, List.of(), 0, null));
  }

  /** A calendar date of the given value, flagged impossible when there is none. */
  void date(int start, int end, java.util.Optional<String> value) {
    if (value.isPresent()) {
      add(start, end, TimexType.DATE, value.get(), null);
    } else {
      add(start, end, TimexType.DATE, null, null, DateFlag.IMPOSSIBLE_DATE);
    }
  }

  /** An expression whose value comes from the context, once the dates before it are known. */
  void relative(int start, int end, TimexType type, String modifier, Candidate.Resolver resolver,
      DateFlag... flags) {
    Set<DateFlag> set = flags.length == 0 ? EnumSet.noneOf(DateFlag.class) : EnumSet.copyOf(List.of(flags));
    found.add(new Candidate(start, end, type, null, modifier, null, set, List.of(), 0, resolver));
  }

  /** Adds a finished candidate. */
  void add(Candidate candidate) {
    found.add(candidate);
  }

  /**
   * The tense an expression at {@code start}–{@code end} is told in: its clause's, else its
   * sentence's.
   */
  Tense tenseAt(int start, int end) {
    Tense local = clauseTense(start, end);
    return local != null ? local : Tense.of(lower);
  }

  /**
   * The tense of the clause around an expression ({@link Tense#around}), or the future when the
   * clause tells an arrangement in the present ("the trial opens in March", "are meeting
   * Monday"), also after a past joined by "and" ("were closed Friday and reopen Monday", not
   * "were called and are investigating Monday's attack"); null when it shows none.
   */
  Tense clauseTense(int start, int end) {
    Tense local = around(start, end);
    if (local == null) {
      // a possessive day is the arrangement's only after "for" or "to" ("are preparing for Sunday's
      // vote"), not as the object of what goes on now ("are investigating Monday's attack")
      boolean dated = !possessive(end) || AWAITED.contains(wordBefore(start));
      return dated && Tense.arranged(text.substring(from, to), start - from) ? Tense.FUTURE : null;
    }
    return local == Tense.PAST && !possessive(end) && Tense.arrangedAfterAnd(text.substring(from, to), start - from)
        ? Tense.FUTURE : local;
  }

  /** Whether an "'s" follows {@code end}: the expression is a possessive ("Monday's attack"), not an adverbial. */
  boolean possessive(int end) {
    return (text.startsWith("'s", end) || text.startsWith("’s", end))
        && (end + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
  }

  /** The tense the words of its clause show around an expression ({@link Tense#around}), or null. */
  Tense around(int start, int end) {
    return Tense.around(text.substring(from, to), start - from, end - from);
  }

  /**
   * Whether a date at {@code start} sets the time its sentence is told from: it opens the sentence
   * ("In 1990, he said …", "On 5 June 1990 the treaty …") or follows a verb of saying ("announced
   * in March 2001 that …"); not a date of an aside ("The company, founded in 1990, said …").
   */
  boolean framesItsSentence(int start) {
    return YearlessDates.OPENING_WORDS.matcher(text).region(from, start).matches()
        || lookBack(SAID_ON, start, 40) != null;
  }

  /**
   * The date the sentence wrote before {@code at} that an expression at {@code at} is told from:
   * one that sets the time of the whole sentence ({@link #framesItsSentence}), else one of the
   * same clause, with no comma between ("He arrived on 5 June 1990 and left on Friday"); null for
   * an aside's ("The firm, founded on 5 June 1990, said Friday") or none.
   */
  TimePoint dateOfItsClause(DateContext context, int at) {
    TimePoint framing = context.dateWrittenBefore(at);
    if (framing != null) {
      return framing;
    }
    TimePoint written = context.dateWrittenBefore(at, false);
    return written != null && !punctuationBetween(context.yearOfSentenceEnd(), at) ? written : null;
  }

  /**
   * Whether a comma, semicolon or colon stands between {@code since} and {@code at}: an aside or
   * another clause begins between them ("and" does not: "arrived on 5 June 1990 and left on Friday").
   */
  private boolean punctuationBetween(int since, int at) {
    for (int i = Math.max(this.from, since); i < at; i++) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == ';' || ch == ':') {
        return true;
      }
    }
    return false;
  }

  /** Whether the stretch tells a habit in the present before the expression ({@link Tense#habitual}). */
  boolean habitual(int start, int end) {
    return Tense.habitual(text.substring(from, to), start - from, end - from);
  }

  /**
   * The year the stretch wrote out before {@code at} in the same clause ({@link
   * DateContext#yearOfSentence}), which a month or day named there without a year falls in ("In
   * 2004 the harvest began in June", "Last year's began on June 5"); null when there is none, or
   * a clause ends between them or tells of a coming time ("hailed last year, it will start in
   * September", "opened in 2007 and closed in February"). An expression that begins an item of a
   * list under a heading with a year takes that year ({@link ParagraphHeadings#headsAList}).
   */
  Integer yearWrittenBefore(DateContext context, int at) {
    Integer listed = context.headings().listYearAt(at);
    if (listed != null) {
      return listed; // "Gigantour 2006 tour dates:" over "Sep. 07 - San Diego"
    }
    Integer year = context.yearOfSentence();
    int end = context.yearOfSentenceEnd();
    if (year == null || end > at) {
      return null;
    }
    if (beginsALineListedAfter(end, at)) {
      return year; // "Gigantour 2006 tour dates:⏎Sep. 07 - San Diego"
    }
    Matcher clauseBreak = CLAUSE_BREAK.matcher(text).region(end, at);
    int lastBreak = -1;
    while (clauseBreak.find()) {
      if (!Clauses.withinAFigure(text, clauseBreak.start())) {
        lastBreak = clauseBreak.end(); // the comma of a figure, "481,000", is none
      }
    }
    if (lastBreak >= 0 && !leavesItsVerbOut(lastBreak, at)) {
      return null;
    }
    return Tense.of(text.substring(end, at).toLowerCase(Locale.ROOT)) == Tense.FUTURE ? null : year;
  }

  /**
   * Whether the words from {@code from} to {@code at} are a clause that leaves out the verb of the
   * one before ("lost $300 million in 1986, and $21 million in March alone"): a figure, and no word
   * of any tense nor "is", "are", "has", "have".
   */
  private boolean leavesItsVerbOut(int from, int at) {
    String words = lower.substring(from - this.from, at - this.from);
    return GAPPED.matcher(words).matches() && Tense.of(words) == Tense.PRESENT;
  }

  /**
   * Whether {@code at} begins a line (after spaces or a bullet) that a line ending in a colon
   * after {@code from} introduces: an item of a list under a heading.
   */
  private boolean beginsALineListedAfter(int from, int at) {
    int line = at;
    while (line > from && text.charAt(line - 1) != '\n') {
      if (Character.isLetterOrDigit(text.charAt(--line))) {
        return false;
      }
    }
    return line > from && LINE_ENDING_COLON.matcher(text).region(from, line).find();
  }

  /**
   * The year that begins the next line when the stretch ends at {@code at}, with a comma or
   * none, as a date broken over two lines by a page's layout ("on Oct. 28,⏎⏎2018.", "Updated Jan.
   * 28,⏎2019Buy Photo", "died on 21 March⏎⏎1943, aged 34"); null otherwise.
   */
  String yearOnTheNextLine(int at) {
    Matcher m = YEAR_ON_THE_NEXT_LINE.matcher(text).region(at, Math.min(text.length(), at + 16));
    if (!m.lookingAt()) {
      return null;
    }
    for (int i = at + 1; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return null; // the stretch goes on after the comma: the year is no part of the date
      }
    }
    return m.group(1);
  }

  /**
   * Whether the word ending at {@code end} stands before a noun it qualifies ("daily volume",
   * "year-end net", "the July report").
   */
  boolean beforeItsNoun(int end) {
    String next = wordAfter(end);
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !NOT_A_NOUN.contains(next)
        && end < to && text.charAt(end) == ' ';
  }

  /**
   * Whether {@code cue}, the word before the day or month at {@code start}, makes it the end of
   * what goes on ("the festival runs through Sunday", "funds the government through Sept. 30"),
   * not of what has gone on till now: no perfect stands before it in its clause ("the index has
   * fallen through Friday"). The caller checks that no tense is told around it.
   */
  boolean endsWhatGoesOn(String cue, int start) {
    return END_CUES.contains(cue) && lookBack(PERFECT_BEFORE, start, 80) == null;
  }

  /** The word just before {@code at}, in lower case, or "". */
  String wordBefore(int at) {
    return text.substring(wordStartBefore(at), skipSpacesBack(at)).toLowerCase(Locale.ROOT);
  }

  /** Where the spaces just before {@code at} begin ({@code at} itself when there are none). */
  int skipSpacesBack(int at) {
    return skipSpacesBack(text, from, at);
  }

  /** Where the word just before {@code at} (as {@link #wordBefore} reads it) begins. */
  int wordStartBefore(int at) {
    return wordStartBefore(text, from, at);
  }

  /** As {@link #skipSpacesBack(int)}, in {@code text} from {@code floor} on. */
  static int skipSpacesBack(String text, int floor, int at) {
    int end = at;
    while (end > floor && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /** As {@link #wordStartBefore(int)}: letters and points back from the spaces before {@code at}. */
  static int wordStartBefore(String text, int floor, int at) {
    int start = skipSpacesBack(text, floor, at);
    while (start > floor && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    return start;
  }

  /** The word just after {@code at}, as written, or "". */
  String wordAfter(int at) {
    int start = at;
    while (start < to && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < to && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }
}
