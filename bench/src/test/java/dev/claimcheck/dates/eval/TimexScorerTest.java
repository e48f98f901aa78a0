package dev.claimcheck.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexScorerTest {

  @Test
  void equalValuesWrittenDifferentlyCompareEqual() {
    assertThat(TimexScorer.canonical("199X")).isEqualTo(TimexScorer.canonical("199"));
    assertThat(TimexScorer.canonical("18XX")).isEqualTo(TimexScorer.canonical("18"));
    assertThat(TimexScorer.canonical("P1DE")).isEqualTo(TimexScorer.canonical("P10Y"));
    assertThat(TimexScorer.canonical("P2L")).isEqualTo(TimexScorer.canonical("P2000Y"));
    // a week's number with or without its leading zero
    assertThat(TimexScorer.canonical("1998-W5")).isEqualTo(TimexScorer.canonical("1998-W05"));
    assertThat(TimexScorer.canonical("1998-W5-WE")).isEqualTo(TimexScorer.canonical("1998-W05-WE"));
  }

  @Test
  void differentValuesStayDifferent() {
    assertThat(TimexScorer.canonical("1998-W5")).isNotEqualTo(TimexScorer.canonical("1998-W15"));
    assertThat(TimexScorer.canonical("1998-W15")).isEqualTo("1998-W15");
    assertThat(TimexScorer.canonical("199X")).isNotEqualTo(TimexScorer.canonical("1990"));
    assertThat(TimexScorer.canonical("P1Y")).isNotEqualTo(TimexScorer.canonical("P12M"));
  }
}
