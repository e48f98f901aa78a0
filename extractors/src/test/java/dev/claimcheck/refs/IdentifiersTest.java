package dev.claimcheck.refs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void isbn13IsValidatedAndNormalized() {
    Identifiers.Checked c = Identifiers.isbn("978-1-74358-900-7");
    assertThat(c.value()).isEqualTo("9781743589007");
    assertThat(c.valid()).isTrue();
  }

  @Test
  void isbn10IsConvertedTo13() {
    Identifiers.Checked c = Identifiers.isbn("0-306-40615-2");
    assertThat(c.value()).isEqualTo("9780306406157");
    assertThat(c.valid()).isTrue();
    assertThat(Identifiers.isbn("0-8044-2957-X").valid()).isTrue();
  }

  @Test
  void badCheckDigitIsKeptWithAProblem() {
    Identifiers.Checked c = Identifiers.isbn("978-1-74358-900-8");
    assertThat(c.valid()).isFalse();
    assertThat(c.value()).isEqualTo("9781743589008");
    assertThat(c.problem()).contains("check digit");
    assertThat(Identifiers.isbn("0-306-40615-3").valid()).isFalse();
  }

  @Test
  void issnCheckDigit() {
    assertThat(Identifiers.issn("0317-8471").valid()).isTrue();
    assertThat(Identifiers.issn("2049-3630").valid()).isTrue();
    assertThat(Identifiers.issn("0317-8472").valid()).isFalse();
  }

  @Test
  void doiLosesResolverAndTrailingPunctuation() {
    Identifiers.Checked c = Identifiers.doi("https://doi.org/10.1000/XYZ123.");
    assertThat(c.value()).isEqualTo("10.1000/xyz123");
    assertThat(c.valid()).isTrue();
    assertThat(Identifiers.doi("11.1000/abc").valid()).isFalse();
  }
}
