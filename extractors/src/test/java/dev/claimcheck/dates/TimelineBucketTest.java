package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a date stands on the timeline: a year, a decade or a century, never two of them under one name. */
class TimelineBucketTest {
  @Test
  void aDateFallsInItsYearDecadeOrCentury() {
    assertThat(TimelineBucket.of("1984-05-02")).isEqualTo("1984");
    assertThat(TimelineBucket.of("1984")).isEqualTo("1984");
    assertThat(TimelineBucket.of("198X")).isEqualTo("1980s");
    assertThat(TimelineBucket.of("190X")).isEqualTo("1900s");
    // The century is not the decade of its first years.
    assertThat(TimelineBucket.of("19XX")).isEqualTo("1900-1999");
    assertThat(TimelineBucket.of("XXXX-05")).isNull();
    assertThat(TimelineBucket.of("PRESENT_REF")).isNull();
    assertThat(TimelineBucket.of((String) null)).isNull();
  }
}
