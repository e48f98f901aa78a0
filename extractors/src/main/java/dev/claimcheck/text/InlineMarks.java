package dev.claimcheck.text;

import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bracketed marks in article text: citation markers ({@code [2]}, {@code [a]},
 * {@code [note 3]}) and editors' tags ({@code [citation needed]}, {@code [dubious – discuss]}).
 *
 * <p>An editorial bracket inside a word, as in a quotation's {@code "[f]rom"}, or a
 * {@code [sic]}, is not a mark. Thread-safe.
 */
public final class InlineMarks {
  private static final Pattern MARK = Pattern.compile(
      "\\[(?:(\\d{1,4})|((?:note|nb|n)\\s?\\d{1,3})|([a-z]{1,2})|(\\d{1,4}(?:\\s*[,–-]\\s*\\d{1,4}){1,20})"
          + "|(citation needed|cn|better source needed|dubious|disputed|disputed inline)"
          + "(?:\\s*[–—-]\\s*discuss)?)]",
      Pattern.CASE_INSENSITIVE);

  private InlineMarks() {}

  /**
   * Words that begin a date, not an author's name, in brackets before a year: "(April 1915)",
   * "(Spring 2019)". "May" is a surname as often as a month, and is left to be either.
   */
  private static final String NOT_AN_AUTHOR = "(?:January|February|March|April|June|July|August|September"
      + "|October|November|December|Spring|Summer|Autumn|Fall|Winter)";
  /**
   * One author–year citation: {@code Okafor, 2020}, {@code Lee et al. 2019a},
   * {@code Smith and Jones, 2018, p. 4}.
   */
  private static final String AUTHOR_YEAR_ONE =
      "(?!" + NOT_AN_AUTHOR + "\\b)"
          + "(\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}(?:\\s+(?:et al\\.?|and|&)(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?,?\\s+"
          + "((?:1[5-9]|20)\\d{2})[a-z]?(?:,\\s*(?:pp?\\.\\s*)?[\\d–-]+)?";
  private static final Pattern AUTHOR_YEAR_PIECE = Pattern.compile(AUTHOR_YEAR_ONE);
  /** Author–year citations in parentheses, one or several: {@code (Okafor, 2020; Lee 2019)}. */
  private static final Pattern AUTHOR_YEAR = Pattern.compile(
      "\\(" + AUTHOR_YEAR_ONE + "(?:;\\s*" + AUTHOR_YEAR_ONE + "){0,20}\\)");
  private static final int MAX_RANGE = 50;
  /**
   * Numbers in parentheses as Vancouver-style citations write them: {@code (1,2)},
   * {@code (32–34)}, or one number before punctuation ({@code dredging (3).}); not inside a
   * word ({@code f(1)}) nor before more words ({@code (1) the first step}).
   */
  private static final Pattern PARENTHESIZED_NUMBERS = Pattern.compile(
      "(?<![\\p{L}\\d(])\\((\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3}){1,20}|\\d{1,3}(?=\\)\\s*(?:[.,;:]|$)))\\)");

  /** The marks inside {@code span} of {@code text}, in order. */
  public static List<InlineMark> find(String text, Span span) {
    List<InlineMark> marks = new ArrayList<>();
    Matcher m = MARK.matcher(text).region(span.start(), span.end());
    while (m.find()) {
      Span at = new Span(span.documentId(), m.start(), m.end());
      if (m.group(1) != null) {
        marks.add(InlineMark.citation(at, m.group(1)));
      } else if (m.group(2) != null) {
        marks.add(InlineMark.citation(at, m.group(2).toLowerCase(Locale.ROOT)));
      } else if (m.group(3) != null) {
        if (isNoteMarker(text, m.start(), m.end(), m.group(3))) {
          marks.add(InlineMark.citation(at, m.group(3)));
        }
      } else if (m.group(4) != null) {
        for (String label : numberList(m.group(4))) {
          marks.add(InlineMark.citation(at, label));
        }
      } else {
        String tag = m.group(5).toLowerCase(Locale.ROOT);
        marks.add(InlineMark.tag(at, tagKind(tag), tag.equals("cn") ? "citation needed" : tag));
      }
    }
    Matcher numbers = PARENTHESIZED_NUMBERS.matcher(text).region(span.start(), span.end());
    while (numbers.find()) {
      Span at = new Span(span.documentId(), numbers.start(), numbers.end());
      for (String label : numberList(numbers.group(1))) {
        marks.add(InlineMark.citation(at, label));
      }
    }
    Matcher ay = AUTHOR_YEAR.matcher(text).region(span.start(), span.end());
    while (ay.find()) {
      Span at = new Span(span.documentId(), ay.start(), ay.end());
      Matcher one = AUTHOR_YEAR_PIECE.matcher(text).region(ay.start() + 1, ay.end() - 1);
      while (one.find()) {
        marks.add(InlineMark.citation(at, authorYear(one.group(1), one.group(2))));
      }
    }
    marks.sort(java.util.Comparator.comparingInt(mark -> mark.span().start()));
    return marks;
  }

  /**
   * Whether the mark is numbers in parentheses, which cite only where the reference list is
   * numbered and the text writes no bracketed numbers.
   */
  public static boolean isParenthesizedNumber(String text, InlineMark mark) {
    return mark.kind() == MarkKind.CITATION && text.charAt(mark.span().start()) == '('
        && !mark.label().isEmpty() && Character.isDigit(mark.label().charAt(0));
  }

  /** The label an author–year citation and its reference share: {@code okafor 2020}. */
  public static String authorYear(String surname, String year) {
    return surname.toLowerCase(Locale.ROOT) + " " + year;
  }

  /** The numbers of a list such as {@code 3,4,5} or {@code 3–7}, in order, ranges bounded. */
  public static List<String> numberList(String list) {
    List<String> labels = new ArrayList<>();
    for (String part : list.split("\\s*[,;]\\s*")) {
      String[] ends = part.split("\\s*[–-]\\s*");
      int from = Integer.parseInt(ends[0]);
      int to = ends.length > 1 ? Integer.parseInt(ends[ends.length - 1]) : from;
      for (int n = from; n <= to && n - from < MAX_RANGE; n++) {
        labels.add(String.valueOf(n));
      }
    }
    return labels;
  }

  /**
   * A lower-case letter in brackets is a note marker ({@code rise.[a]}) only when it is attached
   * to what precedes it and is not part of a word ({@code "[f]rom"} is a quotation's edit).
   */
  private static boolean isNoteMarker(String text, int start, int end, String letters) {
    if (!letters.equals(letters.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean wordFollows = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
    boolean attached = start > 0 && !Character.isWhitespace(text.charAt(start - 1))
        && text.charAt(start - 1) != '"' && text.charAt(start - 1) != '“';
    return attached && !wordFollows;
  }

  private static MarkKind tagKind(String tag) {
    return switch (tag) {
      case "citation needed", "cn" -> MarkKind.CITATION_NEEDED;
      case "better source needed" -> MarkKind.BETTER_SOURCE_NEEDED;
      case "dubious" -> MarkKind.DUBIOUS;
      default -> MarkKind.DISPUTED;
    };
  }
}
