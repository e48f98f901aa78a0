package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Deadline;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Span;
import dev.claimcheck.read.text.PlainTextReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.text.TextBounds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A block longer than one window of analysis is read window by window and loses nothing; a
 * sentence over the sentence bound is cut and flagged; a document over its deadline stops.
 */
class LongBlocksTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;

  /** {@code count} sentences of varying length on one line, and where each one lies. */
  private static String sentences(int count, List<int[]> where) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append("In ").append(1900 + i % 120).append(" the council of ward ").append(i)
          .append(" approved ").append("a very long plan ".repeat(i % 7)).append("the budget.");
      where.add(new int[] {start, text.length()});
    }
    return text.toString();
  }

  @Test
  void aBlockOverTheWindowIsReadWholeInWindows() {
    List<int[]> where = new ArrayList<>();
    String body = sentences(3_000, where);
    assertThat(body.length()).isGreaterThan(5 * TextBounds.MAX_BLOCK_CHARS);
    List<ArticleAnalyzer.Piece> pieces = ArticleAnalyzer.sentences(body, new Span("d", 0, body.length()), List.of());
    assertThat(pieces).hasSize(where.size());
    for (int i = 0; i < where.size(); i++) {
      assertThat(pieces.get(i).span().start()).as("sentence %d start", i).isEqualTo(where.get(i)[0]);
      assertThat(pieces.get(i).span().end()).as("sentence %d end", i).isEqualTo(where.get(i)[1]);
      assertThat(pieces.get(i).cut()).isFalse();
    }
  }

  @Test
  void aWholeDocumentOnOneLineGivesTheClaimsOfTheSameTextInParagraphs() {
    List<int[]> where = new ArrayList<>();
    String body = sentences(2_000, where);
    Document oneLine = new PlainTextReader(LIMITS).layOut("one-line.txt", "Ward report\n\n" + body + "\n");
    StringBuilder paragraphs = new StringBuilder("Ward report\n\n");
    for (int[] w : where) {
      paragraphs.append(body, w[0], w[1]).append("\n\n");
    }
    Document split = new PlainTextReader(LIMITS).layOut("paragraphs.txt", paragraphs.toString());
    List<String> a = ArticleAnalyzer.analyze(oneLine).claims().stream().map(Claim::text).toList();
    List<String> b = ArticleAnalyzer.analyze(split).claims().stream().map(Claim::text).toList();
    assertThat(a).hasSize(2_000).isEqualTo(b);
  }

  @Test
  void aSentenceOverTheBoundIsCutAndFlagged() {
    String text = "Title\n\nIn 2020 " + "the bridge opened ".repeat(1_000) + "again.\n\nIt closed in 2021.\n";
    Analysis analysis = ArticleAnalyzer.analyze(new PlainTextReader(LIMITS).layOut("long.txt", text));
    Claim first = analysis.claims().get(0);
    assertThat(first.text().length()).isLessThanOrEqualTo(TextBounds.MAX_SENTENCE_CHARS);
    assertThat(first.flags()).extracting(f -> f.outputName()).contains("truncated");
    assertThat(analysis.claims().get(1).text()).isEqualTo("It closed in 2021.");
    assertThat(analysis.claims().get(1).flags()).extracting(f -> f.outputName()).doesNotContain("truncated");
  }

  @Test
  void analysisStopsAtItsDeadline() {
    List<int[]> where = new ArrayList<>();
    Document big = new PlainTextReader(LIMITS).layOut("big.txt",
        ("Ward report\n\n" + sentences(400, where) + "\n\n").repeat(20));
    Assertions.assertThatThrownBy(() -> ArticleAnalyzer.analyze(big, Deadline.after(Duration.ZERO)))
        .isInstanceOf(Deadline.Exceeded.class)
        .hasMessageContaining("analysis took over the time budget");
  }
}
