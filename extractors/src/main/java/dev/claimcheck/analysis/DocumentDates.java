package dev.claimcheck.analysis;

import dev.claimcheck.dates.DateContext;
import dev.claimcheck.dates.ParagraphHeadings;
import dev.claimcheck.dates.TemporalTagger;
import dev.claimcheck.dates.TimePoint;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import dev.claimcheck.text.TextBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The temporal expressions of a document, found the way claim extraction finds them: block by
 * block, sentence by sentence, with the document's {@link DateContext} carried along so that
 * relative expressions resolve against the document date and follow-on ones against the
 * paragraph's last date. Stateless and thread-safe.
 */
public final class DocumentDates {
  private DocumentDates() {}

  /**
   * The context a document's dates are read in: its date (published; else the day its text is
   * stamped with, {@link DateLine}; else captured), its language and, where the language leaves
   * it open, the order its numeric dates show.
   */
  public static DateContext context(Document document) {
    String date = document.published();
    if (date == null) {
      String stamped = DateLine.of(document);
      date = stamped != null ? stamped : document.retrieved();
    }
    return DateContext.of(date, document.language(), document.text());
  }

  /** Every temporal expression of {@code document}, in order, reference entries included. */
  public static List<TemporalExpression> find(Document document) {
    DateContext context = context(document);
    List<TemporalExpression> all = new ArrayList<>();
    MarkIndex index = new MarkIndex(document);
    for (Block block : document.blocks()) {
      // The same marks and sentences as the analysis reads; a long block of another kind is
      // read in sentences too, so that no one piece is over the bounds.
      List<InlineMark> marks = ArticleAnalyzer.marks(document, index, block);
      List<Span> sentences = block.isProse() || block.span().length() > TextBounds.MAX_BLOCK_CHARS
          ? ArticleAnalyzer.sentences(document.text(), block.span(), marks).stream()
              .map(ArticleAnalyzer.Piece::span).toList()
          : List.of(block.span());
      ofSentences(document.text(), sentences, marks, context).forEach(all::addAll);
    }
    return all;
  }

  /**
   * The temporal expressions of each sentence of one paragraph, in order. Citation markers and
   * editor tags hold no dates. A paragraph that is a date and nothing else ("Wednesday,
   * September 4, 2019" over "1:00 p.m."; a diary's or a listing's heading) dates the next one,
   * and when it holds one day, not two ("April 28-29, 2020"), that paragraph is told from it.
   */
  static List<List<TemporalExpression>> ofSentences(String text, List<Span> sentences,
      List<InlineMark> marks, DateContext context) {
    context.newParagraph();
    int begins = sentences.isEmpty() ? -1 : firstWordAt(text, sentences.get(0).start(), sentences.get(0).end());
    ParagraphHeadings headings = context.headings();
    headings.paragraphBeginsAt(begins);
    List<Span> exclude = marks.stream().filter(m -> m.kind().isInsertion())
        .map(InlineMark::span).toList();
    List<List<TemporalExpression>> out = new ArrayList<>(sentences.size());
    boolean onlyDates = !sentences.isEmpty();
    // a field of a record ("Date: Sunday, September 15, 2019", "Location: Tudor Hall"): its label is no word of its text
    int label = sentences.isEmpty() ? -1 : labelEnd(text, begins, sentences.get(0).end());
    boolean namesADate = false;
    Set<LocalDate> days = new HashSet<>();
    for (Span sentence : sentences) {
      List<TemporalExpression> found = TemporalTagger.tag(text, sentence, exclude, context);
      out.add(found);
      Span read = label >= 0 && sentence.start() < label ? new Span(sentence.documentId(), label, sentence.end()) : sentence;
      onlyDates &= onlyDates(text, read, found, days);
      namesADate |= found.stream().anyMatch(e -> e.type() == TimexType.DATE);
    }
    if (onlyDates && !days.isEmpty()) {
      headings.headsTheNextParagraph(days.size() == 1 ? days.iterator().next() : null, label >= 0);
    } else if (label >= 0 && !namesADate) {
      headings.goesOnInTheRecord();
    }
    if (headings.inAList() && !beginsWithADate(out, begins)) {
      headings.endsTheList();
    }
    Integer year = sentences.isEmpty() ? null
        : yearOfAHeading(text, new Span(sentences.get(0).documentId(), sentences.get(0).start(),
            sentences.get(sentences.size() - 1).end()), out);
    if (year != null) {
      headings.headsAList(year);
    }
    return out;
  }

