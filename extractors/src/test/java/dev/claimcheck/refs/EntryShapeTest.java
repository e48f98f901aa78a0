package dev.claimcheck.refs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a paragraph of a reference section must look like to be an entry. */
class EntryShapeTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Okafor A, Lindqvist P. Sediment transport in estuarine harbours. J Coast Eng. 2019;41:211–29.",
      "Barth J. V., Costantini G., Kern K., 2005, Nature, 437, 671",
      "Tanaka, H. (n.d.). Tidal records of the northern basin. Halvard Press.",
      "Lindqvist P. Harbour silt, https://example.org/silt.pdf, accessed 3 May.",
      "[note 2] Department of Coastal Engineering"})
  void entries(String text) {
    assertThat(EntryShape.looksLikeEntry(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Choe YH25 1999 10e South Korea 13 B+A+M Histology",
      "Halvorsen 2004 12 Norway 8 Survey",
      "Indraneel Datta, Chad G Ball, Lucas Rudmik, S Morad Hameed, John B Kortbeek",
      "This paper has been typeset from a TEX file prepared by the author.",
      "Figure 3. Silt deposition from 2004 to 2011, per basin, after Okafor et al. (2019).",
      "FIG. 2: Cross section change in 238.5 MeV collisions, as in Lindqvist (1999).",
      "Table 1 - Dredged volumes, 2016–2021, in cubic metres."})
  void notEntries(String text) {
    assertThat(EntryShape.looksLikeEntry(text)).as(text).isFalse();
  }
}
