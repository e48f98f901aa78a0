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

  @Test
  void everySchemeIsFoundInTextAndNormalized() {
    String text = "doi:10.1086/311801. https://doi.org/10.1016/S0033-3182(99)71229-6. "
        + "PMID: https://www.ncbi.nlm.nih.gov/pubmed/11994218 PMC 7212345. arXiv:astro-ph/9901001v2 "
        + "arXiv:1805.05865. Bibcode:1999ApL...510L...5C. LCCN 79-21164. hdl:10013/epic.40001. "
        + "OCLC 1347020692. JSTOR resrep25132. ISBN 0-8044-2957-X. ISSN 0317-8471.";
    java.util.Map<String, String> found = new java.util.TreeMap<>();
    for (Identifiers.Found f : Identifiers.find(text)) {
      assertThat(f.id().valid()).as(f.id().toString()).isTrue();
      found.merge(f.id().scheme(), f.id().value(), (a, b) -> a + " " + b);
    }
    assertThat(found).containsEntry("doi", "10.1086/311801 10.1016/s0033-3182(99)71229-6")
        .containsEntry("pmid", "11994218")
        .containsEntry("pmc", "PMC7212345")
        .containsEntry("arxiv", "astro-ph/9901001 1805.05865")
        .containsEntry("bibcode", "1999ApL...510L...5C")
        .containsEntry("lccn", "79021164")
        .containsEntry("hdl", "10013/epic.40001")
        .containsEntry("oclc", "1347020692")
        .containsEntry("jstor", "resrep25132")
        .containsEntry("isbn", "9780804429573")
        .containsEntry("issn", "0317-8471");
  }

  @Test
  void malformedIdsAreKeptWithTheirProblem() {
    assertThat(Identifiers.arxiv("1913.12345").valid()).isFalse();
    assertThat(Identifiers.bibcode("1999ApL").valid()).isFalse();
    assertThat(Identifiers.lccn("not-a-number").valid()).isFalse();
    assertThat(Identifiers.pmcid("PMCx").valid()).isFalse();
    Identifiers.Checked isbn = Identifiers.isbn("978-1-74358-900-8");
    assertThat(isbn.value()).isEqualTo("9781743589008");
    assertThat(isbn.problem()).contains("check digit");
  }

  @Test
  void doiKeepsBalancedBracketsAndLosesTrailingOnes() {
    assertThat(Identifiers.find("(see doi:10.1000/abc(1)2).").get(0).id().value())
        .isEqualTo("10.1000/abc(1)2");
  }
}
