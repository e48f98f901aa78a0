package dev.claimcheck.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A paper's byline, affiliations and notices are furniture; its sentences are not. */
class PaperFurnitureTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Ingrid M. Halvorsen, Tomas K. Berg, and Lina O. Sand",
      "Per Lindqvist1,2, Adaeze Okafor2* and Claire Moreau3",
      "Per Lindqvist,\uD835\uDC4E,\u2217 Adaeze Okafor\uD835\uDC4F and Claire Moreau\uD835\uDC4E"
          + " \uD835\uDC4EUniversity of Norland, Norland 02215 \uD835\uDC4FHarbour Laboratory, Bergen, Norway",
      "Per Lindqvist1, Adaeze Okafor2 1Department of Coastal Engineering, University of Norland",
      "Department of Coastal Engineering, University of Norland, 12 Harbour Road, Norland",
      "2Institute of Marine Studies, Bergen, Norway",
      "Correspondence should be addressed to Per Lindqvist, per@example.org",
      "Copyright © 2019 Per Lindqvist et al.",
      "© 2021 The Authors. Published by the Norland Press.",
      "This is an open access article distributed under the Creative Commons Attribution License.",
      "Received 3 March 2019; accepted 9 May 2019",
      "Norland Journal of Tides Volume 2019, Article ID 412, 9 pages",
      "MNRAS 000, 1–14 (2025) Preprint 27 February 2025 Compiled using MNRAS LATEX style file v3.0",
      "Academic editor Per Lindqvist",
      "Key words: harbour silt, dredging, tides.",
      "DOI 10.5555/jces.2019.0412",
      "Distributed under Creative Commons CC-BY 4.0",
      "Research Article",
      "REVIEW Open Access",
      "Original Research Article"})
  void isFurniture(String text) {
    assertThat(PaperFurniture.is(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The University of Norland was founded in 1921, and its harbour institute in 1958.",
      "And then when you see other people, it doesn't seem as bad. (Centre A, R5).",
      "Silt deposition rose by a third between 2004 and 2011, as Lindqvist, Okafor and Moreau showed.",
      "Received wisdom holds that the harbour silted up in 2004.",
      "Smith and Jones",
      "Review articles were read in 2019.",
      "Per Lindqvist and Adaeze Okafor 2Department stores sell silt maps, which were printed in 2004.",
      "Keywords matter less than the silt itself, which rose in 2004."})
  void isProse(String text) {
    assertThat(PaperFurniture.is(text)).as(text).isFalse();
  }
}
