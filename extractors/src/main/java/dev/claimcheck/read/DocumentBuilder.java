package dev.claimcheck.read;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.GivenFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document block by block for readers that walk a structure (HTML, wikitext,
 * documents): text is appended with white space folded, blocks are separated by a blank line,
 * citation marks are recorded where they are written, and offsets and the document id are
 * worked out once at the end. Bounded: text past {@code maxChars} is dropped and the document
 * marked truncated. Not thread-safe: one builder builds one document.
 */
public final class DocumentBuilder {
  private final String source;
  private final String format;
  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private final List<PendingBlock> blocks = new ArrayList<>();
  private final List<PendingMark> marks = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private String section = "";
  private int blockStart = -1;
  private GivenFields given;
  private boolean truncated;
  private boolean markedUp = true;
  private String title;
  private String language;
  private String published;
  private String retrieved;

  private record PendingBlock(BlockKind kind, int start, int end, String text, String section,
      String anchor, GivenFields given) {}


  private record PendingMark(int start, int end, MarkKind kind, String label, String target) {}

  /** A builder for a document from {@code source} in {@code format}. */
  public DocumentBuilder(String source, String format, int maxChars) {
    this.source = source;
    this.format = format;
    this.maxChars = maxChars;
  }

  /** Sets the title. */
  public DocumentBuilder title(String value) {
    title = blankToNull(value);
    return this;
  }

  /** Sets the language tag. */
  public DocumentBuilder language(String value) {
    language = blankToNull(value);
    return this;
  }

  /** Sets the publication date (ISO prefix). */
  public DocumentBuilder published(String value) {
    published = blankToNull(value);
    return this;
  }

  /** Sets the retrieval or capture date (ISO prefix). */
  public DocumentBuilder retrieved(String value) {
    retrieved = blankToNull(value);
    return this;
  }

  /**
   * Sets whether citation markers come from markup only (the default); false when markers are
   * written as text ({@code [12]} in a PDF), so that the analysis finds them in the text.
   */
  public DocumentBuilder markedUp(boolean value) {
    markedUp = value;
    return this;
  }

  /** The heading of the section being built, or "" before the first heading. */
  public String section() {
    return section;
  }

  /** Adds a warning, kept with the document (at most 20). */
  public void warn(String warning) {
    if (warnings.size() < 20) {
      warnings.add(warning);
    }
  }

  /** Whether the text limit was reached: callers may stop walking. */
  public boolean full() {
    return truncated;
  }

  /** Starts a block; what is appended until {@link #endBlock} belongs to it. */
  public void startBlock() {
    if (blockStart >= 0) {
      throw new IllegalStateException("a block is already open");
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    blockStart = text.length();
  }

  /** Appends inline text to the open block, folding white space. */
  public void append(String inline) {
    if (blockStart < 0) {
      throw new IllegalStateException("no open block");
    }
    for (int i = 0; i < inline.length() && !truncated; i++) {
      char c = inline.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
        if (text.length() > blockStart && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else if (!Character.isISOControl(c)) {
        text.append(c);
      }
      if (text.length() >= maxChars) {
        truncated = true;
        warn("text cut at " + maxChars + " characters");
      }
    }
  }

  /** Appends a citation marker as written ({@code [1]}) and records where it stands. */
  public void citation(String written, String label, String target) {
    citations(written, List.of(label), List.of(target));
  }

  /**
   * Appends a marker as written that cites several sources ({@code (1,2)}), and records one
   * citation per source where it stands.
   */
  public void citations(String written, List<String> labels, List<String> targets) {
    int start = position();
    append(written);
    int end = text.length();
    for (int i = 0; i < targets.size() && end > start; i++) {
      marks.add(new PendingMark(start, end, MarkKind.CITATION, labels.get(i), targets.get(i)));
    }
  }

  /** Where the next appended character will stand: the start of a link's text. */
  public int position() {
    if (blockStart < 0) {
      throw new IllegalStateException("no open block");
    }
    return text.length();
  }

  /**
   * Records the text appended since {@code start} as a link to {@code url}; a link with no text
   * is not recorded.
   */
  public void link(int start, String url) {
    int end = text.length();
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    int from = start;
    while (from < end && text.charAt(from) == ' ') {
      from++;
    }
    if (end > from) {
      marks.add(new PendingMark(from, end, MarkKind.LINK, text.substring(from, end), url));
    }
  }

  /**
   * Closes the open block as {@code kind}; an empty block is dropped. A heading starts a new
   * section; {@code anchor} is the source's id for the block, or null.
   */
  public void endBlock(BlockKind kind, String anchor) {
    if (blockStart < 0) {
      throw new IllegalStateException("no open block");
    }
    int end = text.length();
    while (end > blockStart && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    if (end == blockStart) {
      if (blockStart >= 2) {
        text.setLength(blockStart - 2);
      }
    } else {
      String blockText = text.substring(blockStart, end);
      if (kind == BlockKind.HEADING) {
        section = blockText;
      }
      blocks.add(new PendingBlock(kind, blockStart, end, blockText, section, anchor, given));
    }
    blockStart = -1;
    given = null;
  }

  /** The open block is a reference whose source gave these fields beside its text. */
  public void cite(GivenFields fields) {
    if (blockStart < 0) {
      throw new IllegalStateException("no open block");
    }
    given = fields;
  }

  /** A whole block of plain text at once. */
  public void block(BlockKind kind, String content, String anchor) {
    startBlock();
    append(content);
    endBlock(kind, anchor);
  }

  /** The document; the builder is spent. */
  public Document build() {
    if (blockStart >= 0) {
      throw new IllegalStateException("a block is still open");
    }
    String body = text.toString();
    String id = DocumentIds.of(source, body);
    List<Block> built = new ArrayList<>(blocks.size());
    for (PendingBlock b : blocks) {
      built.add(new Block(b.kind(), new Span(id, b.start(), b.end()), b.text(), b.section(),
          b.anchor(), b.given()));
    }
    List<InlineMark> builtMarks = new ArrayList<>(marks.size());
    for (PendingMark m : marks) {
      if (m.end() <= body.length()) {
        builtMarks.add(new InlineMark(new Span(id, m.start(), m.end()), m.kind(), m.label(),
            m.target()));
      }
    }
    return new Document(id, source, format, title, language, published, retrieved, body, built,
        builtMarks, markedUp, warnings, truncated);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
