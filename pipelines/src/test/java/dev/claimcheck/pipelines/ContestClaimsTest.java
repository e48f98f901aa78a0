package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.results.ContestedClaim;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/**
 * Contested claims: each claim of a conflict gets a reason for every other side, naming another
 * document where one says it; a claim in two conflicts is one record with both reasons.
 */
class ContestClaimsTest {
  private static Fact fact(String claim, String document, String relation, String value) {
    return new Fact(claim, document, "Westmere Works", "westmere works", "name", relation, value, value, false,
        document + ".txt", "SUPPORTED", "Westmere Works was " + relation + " in " + value + ".", "1980s",
        Fact.Kind.DATE);
  }

  @Test
  void everyClaimOfAConflictGetsTheOtherSidesAsReasonsInOneRecord() {
    Fact aFounded = fact("a-1", "a", "founded", "1984");
    Fact bFounded = fact("b-1", "b", "founded", "1986");
    Fact aAlso = fact("a-2", "a", "founded", "1986");
    Fact aBuilt = fact("a-1", "a", "built", "1984");
    Fact aRebuilt = fact("a-3", "a", "built", "1988");
    Conflicts.Conflict founded = new Conflicts.Conflict("westmere works", "founded", List.of(
        new Conflicts.Side("1984", List.of(aFounded)), new Conflicts.Side("1986", List.of(aAlso, bFounded))));
    // Only the claim's own document states the other value: the reason says so.
    Conflicts.Conflict built = new Conflicts.Conflict("westmere works", "built", List.of(
        new Conflicts.Side("1984", List.of(aBuilt)), new Conflicts.Side("1988", List.of(aRebuilt))));

    Pipeline p = DirectPipelines.create();
    PCollection<ContestedClaim> contested = p
        .apply(Create.of(founded, built).withCoder(ModelCoders.coder(Conflicts.Conflict.class)))
        .apply(new ContestClaims());
    PAssert.that(contested).satisfies(all -> {
      List<ContestedClaim> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list).extracting(ContestedClaim::claimId).containsExactlyInAnyOrder("a-1", "a-2", "b-1", "a-3");
      ContestedClaim a1 = list.stream().filter(c -> c.claimId().equals("a-1")).findFirst().orElseThrow();
      assertThat(a1.reasons()).containsExactly(
          "another document, b.txt, says founded 1986",
          "the same document says built 1988 elsewhere");
      assertThat(a1.documentId()).isEqualTo("a");
      assertThat(a1.previousStatus()).isEqualTo("SUPPORTED");
      assertThat(a1.timelineBucket()).isEqualTo("1980s");
      ContestedClaim b1 = list.stream().filter(c -> c.claimId().equals("b-1")).findFirst().orElseThrow();
      assertThat(b1.reasons()).containsExactly("another document, a.txt, says founded 1984");
      return null;
    });
    p.run().waitUntilFinish();
  }
}
