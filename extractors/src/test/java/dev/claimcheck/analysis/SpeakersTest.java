package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Status;
import dev.claimcheck.testing.Articles;
import org.junit.jupiter.api.Test;

/**
 * News attribution as reporters write it: after a quotation, with an apposition, after an
 * opening phrase; and a pronoun given to the one person who spoke just before it.
 */
class SpeakersTest {
  private static Claim claim(Analysis a, String start) {
    return a.claims().stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow();
  }

  private static String source(Claim c) {
    Attribution a = c.attribution();
    return a == null ? null : a.source();
  }

  @Test
  void reportersWaysOfNamingASpeakerAreAttributions() {
    Analysis a = Articles.judge("news.txt", """
        Bridge reopens

        "I can say with confidence that the span is safe after the 2024 repairs," Simpson said.

        Robertson, the county engineer, said: "The work ended in March 2024."

        In an interview with the Westmere Herald, Mr Obama said the bridge was "a lifeline" in 2023.

        The council voted to reopen the bridge in April 2024.
        """);
    assertThat(source(claim(a, "\"I can say"))).isEqualTo("Simpson");
    assertThat(source(claim(a, "Robertson, the county engineer"))).isEqualTo("Robertson");
    assertThat(source(claim(a, "In an interview"))).isEqualTo("Mr Obama");
    assertThat(claim(a, "In an interview").status()).isEqualTo(Status.ATTRIBUTED);
    assertThat(source(claim(a, "The council voted"))).isNull();
  }

  @Test
  void aPronounIsTheOnePersonWhoSpokeJustBefore() {
    Analysis a = Articles.judge("news.txt", """
        Bridge reopens

        Simpson said the span was closed in 2023. He said the repairs cost $4 million in 2024.

        "It took a year," she said in May 2024.

        Lind said the road opened in 2020. Simpson said it closed in 2021. He said it reopened in 2022.
        """);
    assertThat(source(claim(a, "He said the repairs"))).isEqualTo("Simpson");
    assertThat(claim(a, "He said the repairs").status()).isEqualTo(Status.ATTRIBUTED);
    // The one speaker within reach is Simpson: "she" is given to Simpson as well, since the
    // pronoun's gender is not known; two speakers within reach make a pronoun nobody's.
    assertThat(source(claim(a, "\"It took a year,\""))).isEqualTo("Simpson");
    assertThat(source(claim(a, "He said it reopened"))).isNull();
  }
}
