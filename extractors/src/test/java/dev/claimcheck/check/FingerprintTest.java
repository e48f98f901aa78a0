package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fingerprints of page texts: the same text is the same, a rewritten page has drifted. */
class FingerprintTest {
  private static final String TEXT = "The Westmere tram depot opened in 1951. At its height it served 40 routes "
      + "across the city, with 212 trams. The depot closed in 1989 after the last trams were withdrawn, and the "
      + "site was sold to Harlow Homes for 3.5 million pounds. Its clock tower still stands.";

  @Test
  void sameTextIsSimilarRewrittenTextIsNot() {
    Fingerprint a = Fingerprint.of(TEXT);
    assertThat(a.similarity(Fingerprint.of(TEXT))).isEqualTo(1.0);
    double small = a.similarity(Fingerprint.of(TEXT.replace("Its clock tower still stands.", "Its clock tower was pulled down in 2001.")));
    assertThat(small).isGreaterThan(Fingerprint.DRIFT_BELOW).isLessThan(1.0);
    double rewritten = a.similarity(Fingerprint.of("From Monday the number 12 bus runs every ten minutes on weekdays. "
        + "Evening services are cut back to half-hourly, and the Sunday service starts an hour later."));
    assertThat(rewritten).isLessThan(0.1);
  }

  @Test
  void encodesForTheStateFolder() {
    Fingerprint a = Fingerprint.of(TEXT);
    assertThat(Fingerprint.decode(a.encode())).isEqualTo(a);
    assertThat(Fingerprint.of("  ... ")).isNull();
    assertThat(Fingerprint.decode(null)).isNull();
  }
}
