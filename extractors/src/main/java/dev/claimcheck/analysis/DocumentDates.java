package dev.claimcheck.analysis;

import dev.claimcheck.dates.DateContext;
import dev.claimcheck.dates.TemporalTagger;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.text.TextBounds;
import java.util.ArrayList;
import java.util.List;

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
   * editor tags hold no dates.
   */
  static List<List<TemporalExpression>> ofSentences(String text, List<Span> sentences,
      List<InlineMark> marks, DateContext context) {
    context.newParagraph();
    List<Span> exclude = marks.stream().filter(m -> m.kind().isInsertion())
        .map(InlineMark::span).toList();
    List<List<TemporalExpression>> out = new ArrayList<>(sentences.size());
    for (Span sentence : sentences) {
      out.add(TemporalTagger.tag(text, sentence, exclude, context));
    }
    return out;
  }
}
