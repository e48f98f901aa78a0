package dev.claimcheck.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers in any written form, each with the rounding it was written with. */
class QuantitiesTest {
  private static List<Quantities.Quantity> of(String text) {
    return Quantities.of(text, Words.of(text));
  }

  @Test
  void oneValueWhateverTheForm() {
    for (String text : List.of("3,000", "3000", "three thousand", "3 thousand")) {
      assertThat(of(text)).as(text).singleElement().extracting(Quantities.Quantity::value).isEqualTo(3000.0);
    }
    assertThat(of("1.2 million").get(0).value()).isEqualTo(1_200_000.0);
    assertThat(of("41.3 %").get(0).value()).isEqualTo(41.3);
    assertThat(of("twenty one").get(0).value()).isEqualTo(21.0);
  }

  @Test
  void aRoundNumberMeetsWhatItRoundsButNotMore() {
    Quantities.Quantity about = of("1.2 million").get(0);
    assertThat(about.meets(of("1,234,567").get(0))).isTrue();
    assertThat(about.meets(of("1,290,000").get(0))).isFalse();
    Quantities.Quantity exact = of("1,234,567").get(0);
    assertThat(exact.meets(of("1.2 million").get(0))).isFalse();
    assertThat(of("260,000").get(0).meets(of("263,000").get(0))).isTrue();
    assertThat(of("41.3").get(0).meets(of("41.4").get(0))).isFalse();
    assertThat(of("1998").get(0).yearLike()).isTrue();
  }

  @Test
  void ordinalsAndDecadesAreNotCounts() {
    assertThat(of("the 3rd and the 1980s")).isEmpty();
  }
}
