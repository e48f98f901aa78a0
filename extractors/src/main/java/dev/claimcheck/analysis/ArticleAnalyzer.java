package dev.claimcheck.analysis;

import dev.claimcheck.dates.DateContext;
import dev.claimcheck.dates.PrimaryDate;
import dev.claimcheck.extract.StyleFlags;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Deadline;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Sentence;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.refs.parse.ReferenceParser;
import dev.claimcheck.refs.WorkBuilder;
import dev.claimcheck.text.InlineMarks;
import dev.claimcheck.text.Prose;
import dev.claimcheck.text.SentenceSplitter;
import dev.claimcheck.text.TextBounds;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts claims and references from a document and links them: the whole per-document step
 * between reading and judging. Stateless and thread-safe.
 */
public final class ArticleAnalyzer {
  private ArticleAnalyzer() {}

  /** Claims (unjudged) and references of {@code document}, linked. */
  public static Analysis analyze(Document document) {
    return analyze(document, Deadline.NONE);
  }

  /**
   * Claims (unjudged) and references of {@code document}, linked, giving up once
   * {@code deadline} passes.
   *
   * @throws Deadline.Exceeded when the deadline passed before the analysis was done
   */
  public static Analysis analyze(Document document, Deadline deadline) {
    List<Reference> references = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    DateContext dates = DocumentDates.context(document);
    MarkIndex index = new MarkIndex(document);
    Speakers speakers = new Speakers();
    List<Block> blocks = document.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      deadline.check("analysis");
      Block block = blocks.get(i);
      if (block.kind() == BlockKind.REFERENCE_ENTRY) {
        Reference parsed = parseEntry(document, index, block, String.valueOf(references.size() + 1));
        references.add(block.given() == null ? parsed
            : parsed.withWork(WorkBuilder.merge(block.given(), parsed.work())));
      } else if (block.isProse() || block.kind() == BlockKind.INFOBOX) {
        // A block that opens in lower case after a displayed formula goes on with the sentence
        // the formula interrupted: its first sentence is no statement of its own.
        boolean continues = i > 0 && blocks.get(i - 1).kind() == BlockKind.FORMULA
            && Character.isLowerCase(block.text().codePointAt(0));
        paragraphs.add(paragraph(document, index, block, i, dates, deadline, speakers, continues));
      } else {
        // Not prose, so no claims; its markers still count as uses of their references.
        List<InlineMark> marks = marks(document, index, block);
        if (!marks.isEmpty()) {
          paragraphs.add(new Paragraph(block, List.of(new Paragraph.Line(
              new Sentence(block.span(), i, 0), marks, null))));
        }
      }
    }
    deadline.check("linking");
    return CitationLinker.link(document, paragraphs, references, linkReferences(paragraphs));
  }

  /**
   * A reference entry as its text and links read, before any fields its source gave beside
   * it are merged in.
   *
   * @param ordinal the label to use when the entry carries no number of its own
   */
  public static Reference parseEntry(Document document, Block block, String ordinal) {
    return parseEntry(document, new MarkIndex(document), block, ordinal);
  }

  private static Reference parseEntry(Document document, MarkIndex index, Block block,
      String ordinal) {
    List<String> links = index.within(block.span()).stream()
        .filter(m -> m.kind() == MarkKind.LINK)
        .map(InlineMark::target)
        .toList();
    return ReferenceParser.parse(document.text(), block.span(), block.anchor(), ordinal, links);
  }

  /** A web reference for every distinct URL linked from the text, in order of first use. */
  private static List<Reference> linkReferences(List<Paragraph> paragraphs) {
    Map<String, Reference> byUrl = new LinkedHashMap<>();
    for (Paragraph paragraph : paragraphs) {
      for (Paragraph.Line line : paragraph.lines()) {
        for (InlineMark mark : line.marks()) {
          if (mark.kind() == MarkKind.LINK && !byUrl.containsKey(mark.target())) {
            String id = "link-" + (byUrl.size() + 1);
            byUrl.put(mark.target(), ReferenceParser.link(id, host(mark.target()), mark.span(),
                mark.label(), mark.target()));
          }
        }
      }
    }
    return List.copyOf(byUrl.values());
  }

  private static String host(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? url : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static Paragraph paragraph(Document document, MarkIndex index, Block block,
      int blockIndex, DateContext context, Deadline deadline, Speakers speakers, boolean continues) {
    String text = document.text();
    List<InlineMark> marks = marks(document, index, block);
    // An infobox line is one statement, its label and value, however it is punctuated.
    boolean infobox = block.kind() == BlockKind.INFOBOX;
    List<Piece> pieces = infobox ? List.of(bounded(block.span(), marks)) : sentences(text, block.span(), marks);
    List<Span> spans = pieces.stream().map(Piece::span).toList();
    deadline.check("analysis");
    // Every sentence is read for dates, claim or not: follow-on dates refer to earlier ones.
    List<List<TemporalExpression>> dates = DocumentDates.ofSentences(text, spans, marks, context);
    List<Paragraph.Line> sentences = new ArrayList<>();
    int firstMark = 0;
    for (int s = 0; s < spans.size(); s++) {
      if (s % 64 == 63) {
        deadline.check("analysis");
      }
      Span span = spans.get(s);
      // Sentences and marks are both in document order: one pass hands each sentence its own.
      while (firstMark < marks.size() && marks.get(firstMark).span().start() < span.start()) {
        firstMark++;
      }
      List<InlineMark> own = new ArrayList<>();
      for (int m = firstMark; m < marks.size() && marks.get(m).span().start() < span.end(); m++) {
        if (marks.get(m).span().within(span)) {
          own.add(marks.get(m));
        }
      }
      String clean = cleanText(text, span, own);
      boolean isClaim = continues && s == 0 ? false
          : infobox ? ClaimFilter.isInfoboxClaim(clean, dates.get(s))
          : ClaimFilter.isClaim(clean, block.kind()) && !ClaimFilter.isStamp(text, span, dates.get(s));
      Claim claim = isClaim
          ? claim(document, block, blockIndex, s, span, clean, own, dates.get(s),
              pieces.get(s).cut(), speakers)
          : null;
      sentences.add(new Paragraph.Line(new Sentence(span, blockIndex, s), own, claim));
    }
    return new Paragraph(block, sentences);
  }

  /** A sentence as analyzed, and whether the sentence bound cut it. */
  record Piece(Span span, boolean cut) {}

  /**
   * The sentences of a prose block, each cut to {@link TextBounds#MAX_SENTENCE_CHARS}. A block
   * longer than {@link TextBounds#MAX_BLOCK_CHARS} is split window by window, each window
   * given up after its last whole sentence, so the work stays linear in the block's length and
   * nothing of it is lost.
   *
   * @param marks the block's marks, in document order
   */
  static List<Piece> sentences(String text, Span block, List<InlineMark> marks) {
    List<Piece> pieces = new ArrayList<>();
    int from = block.start();
    int firstMark = 0;
    while (from < block.end()) {
      int to = Math.min(block.end(), from + TextBounds.MAX_BLOCK_CHARS);
      while (firstMark < marks.size() && marks.get(firstMark).span().start() < from) {
        firstMark++;
      }
      List<InlineMark> inside = new ArrayList<>();
      for (int m = firstMark; m < marks.size() && marks.get(m).span().start() < to; m++) {
        InlineMark mark = marks.get(m);
        if (mark.span().end() > to) {
          // A window never ends inside a mark.
          to = mark.span().start() > from ? mark.span().start() : mark.span().end();
          break;
        }
        inside.add(mark);
      }
      List<Span> found = SentenceSplitter.split(text, new Span(block.documentId(), from, to), inside);
      int next = to;
      if (to < block.end() && found.size() > 1) {
        // The window's last sentence may go on past it: it is read again with the next window.
        next = found.get(found.size() - 1).start();
        found = found.subList(0, found.size() - 1);
      }
      for (Span sentence : found) {
        pieces.add(bounded(sentence, inside));
      }
      from = next;
    }
    return pieces;
  }

  /** The sentence, or its start when it is over the sentence bound. */
  private static Piece bounded(Span sentence, List<InlineMark> marks) {
    if (sentence.length() <= TextBounds.MAX_SENTENCE_CHARS) {
      return new Piece(sentence, false);
    }
    // Cut at the bound, or before a mark the bound falls inside, so no mark is half kept.
    int end = sentence.start() + TextBounds.MAX_SENTENCE_CHARS;
    for (InlineMark mark : marks) {
      if (mark.span().start() < end && mark.span().end() > end) {
        end = mark.span().start();
      }
    }
    return new Piece(new Span(sentence.documentId(), sentence.start(), end), true);
  }

  /**
   * The block's marks, in document order: those the reader found in the structure, and those
   * written as text ({@code [2]}, {@code [citation needed]}) where the reader found none.
   */
  static List<InlineMark> marks(Document document, Block block) {
    return marks(document, new MarkIndex(document), block);
  }

  static List<InlineMark> marks(Document document, MarkIndex index, Block block) {
    List<InlineMark> structural = index.within(block.span());
    List<InlineMark> all = new ArrayList<>(structural);
    // Both lists are in document order: one pass finds the structural marks a written one meets.
    int near = 0;
    for (InlineMark written : InlineMarks.find(document.text(), block.span())) {
      if (document.markedUp() && written.kind() == MarkKind.CITATION
          || InlineMarks.isParenthesizedNumber(document.text(), written)
          && !index.parenthesizedCites(written.label())) {
        continue;
      }
      while (near < structural.size() && structural.get(near).span().end() <= written.span().start()) {
        near++;
      }
      boolean overlaps = false;
      for (int m = near; m < structural.size()
          && structural.get(m).span().start() < written.span().end(); m++) {
        overlaps |= structural.get(m).span().overlaps(written.span());
      }
      if (!overlaps) {
        all.add(written);
      }
    }
    all.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    return all;
  }

  private static Claim claim(Document document, Block block, int blockIndex, int index,
      Span span, String clean, List<InlineMark> marks, List<TemporalExpression> found,
      boolean cut, Speakers speakers) {
    String text = document.text();
    List<TemporalExpression> dates = PrimaryDate.mark(text, span, found);
    Attribution attribution = speakers.of(text, span, blockIndex);
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (StyleFlags.quotes(clean, attribution != null)) {
      flags.add(Flag.QUOTE);
    }
    if (StyleFlags.hedges(clean)) {
      flags.add(Flag.HEDGED);
    }
    if (dates.stream().anyMatch(TemporalExpression::relative)) {
      flags.add(Flag.RELATIVE_DATE);
    }
    if (attribution != null && attribution.self()) {
      flags.add(Flag.SELF_SOURCED);
    }
    if (cut) {
      flags.add(Flag.TRUNCATED);
    }
    if (block.kind() == BlockKind.INFOBOX) {
      flags.add(Flag.INFOBOX);
    }
    for (InlineMark mark : marks) {
      if (mark.kind() == MarkKind.CITATION_NEEDED) {
        flags.add(Flag.CITATION_NEEDED);
      } else if (mark.kind() == MarkKind.BETTER_SOURCE_NEEDED) {
        flags.add(Flag.BETTER_SOURCE_NEEDED);
      }
    }
    String id = document.id() + "-" + blockIndex + "-" + index;
    return new Claim(id, span, clean, block.section(), blockIndex, index, dates, marks, List.of(),
        attribution, flags, null, List.of(), List.of(), List.of());
  }

  /** The sentence's text without its marks, white space folded. */
  private static String cleanText(String text, Span span, List<InlineMark> marks) {
    StringBuilder out = new StringBuilder();
    int at = span.start();
    for (InlineMark mark : marks) {
      if (mark.kind().isInsertion() && mark.span().start() >= at) {
        out.append(text, at, mark.span().start());
        at = mark.span().end();
        // "in 1998 (Lindqvist, 1999)." reads "in 1998." without the citation.
        if (at < span.end() && ".,;:!?".indexOf(text.charAt(at)) >= 0) {
          while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
          }
        }
      }
    }
    out.append(text, at, span.end());
    return Prose.fold(out.toString());
  }
}
