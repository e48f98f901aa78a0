package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Status;
import dev.claimcheck.testing.Articles;
import org.junit.jupiter.api.Test;

/** Linking and judging together, on small articles written for the purpose. */
class VerdictsTest {
  private static final String ARTICLE = """
      Tramway

      The line opened in 1881. It was popular. It closed in 1952.[1]

      The depot was sold in 1934.[citation needed] The last tram ran at Christmas.[dubious – discuss] According to Ada Penrose, the council lost money. Nobody knows why it failed. The tracks were lifted in 1960.[2][9]

      References

        1. ^ a b c Penrose, Ada (1998). Trams. Quayside Press.
        2. ^ Hale, Samuel (2003). Rails. Coastal Press.
        3. ^ Nobody, Cites (2010). Unused. Some Press.
      """;

  private final Analysis a = Articles.judge("t.txt", ARTICLE);

  @Test
  void uncitedSentencesOfAParagraphEndingInACitationAreCoveredByIt() {
    Claim first = Articles.claim(a, "The line opened in 1881.");
    assertThat(first.status()).isEqualTo(Status.CITED);
    assertThat(first.flags()).contains(Flag.PARAGRAPH_CITATION);
    assertThat(first.citations()).containsExactly("1");
    Claim own = Articles.claim(a, "It closed in 1952.");
    assertThat(own.flags()).doesNotContain(Flag.PARAGRAPH_CITATION);
  }

  @Test
  void citationNeededIsNotCoveredByTheParagraph() {
    Claim c = Articles.claim(a, "The depot was sold in 1934.");
    assertThat(c.status()).isEqualTo(Status.UNSOURCED);
    assertThat(c.flags()).contains(Flag.CITATION_NEEDED);
    assertThat(c.reasons()).contains("an editor tagged it [citation needed]");
  }

  @Test
  void disputeTagMakesItContested() {
    Claim c = Articles.claim(a, "The last tram ran at Christmas.");
    assertThat(c.status()).isEqualTo(Status.CONTESTED);
    assertThat(c.reasons()).contains("an editor tagged it [dubious]");
  }

  @Test
  void danglingMarkersAndUnusedReferencesAreReported() {
    Claim c = Articles.claim(a, "The tracks were lifted in 1960.");
    assertThat(c.citations()).containsExactly("2");
    assertThat(c.reasons()).anyMatch(r -> r.contains("[9], which the reference list does not contain"));
    assertThat(a.danglingMarkers()).containsExactly("9");
    assertThat(a.unusedReferences()).containsExactly("3");
    assertThat(a.references().get(0).uses()).isEqualTo(3);
    // Its back-link "^" counts one use in the article it was copied from, though no marker here
    // points at it: the marker count and the back-links are reported side by side.
    assertThat(a.references().get(2).uses()).isEqualTo(1);
  }

  @Test
  void attributionWithoutCitationIsAttributedOtherwiseUnsourced() {
    Analysis uncited = Articles.judge("u.txt", """
        Note

        According to Ada Penrose, the council lost money. Nobody knows why the line failed in 1952.
        """);
    assertThat(Articles.claim(uncited, "According to Ada Penrose").status()).isEqualTo(Status.ATTRIBUTED);
    Claim plain = Articles.claim(uncited, "Nobody knows why");
    assertThat(plain.status()).isEqualTo(Status.UNSOURCED);
    assertThat(plain.reasons()).containsExactly("no citation and no attribution");
  }

  @Test
  void questionsLeadInsAndFragmentsAreNotClaims() {
    Analysis b = Articles.judge("q.txt", """
        Is anyone going to be held to account?
        It was designed to:
        Cut travel times
        The bridge has stood unfinished since 2013.
        """);
    assertThat(b.claims()).extracting(Claim::text)
        .containsExactly("The bridge has stood unfinished since 2013.");
  }
}
