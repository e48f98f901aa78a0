package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.testing.Articles;
import org.junit.jupiter.api.Test;

/**
 * Numbers in parentheses cite a numbered reference list (Vancouver style) and nothing else:
 * not where the list is not numbered, and not where the text writes its markers in brackets.
 */
class ParenthesizedCitationsTest {
  private static final String NUMBERED_LIST = "\n\nReferences\n\n"
      + "1. Okafor A, Lindqvist P. Sediment transport in estuarine harbours. J Coast Eng. 2019;41:211–29.\n\n"
      + "2. Tanaka H. Tidal records of the northern basin. Bergen: Halvard Press; 2014.\n\n"
      + "3. Brandt O. Quay wall failures in cold climates. Cold Reg Struct. 2021;12:5–19.\n";

  @Test
  void numbersInParenthesesCiteANumberedList() {
    Analysis a = Articles.judge("vancouver.txt", "Harbour survey\n\n"
        + "Silt in the inner harbour rose by a third between 2004 and 2011 (1,2). "
        + "Two quay walls failed during the winter of 2020 (3)." + NUMBERED_LIST);
    assertThat(Articles.claim(a, "Silt in the inner harbour").citations()).containsExactly("1", "2");
    assertThat(Articles.claim(a, "Two quay walls").citations()).containsExactly("3");
    assertThat(a.danglingMarkers()).isEmpty();
  }

  @Test
  void whereTheTextWritesBracketsParenthesesAreEquationNumbers() {
    Analysis a = Articles.judge("brackets.txt", "Harbour survey\n\n"
        + "Silt in the inner harbour rose by a third between 2004 and 2011 [1]. "
        + "The rate follows from the depth in 2012 (2)." + NUMBERED_LIST);
    assertThat(Articles.claim(a, "The rate follows").citations()).isEmpty();
    assertThat(Articles.claim(a, "The rate follows").text()).contains("(2)");
  }

  @Test
  void anAuthorYearListIsNotCitedByNumbers() {
    Analysis a = Articles.judge("apa.txt", "Harbour survey\n\n"
        + "Two quay walls failed during the winter of 2020 (2).\n\nReferences\n\n"
        + "Brandt, O. (2021). Quay wall failures in cold climates. Cold Regions Structures, 12, 5–19.\n\n"
        + "Tanaka, H. (2014). Tidal records of the northern basin. Halvard Press.\n");
    assertThat(Articles.claim(a, "Two quay walls").citations()).isEmpty();
    assertThat(a.danglingMarkers()).isEmpty();
  }
}
