package dev.claimcheck.dates;

import java.util.regex.Pattern;

/**
 * The tense a sentence is told in, as far as its words show it: what decides whether a month
 * named without a year, against the document date, is the last one or the next one.
 */
enum Tense {
  PAST, PRESENT, FUTURE;

  /** The words that tell a coming time; each of its branches holds one of {@link #FUTURE_CUES}, kept in step. */
  private static final Pattern FUTURE_WORDS = Pattern.compile(
      "\\b(?:will|shall|'ll|would(?! have\\b)|is to|are to|going to"
          + "|(?<!\\b(?:was|were|had been)(?: due)? )(?:scheduled|expected to"
          + "|due to(?! (?:(?:the|a|an|its|his|her|their|our|this|that|these|those|some)\\b|\\d))"
          + "|set to|set for|slated to|slated for|likely to"
          // "the report, to be released Monday", not "was to be released", "had been due to be signed"
          + "|to be (?:\\p{L}{2,}(?:ed|en|wn)|held|made|sent|built|paid|sold|met|set|put|cut|shut|sworn|hit))"
          // an arrangement or expectation told in the present: "is expected", "are due back"
          + "|(?:is|are|am|'re)\\s+(?:now\\s+|also\\s+)?(?:expected|due|planned|slated|forecast|poised)"
          // an aside that opens with it: "The report, due out Tuesday, …" (not "payments due Monday"),
          // "The album, out Friday, features …"
          + "|(?<!\\p{L} )due(?=(?: (?:out|back|home|in|on|for))? *$)|(?<!\\p{L} )out(?= *$)"
          // a day fixed in the past for what is still to come: "Sentencing was set for Jan. 15"
          + "|(?<=\\b(?:was|were) )(?:set|scheduled|slated) for"
          + "|expects?|(?<!\\b(?:than|as|was|were|been|had|not) )expected(?! to\\b)"
          + "|(?<!\\b(?:\\p{L}{1,20}ed|its|his|her|their|the|no|any|has|have|had|with|of) )"
          // an aim told in the present: "plans to", "hope to raise … at Saturday's gala", "intends to"
          + "(?:plans?|hopes?|intends?|aims?|seeks?|vows?|pledges?|promises?) to|forecast for|next)\\b");

  /**
   * The words one of which a clause must hold for {@link #FUTURE_WORDS} to match in it: the cheap
   * look before the pattern, which most clauses pass over ("out" is looked for at the end only,
   * as the pattern reads it).
   */
  private static final String[] FUTURE_CUES = {"will", "shall", "'ll", "would", "is to", "are to", "going to",
      "scheduled", "expect", "due", "set ", "slated", "likely to", "to be ", "plan", "forecast", "poised", "hope",
      "intend", "aim", "seek", "vow", "pledge", "promise", "next"};

  /**
   * An agreement or decision told in the past, before the expression it sets ("the two sides
   * agreed to meet again Monday"): what it sets is still to come. Not the past perfect of a plan
   * that fell through ("had agreed to play Sunday but"), nor "agreed to the deal"; and read only
   * before the expression, for after it the agreeing is what the expression dates ("On Friday,
   * the union agreed to end the strike").
   */
  private static final Pattern AGREED_TO = Pattern.compile(
      "(?<!\\bhad )\\b(?:agreed|decided|voted|vowed|pledged|promised) to(?! (?:the|a|an|his|her|its|their|our|my|your"
          + "|this|that|these|those|it|him|them|me|us|\\d)\\b)\\b");

  /**
   * A modal that speaks of what may come, read in the clause around an expression only (a quoted
   * "the dogs may bark" elsewhere in the sentence tells nothing of its date): "may bring about the
   * cancellation of Saturday's friendly", "might sign Friday"; not "may have", nor the month ("in
   * May, it", "May 5", "in May he said").
   */
  private static final Pattern MODAL_FUTURE = Pattern.compile(
      "\\b(?:may|might)\\s+(?!(?:not\\s+)?(?:have|had)\\b|(?:\\d|of|and|or|to|the|a|an|in|on|at|for|from|with|when"
          + "|while|after|before|as|but|he|she|it|they|we|i|you|this|that|last|next|until|through|is|was|were|will"
          + "|would)\\b)\\p{L}+\\b");

  /**
   * The tense of the clause around an expression at {@code start}–{@code end} of a sentence
   * (as written): the words before it in its clause ("said Thursday", "will meet … on
   * Thursday"), else those after it ({@link Clauses}); null when neither shows one. A quoted remark's future does
   * not make the reporting verb's day a coming one.
   */
  static Tense around(String sentence, int start, int end) {
    String wordsBefore = Clauses.wordsBefore(sentence, start);
    Tense before = nearest(wordsBefore, false);
    if (before != null) {
      return before;
    }
    Tense after = nearest(Clauses.wordsAfter(sentence, start, end), true);
    // "a new album due in October", "Edition Due In October": still to come, unless what follows
    // tells it is past ("payments due in October were not made")
    return after == null && wordsBefore.contains("due") && DUE_AFTER_A_NOUN.matcher(wordsBefore).find()
        ? FUTURE : after;
  }

