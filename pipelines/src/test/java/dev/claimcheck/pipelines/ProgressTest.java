package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Progress lines: the stage, the counts, the time left; nothing said twice, no stage again once over. */
class ProgressTest {
  private static final long S = 1_000_000_000L;

  @Test
  void readingTellsTheTimeLeftThenTheNextStageOnce() {
    Progress p = new Progress(100, "inputs", false, 0);
    assertThat(p.line(new Progress.Counts(0, 0, 0, 0), 5 * S))
        .isEqualTo("claimcheck: reading: 0 of 100 inputs read (0%), 0 documents, 0 claims");
    assertThat(p.line(new Progress.Counts(25, 2_000, 90_000, 0), 10 * S))
        .isEqualTo("claimcheck: reading: 25 of 100 inputs read (25%), 2,000 documents, 90,000 claims; about 30 s left");
    assertThat(p.line(new Progress.Counts(25, 2_000, 90_000, 0), 15 * S)).isNull(); // nothing new
    assertThat(p.line(new Progress.Counts(50, 4_000, 180_000, 0), 100 * S)).endsWith("; about 1 min 40 s left");
    assertThat(p.line(new Progress.Counts(100, 8_000, 360_000, 0), 200 * S))
        .isEqualTo("claimcheck: finishing (facts, conflicts, totals): 8,000 documents, 360,000 claims");
    assertThat(p.line(new Progress.Counts(100, 8_000, 360_000, 0), 205 * S)).isNull();
    assertThat(p.line(new Progress.Counts(100, 8_000, 360_000, 0), 210 * S)).isNull();
  }

  @Test
  void checkingSourcesCountsTheUrls() {
    Progress p = new Progress(2, "inputs", true, 0);
    assertThat(p.line(new Progress.Counts(1, 1, 10, 3), 2 * S)).contains("1 of 2 inputs read (50%)", "3 URLs checked",
        "about 2 s left");
    assertThat(p.line(new Progress.Counts(2, 2, 20, 7), 4 * S))
        .isEqualTo("claimcheck: checking sources and judging: 2 documents, 20 claims, 7 URLs checked");
    assertThat(new Progress(0, "inputs", true, 0).line(new Progress.Counts(0, 0, 0, 12), S))
        .isEqualTo("claimcheck: checking sources: 12 URLs checked");
  }
}
