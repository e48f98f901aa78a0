package dev.claimcheck.analysis;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Sentence;
import java.util.List;

/**
 * A prose block's sentences with their marks, some of them claims; what linking needs to apply
 * the paragraph-citation rule.
 *
 * @param block the block
 * @param lines its sentences in order
 */
record Paragraph(Block block, List<Line> lines) {

  /**
   * One sentence.
   *
   * @param sentence where it stands
   * @param marks its citation markers and editor tags
   * @param claim the claim it is, or null when it is not one
   */
  record Line(Sentence sentence, List<InlineMark> marks, Claim claim) {

    boolean cites() {
      return marks.stream().anyMatch(m -> m.kind().cites());
    }
  }

  /** Whether the paragraph's last sentence carries a citation marker. */
  boolean endsInCitation() {
    return !lines.isEmpty() && lines.get(lines.size() - 1).cites();
  }
}