  /** "due" after a noun, just before the expression, with "in", "on", "out" or "for" between. */
  private static final Pattern DUE_AFTER_A_NOUN = Pattern.compile("(?<=\\p{L} )due(?: (?:out|in|on|for))? *$");

  /**
   * An arrangement told in the present: a progressive, "are meeting", "is leaving" ("is being" is
   * none), a place's hours, "markets are closed Monday", or a timetable's or a programme's simple
   * present, "the trip ends", "talks resume", "the Senate votes", "Clinton visits Moscow".
   */
  private static final Pattern ARRANGED = Pattern.compile(
      "\\b(?:(?:is|are|am|'re)\\s+(?:\\p{L}+ly\\s+)?(?:(?!being\\b)\\p{L}{2,}ing|closed|shut|open)"
          + "|(?<!\\b(?:the|a|an|its|their|his|her|of|at|to) )"
          + "(?:(?:begin|start|end|open|close|resume|reopen|meet|arrive|leave|return|expire|convene|depart"
          + "|vote|visit|travel|play|head|host|hold|take|face|enter|continue|hear|sign|debate|tour"
          + "|testify|unveil|launch|kick|sit|rule|appear|speak|address|celebrate|attend|announce|release)s?"
          // a noun before "of" is none: "the celebrated return of York", "a visit of the pope"
          + "(?!\\s+of\\b)"
          + "|go|goes|fl(?:y|ies)"
          // a pronoun's simple present: "he appears in court", "Smith, who turns 30 on Saturday", "the
          // company, which reports earnings Thursday", not "he says", "it is"
          + "|(?<=\\b(?:he|she|it|who|which) )(?!(?:says|tells|thinks|believes|knows|is|has|does|was|seems|wants|needs"
          + "|hopes|fears|expects|means|remains|contains|includes|gets|makes|looks|feels)\\b)\\p{L}{2,}[^s\\W]s))\\b");

  /** A time of the day as news writes it before a day, in lower case: "midnight", "noon", "10:30 a.m.", "5pm". */
  static final String CLOCK_BEFORE_A_DAY = "(?:midnight|noon|\\d{1,2}(?:[:.]\\d\\d)?\\s?[ap]\\.?m\\.?)";

  /**
   * "the vote is Tuesday", "the hearing is on Friday", "the deadline is midnight on Monday", "the
   * vote is at 10:30 a.m. EDT Thursday": a day something is fixed for.
   */
  private static final Pattern DATED_BY_IS = Pattern.compile(
      "\\b(?:is|are)\\s+(?:(?:at\\s+)?" + CLOCK_BEFORE_A_DAY
          + "(?:\\s+(?:gmt|utc|[ecmp][sd]?t|local time))?\\s+)?(?:on\\s+)?$");

  /**
   * Whether the words before {@code start} in its clause tell an arrangement in the present
   * ("the leaders are meeting Monday"), which speaks of a coming day.
   */
  static boolean arranged(String sentence, int start) {
    String clause = Clauses.wordsBefore(sentence, start);
    return ARRANGED.matcher(clause).find() || DATED_BY_IS.matcher(clause).find();
  }

  /**
   * Whether a verb joined by "and" after the clause's past tells an arrangement in the present
   * ("markets were closed Friday and reopen Monday"): the day after it is a coming one.
   */
  static boolean arrangedAfterAnd(String sentence, int start) {
    String clause = Clauses.wordsBefore(sentence, start);
    int and = clause.lastIndexOf(" and ");
    if (and < 0) {
      return false;
    }
    String after = clause.substring(and + 5);
    return PastWords.edge(after, true) < 0 && ARRANGED.matcher(after).find();
  }

  /**
   * A habit told in the present: an adverb of habit ("it currently meets", "is usually held") or a
   * verb that tells what a day is each year ("falls on", "is held on", "is celebrated on").
   */
  private static final Pattern HABIT = Pattern.compile(
      "\\b(?:currently|usually|normally|generally|traditionally|typically|regularly|customarily|always"
          + "|(?:is|are)\\s+(?:held|celebrated|observed|marked)|falls?)\\b");

  /**
   * Whether the sentence tells a habit in the present before {@code start}, with no word of
   * another tense between ("it currently meets on the third Tuesday in February, April and
   * December, and the 4th Tuesday in May"): a day or month named there recurs. A habit told of a
   * day to come ("it currently expects to close in March"), or beside a clause of another tense
   * ("he currently works in Boston, but in March he moved"), is none.
   */
  static boolean habitual(String sentence, int start, int end) {
    String before = sentence.substring(0, start).toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = HABIT.matcher(before);
    int last = -1;
    int lastStart = -1;
    while (m.find()) {
      last = m.end();
      lastStart = m.start();
    }
    // the cheap look first: most sentences tell no habit, and the tense around is read only then;
    // the words after the cue are read with the one before it, which tells "is usually held" a
    // present's participle
    if (last < 0 || Clauses.sentenceEndsBetween(sentence, last, start)) {
      return false;
    }
    // read from the word before the cue: a reporting verb before it ("the company said its business is
    // usually done in the fourth quarter") tells the saying's tense, not the habit's
    int from = Scan.wordStartBefore(before, 0, lastStart);
    return nearest(before.substring(from), true) == null
        && around(sentence.substring(from), start - from, end - from) == null;
  }