  /**
   * Where the label of a field ends, its colon and the spaces after it ("Date: ", "Start time: "):
   * one to three words, the first capitalised, at {@code begins}, the paragraph's first letter;
   * -1 when the paragraph up to {@code end} does not begin with one.
   */
  static int labelEnd(String text, int begins, int end) {
    if (begins < 0 || !Character.isUpperCase(text.charAt(begins))) {
      return -1;
    }
    int words = 1;
    for (int i = begins + 1; i < end; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        int after = i + 1;
        if (after >= end || (text.charAt(after) != ' ' && text.charAt(after) != '\t')) {
          return -1;
        }
        while (after < end && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
          after++;
        }
        return after;
      }
      if (c == ' ') {
        if (++words > 3 || i + 1 >= end || !Character.isLetter(text.charAt(i + 1))) {
          return -1;
        }
      } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the paragraph's first expression begins at its first letter or digit, {@code begins}. */
  private static boolean beginsWithADate(List<List<TemporalExpression>> found, int begins) {
    for (List<TemporalExpression> sentence : found) {
      if (!sentence.isEmpty()) {
        return sentence.get(0).span().start() == begins;
      }
    }
    return false;
  }

  /**
   * The year a paragraph heads a list with ("Gigantour 2006 tour dates:", "Events in March 2021:"):
   * the last year written, not guessed, before a colon that ends one of its lines, after which
   * each line begins with a date (a list's first items may share its paragraph), as a day of the
   * first item reads it ({@code Scan.yearWrittenBefore}); null when it has no such colon or writes
   * no year before it.
   */
  private static Integer yearOfAHeading(String text, Span paragraph, List<List<TemporalExpression>> found) {
    int end = paragraph.end();
    while (end > paragraph.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int colon = end - 1;
    while (colon >= paragraph.start() && !(text.charAt(colon) == ':' && endsALine(text, colon + 1, end))) {
      colon--;
    }
    if (colon < paragraph.start()) {
      return null;
    }
    List<TemporalExpression> all = found.stream().flatMap(List::stream).toList();
    Integer year = null;
    for (TemporalExpression e : all) {
      if (e.span().end() > colon) {
        break;
      }
      Optional<TimePoint> point = e.type() != TimexType.DATE || e.value() == null
          || e.flags().contains(DateFlag.INFERRED) ? Optional.empty() : TimePoint.parse(e.value());
      if (point.isPresent()) {
        year = point.get().year();
      }
    }
    for (int i = colon + 1; i < end && year != null; i++) {
      if (text.charAt(i) == '\n') {
        int line = firstWordAt(text, i + 1, end);
        if (line >= 0 && all.stream().noneMatch(e -> e.span().start() == line)) {
          return null; // a line after the colon that begins otherwise: no list of dates
        }
      }
    }
    return year;
  }

  /** Whether {@code from}–{@code end} holds only spaces up to a line's end, or up to {@code end}. */
  private static boolean endsALine(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Where the first letter or digit of {@code from}–{@code to} is, or -1. */
  private static int firstWordAt(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code found} covers every letter and digit of {@code sentence}, adding the days its
   * expressions fall on to {@code days}.
   */
  private static boolean onlyDates(String text, Span sentence, List<TemporalExpression> found, Set<LocalDate> days) {
    int at = sentence.start();
    for (TemporalExpression e : found) {
      if (e.value() == null || !wordless(text, at, e.span().start())) {
        return false;
      }
      TimePoint.day(e.value()).ifPresent(days::add);
      at = e.span().end();
    }
    return wordless(text, at, sentence.end());
  }

  private static boolean wordless(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
