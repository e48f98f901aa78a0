package dev.claimcheck.read.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spaces a PDF lost in a reference entry's head are put back; titles and journals keep theirs. */
class GluedNamesTest {

  @Test
  void initialsGluedToTheFamilyNameBeforeTheYearAreCut() {
    assertThat(GluedNames.unglue("Okafor A, LindqvistP, MoreauCA. 2019.Sediment in PhyML. ApJ, 4, 1", false))
        .isEqualTo("Okafor A, Lindqvist P, Moreau CA. 2019. Sediment in PhyML. ApJ, 4, 1");
  }

  @Test
  void aLineAfterTheYearKeepsItsCapitals() {
    assertThat(GluedNames.unglue("tides with PhyML and ApJ, 41, 211", true))
        .isEqualTo("tides with PhyML and ApJ, 41, 211");
  }
}
