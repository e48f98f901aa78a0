package dev.claimcheck.analysis;

import dev.claimcheck.dates.DateContext;
import dev.claimcheck.dates.TemporalTagger;
import dev.claimcheck.dates.TimePoint;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.text.TextBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    List<Span> exclude = marks.stream().filter(m -> m.kind().isInsertion())
        .map(InlineMark::span).toList();
    List<List<TemporalExpression>> out = new ArrayList<>(sentences.size());
    boolean onlyDates = !sentences.isEmpty();
    Set<LocalDate> days = new HashSet<>();
    for (Span sentence : sentences) {
      List<TemporalExpression> found = TemporalTagger.tag(text, sentence, exclude, context);
      out.add(found);
      onlyDates &= onlyDates(text, sentence, found, days);
    }
    if (onlyDates && !days.isEmpty()) {
      context.headsTheNextParagraph(days.size() == 1 ? days.iterator().next() : null);
    }
    return out;
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
