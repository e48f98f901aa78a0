package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Months named without a day or a year, placed by the word before them. */
class MonthTaggingTest {
  @Test
  void aMonthThisPastIsTheLastOneAndAMonthToComeTheNext() {
    assertThat(values("This past January it fell, and it fell again this past June.", "1998-06-15"))
        .containsExactly("This past January=1998-01", "this past June=1997-06");
    assertThat(values("Come September, it ends; the election come November decides it.", "1998-06-15"))
        .containsExactly("Come September=1998-09", "come November=1998-11");
    // told in the past, the month after the time the text speaks of
    assertThat(values("In May 1944 the unit moved; come September, it had reached Paris.", "2020-06-15"))
        .containsExactly("May 1944=1944-05", "come September=1944-09");
    assertThat(values("This coming July it ends, as it did last June.", "1998-06-15"))
        .containsExactly("This coming July=1998-07", "last June=1997-06");
  }
}
