package dev.claimcheck.dates.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissClassesTest {

  private static TimexScorer.Miss miss(String kind, String goldType, String goldValue, String foundType,
      String foundValue) {
    return new TimexScorer.Miss(kind, "doc", goldType == null ? null : "Friday night", goldType, goldValue,
        foundType == null ? null : "Friday night", foundType, foundValue, "the words around Friday night");
  }

  @Test
  void aClassKeepsTypesAndTheShapesOfValuesButNoWordOfTheText() {
    TimexScorer.Miss m = miss("value", "DATE", "1998-08-07", "TIME", "1998-08-07TNI");
    String c = MissClasses.of(m);
    assertThat(c).isEqualTo("value DATE 9999-99-99 / TIME 9999-99-99TNI");
    assertThat(c).doesNotContain("Friday").doesNotContain("1998");
    assertThat(MissClasses.of(miss("missed", "DATE", "PRESENT_REF", null, null))).isEqualTo("missed DATE PRESENT_REF");
    assertThat(MissClasses.of(miss("spurious", null, null, "DURATION", "PXY"))).isEqualTo("spurious DURATION PXY");
    assertThat(MissClasses.of(miss("type", "DATE", "1998-08", "DURATION", "1998-08"))).isEqualTo("type DATE / DURATION");
    assertThat(MissClasses.of(miss("missed", "DATE", null, null, null))).isEqualTo("missed DATE none");
  }

  @Test
  void twoValuesOfOneShapeTellWhatDiffers() {
    assertThat(MissClasses.sameShape("1998-08-07", "1998-08-14")).isEqualTo("7 days later");
    assertThat(MissClasses.sameShape("1998-08-07", "1998-08-06")).isEqualTo("1 day earlier");
    assertThat(MissClasses.sameShape("1998-08-07", "1998-09-30")).isEqualTo("over a week later");
    assertThat(MissClasses.sameShape("1998-02-30", "1998-02-27")).isEqualTo("not a calendar day");
    assertThat(MissClasses.sameShape("1998-Q3", "1997-Q3")).isEqualTo("year only");
    assertThat(MissClasses.sameShape("1998-Q3", "1998-Q2")).isEqualTo("after the year");
    assertThat(MissClasses.sameShape("1998-Q3", "1997-Q4")).isEqualTo("year and more");
    assertThat(MissClasses.sameShape("P3Y", "P4Y")).isEqualTo("a number");
  }

  @Test
  void classesAreCountedLargestFirst() {
    List<Map.Entry<String, Integer>> counts = MissClasses.count(List.of(
        miss("spurious", null, null, "DATE", "PRESENT_REF"),
        miss("missed", "DATE", "1998", null, null),
        miss("spurious", null, null, "DATE", "PRESENT_REF")));
    assertThat(counts).extracting(Map.Entry::getKey).containsExactly("spurious DATE PRESENT_REF", "missed DATE 9999");
    assertThat(counts).extracting(Map.Entry::getValue).containsExactly(2, 1);
  }
}
