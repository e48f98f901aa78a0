package dev.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.text.TextBounds;
import dev.claimcheck.testing.WorstCaseText;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every pattern the extractors keep, fed each worst-case shape at the longest text one step is
 * given (a block at its bound), finds all its matches without deep recursion and in bounded
 * time: a lazy or repeated group that recursed once per character ended whole runs.
 */
class PatternBoundsTest {
  @Test
  void everyPatternStaysBoundedOnItsWorstCase() throws Exception {
    Map<String, Pattern> patterns = WorstCaseText.staticPatterns(SentenceSplitter.class);
    assertThat(patterns).hasSizeGreaterThan(100);
    assertThat(WorstCaseText.problems(patterns, TextBounds.MAX_BLOCK_CHARS, 2_000)).isEmpty();
  }

  @Test
  void theProbeSeesARecursingPattern() throws Exception {
    Pattern recursing = Pattern.compile("^((?:[^,.]|\\.(?=\\S))+?)\\s+said\\b");
    assertThat(WorstCaseText.problem(recursing, "In 2020 " + "the bridge opened ".repeat(2000), 2_000))
        .isEqualTo("overflowed the stack");
  }
}