  /**
   * The tense of the cue nearest the expression: the first one of the words after it, the last
   * one of the words before it ("officials over the weekend became … likely to" is past).
   */
  private static Tense nearest(String words, boolean after) {
    int future = futureEdge(words, after);
    if (!after && words.contains("ed to")) {
      future = Math.max(future, edge(AGREED_TO, words, false));
    }
    int modal = words.contains("may") || words.contains("might") ? edge(MODAL_FUTURE, words, after) : -1;
    if (modal >= 0 && (future < 0 || (after ? modal < future : modal > future))) {
      future = modal;
    }
    int past = PastWords.edge(words, after);
    if (future < 0 && past < 0) {
      return null;
    }
    if (future < 0 || past < 0) {
      return future >= 0 ? FUTURE : PAST;
    }
    // a word both lists hold ("scheduled", "expected") is a future's: the past's list has it as
    // any -ed word
    return (after ? future <= past : future >= past) ? FUTURE : PAST;
  }

  /** Where the first (or last) of {@link #FUTURE_WORDS} starts in {@code words}, or -1. */
  private static int futureEdge(String words, boolean first) {
    return mayTellAFuture(words) ? edge(FUTURE_WORDS, words, first) : -1;
  }

  /** Whether {@code words} hold one of {@link #FUTURE_CUES}, or end in "out". */
  private static boolean mayTellAFuture(String words) {
    for (String cue : FUTURE_CUES) {
      if (words.contains(cue)) {
        return true;
      }
    }
    int end = words.length();
    while (end > 0 && words.charAt(end - 1) == ' ') {
      end--;
    }
    return words.startsWith("out", end - 3);
  }

  /**
   * Where the first (or last) match of a cue pattern starts in {@code words}, or -1. The past's
   * cues are read by {@link PastWords}.
   */
  private static int edge(Pattern cues, String words, boolean first) {
    java.util.regex.Matcher m = cues.matcher(words);
    int at = -1;
    while (m.find()) {
      at = m.start();
      if (first) {
        break;
      }
    }
    return at;
  }

  /**
   * Whether the future the words before {@code start} in its clause tell is seen from the past:
   * its last future cue is "would" ("he said in October that he would step down in January").
   */
  static boolean seenFromThePast(String sentence, int start) {
    String clause = Clauses.wordsBefore(sentence, start);
    int last = futureEdge(clause, false);
    return last >= 0 && clause.startsWith("would", last);
  }

  /** The tense of a sentence, given in lower case. */
  static Tense of(String lowerSentence) {
    if (futureEdge(lowerSentence, true) >= 0) {
      return FUTURE;
    }
    return PastWords.edge(lowerSentence, true) >= 0 ? PAST : PRESENT;
  }

  /**
   * The year of a month named without one, told in this tense, against the document's year and
   * month: in the past, the last such month on or before the document date; in the future,
   * the next on or after it; in the present, the document's year.
   */
  int year(int documentYear, int month, int documentMonth) {
    if (this == PAST && month > documentMonth) {
      return documentYear - 1;
    }
    if (this == FUTURE && month < documentMonth) {
      return documentYear + 1;
    }
    return documentYear;
  }

  /** The year of the last such day on or before the document date ("the quarter ended Oct. 31"). */
  static int lastOnOrBefore(TimePoint documentDate, int month, int day) {
    java.time.LocalDate dated = documentDate.date();
    java.time.YearMonth named = java.time.YearMonth.of(dated.getYear(), month);
    java.time.LocalDate same = named.atDay(Math.min(day, named.lengthOfMonth()));
    return same.isAfter(dated) ? dated.getYear() - 1 : dated.getYear();
  }

  /**
   * The year that puts a day named without one nearest the document date ("payable Dec. 15" in
   * late October is this December, "on Jan. 2" the coming one), unless the clause's tense says
   * the other side and the day lies far on the wrong one (a quarter ahead, a month behind).
   * Told in the present, the nearest stands.
   */
  int nearestYear(TimePoint documentDate, int month, int day) {
    java.time.LocalDate dated = documentDate.date();
    int best = dated.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int year = dated.getYear() - 1; year <= dated.getYear() + 1; year++) {
      java.time.LocalDate candidate = java.time.LocalDate.of(year, month, Math.min(day, 28));
      long distance = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(dated, candidate));
      if (distance < bestDistance) {
        best = year;
        bestDistance = distance;
      }
    }
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(dated, java.time.LocalDate.of(best, month, Math.min(day, 28)));
    if (this == PAST && ahead > 92) {
      return best - 1;
    }
    return this == FUTURE && ahead < -31 ? best + 1 : best;
  }
}
