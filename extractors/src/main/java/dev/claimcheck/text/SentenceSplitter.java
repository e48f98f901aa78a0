package dev.claimcheck.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences: ICU's sentence boundaries, corrected by rules for what article
 * text does to them.
 *
 * <ul>
 *   <li>Citation markers and editors' tags after a full stop ({@code …by the MSS.[2][4]}) stay
 *       with the sentence they follow.
 *   <li>A full stop after an abbreviation ({@code pp.}, {@code Dr.}, {@code Inc.},
 *       {@code U.S.}, an initial) does not end the sentence when what follows continues it.
 *   <li>Chinese and other scripts use ICU's rules ({@code 。！？}).
 * </ul>
 *
 * <p>Thread-safe: each call uses its own break iterator.
 */
public final class SentenceSplitter {
  /** Abbreviations after which a sentence never ends. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
      "rev", "hon", "st", "mt", "ft", "fr", "sr", "jr", "pres", "adm", "maj", "cpl", "supt");
  /** Abbreviations after which a sentence ends only if a new one clearly starts. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "p", "pp", "vol", "vols", "no", "nos", "ed", "eds", "ch", "fig", "figs", "art", "sec",
      "para", "inc", "ltd", "co", "corp", "bros", "llc", "plc", "vs", "etc", "al", "approx",
      "ca", "cf", "c", "est", "dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
      "a.m", "p.m", "op", "cit", "ibid", "ave", "blvd", "rd", "esp", "incl", "resp", "govt",
      // weekdays ("Mon. Jan. 5"), not those that are words too ("sat", "sun", "wed")
      "mon", "tue", "tues", "thu", "thur", "thurs", "fri");
  /** Words that start a new sentence after an abbreviation such as "Inc." or "U.S.". */
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she", "they",
      "we", "i", "you", "in", "on", "at", "but", "and", "or", "however", "there", "his", "her",
      "their", "our", "after", "before", "during", "since", "when", "while", "as", "if", "for",
      "from", "by", "with", "according", "although", "though", "then", "thus", "also", "some",
      "many", "most", "one", "two", "several", "both", "each", "no", "not", "so", "yet");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*[\"“‘'(]*(\\p{L}[\\p{L}'’-]*|\\d)");

  /** How far back from a boundary its last token is looked for. */
  private static final int LAST_TOKEN_WINDOW = 200;

  /** A quoted stretch longer than this is not kept in one sentence: its quotes may be unbalanced. */
  private static final int MAX_QUOTATION = 600;

  /** Building an ICU iterator is costly; each thread keeps one and gives it new text. */
  private static final ThreadLocal<BreakIterator> ITERATOR =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ENGLISH));

  private SentenceSplitter() {}

  /**
   * Sentence spans of {@code span} of {@code text}, trimmed of white space.
   *
   * @param marks the inline marks inside the span, from {@link InlineMarks#find}
   */
  public static List<Span> split(String text, Span span, List<InlineMark> marks) {
    // A line end inside one block is a wrap or a joined lead-in, not a paragraph end.
    String block = text.substring(span.start(), span.end()).replace('\n', ' ');
    BreakIterator it = ITERATOR.get();
    it.setText(block);
    List<Integer> bounds = new ArrayList<>();
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      bounds.add(outsideMarks(b, marks, span.start()));
    }
    bounds.addAll(afterClosingMarks(block, marks, span.start()));
    bounds = bounds.stream().distinct().sorted().toList();
    List<int[]> quotations = quotations(block);
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    for (int end : bounds) {
      if (end <= start || insideQuotation(quotations, end)) {
        continue;
      }
      if (end < block.length() && continues(block, start, end)) {
        continue;
      }
      pieces.add(new int[] {start, end});
      start = end;
    }
    pieces = attachLeadingMarks(block, pieces, marks, span.start());
    List<Span> sentences = new ArrayList<>();
    for (int[] piece : pieces) {
      int s = piece[0];
      int e = piece[1];
      while (s < e && Character.isWhitespace(block.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(block.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        sentences.add(new Span(span.documentId(), span.start() + s, span.start() + e));
      }
    }
    return sentences;
  }

  /** Whether the boundary at {@code end} falls after an abbreviation the sentence goes on past. */
  private static boolean continues(String block, int start, int end) {
    // Only the piece's last token matters: a look at its end keeps long pieces linear.
    String last = lastToken(block, Math.max(start, end - LAST_TOKEN_WINDOW), end);
    if (last == null) {
      return false;
    }
    String token = last.replaceAll("^[\"“‘'(\\[]+", "").toLowerCase(Locale.ROOT);
    Matcher next = FIRST_WORD.matcher(block).region(end, block.length());
    String nextWord = next.find() ? next.group(1) : "";
    boolean nextLower = !nextWord.isEmpty()
        && (Character.isLowerCase(nextWord.codePointAt(0)) || Character.isDigit(nextWord.charAt(0)));
    if (TITLES.contains(token)) {
      return true;
    }
    if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
      // An initial ("Peter L. Mattis"), unless a new sentence clearly starts.
      return !SENTENCE_STARTERS.contains(nextWord.toLowerCase(Locale.ROOT));
    }
    if (ABBREVIATIONS.contains(token) || token.matches("(?:\\p{L}\\.)+\\p{L}")) {
      return nextLower || !SENTENCE_STARTERS.contains(nextWord.toLowerCase(Locale.ROOT));
    }
    return nextLower;
  }

  /**
   * The last word of {@code from}–{@code end} of {@code block} when a full stop ends it, before
   * any closing quotes or brackets and spaces ({@code Inc.} gives {@code Inc}, {@code U.S.)} gives
   * {@code U.S}); null when the stretch does not end in a full stop after a word. Read backwards
   * from the end, so a long piece costs no more than its last word.
   */
  static String lastToken(String block, int from, int end) {
    int at = end;
    if (at > from && isLineEnd(block.charAt(at - 1))) {
      at--; // a line separator may stand last, after the spaces
    }
    while (at > from && isSpace(block.charAt(at - 1))) {
      at--;
    }
    while (at > from && "\"'”’)]".indexOf(block.charAt(at - 1)) >= 0) {
      at--;
    }
    if (at <= from || block.charAt(at - 1) != '.') {
      return null;
    }
    int dot = at - 1;
    int begin = dot;
    while (begin > from && !isSpace(block.charAt(begin - 1))) {
      begin--;
    }
    return begin < dot ? block.substring(begin, dot) : null;
  }

  /** White space as a regex's {@code \\s} reads it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isLineEnd(char c) {
    return c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Boundaries ICU misses: after a run of marks that follows a full stop and precedes a new
   * sentence ({@code years.[citation needed] According}), where ICU reads the bracket's
   * lower-case text as the sentence going on.
   */
  private static List<Integer> afterClosingMarks(String block, List<InlineMark> marks, int offset) {
    List<Integer> extra = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int start = marks.get(i).span().start() - offset;
      boolean runStart = i == 0 || marks.get(i - 1).span().end() - offset != start;
      if (!runStart || start <= 0 || !closesSentence(block, start)) {
        continue;
      }
      int end = marks.get(i).span().end() - offset;
      for (int j = i + 1; j < marks.size() && marks.get(j).span().start() - offset == end; j++) {
        end = marks.get(j).span().end() - offset;
      }
      Matcher next = FIRST_WORD.matcher(block).region(end, block.length());
      if (end < block.length() && Character.isWhitespace(block.charAt(end)) && next.find()
          && !Character.isLowerCase(next.group(1).codePointAt(0))) {
        extra.add(end);
      }
    }
    return extra;
  }

  /** Whether the text before {@code at} ends in a full stop, closing quotes aside. */
  private static boolean closesSentence(String block, int at) {
    int i = at - 1;
    while (i >= 0 && "\"'”’)".indexOf(block.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?。！？".indexOf(block.charAt(i)) >= 0;
  }

  /** Quoted stretches ({@code “…”} or paired straight quotes) short enough to be one quotation. */
  private static List<int[]> quotations(String block) {
    List<int[]> regions = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if (open < 0 && (c == '“' || c == '"' || c == '«')) {
        open = i;
        closer = c == '“' ? '”' : c == '«' ? '»' : '"';
      } else if (open >= 0 && c == closer) {
        if (i - open <= MAX_QUOTATION) {
          regions.add(new int[] {open, i + 1});
        }
        open = -1;
      }
    }
    return regions;
  }

  private static boolean insideQuotation(List<int[]> regions, int bound) {
    return regions.stream().anyMatch(r -> bound > r[0] && bound < r[1]);
  }

  /** A boundary that falls inside a mark ({@code .[|2]}) moves to the mark's end. */
  private static int outsideMarks(int bound, List<InlineMark> marks, int offset) {
    for (InlineMark mark : marks) {
      int start = mark.span().start() - offset;
      int end = mark.span().end() - offset;
      if (bound > start && bound < end) {
        return end;
      }
    }
    return bound;
  }

  /** Moves marks that open a piece (they followed the previous full stop) to that piece. */
  private static List<int[]> attachLeadingMarks(
      String block, List<int[]> pieces, List<InlineMark> marks, int offset) {
    for (int i = 1; i < pieces.size(); i++) {
      int[] piece = pieces.get(i);
      int pos = piece[0];
      boolean moved = true;
      while (moved) {
        moved = false;
        int p = pos;
        while (p < piece[1] && Character.isWhitespace(block.charAt(p))) {
          p++;
        }
        for (InlineMark mark : marks) {
          if (mark.span().start() - offset == p && mark.span().end() - offset <= piece[1]) {
            pos = mark.span().end() - offset;
            moved = true;
            break;
          }
        }
      }
      if (pos > piece[0]) {
        pieces.get(i - 1)[1] = pos;
        piece[0] = pos;
      }
    }
    pieces.removeIf(p -> block.substring(p[0], p[1]).isBlank());
    return pieces;
  }
}
