package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/** Facts taken through a wiki's redirects to the name they stand for, and the conflicts that meet there. */
class ResolveRedirectsTest {

  private static Fact founded(String claim, String document, String subject, String year) {
    return new Fact(claim, document, subject, dev.claimcheck.facts.SubjectKeys.of(subject), "name", "founded", year,
        year, false, document + ".txt", "UNSOURCED", subject + " was founded in " + year + ".", year, Fact.Kind.DATE);
  }

  @Test
  void aRedirectedNameTakesItsTargetsKeyAndMeetsItsFacts() {
    Pipeline p = DirectPipelines.create();
    PCollection<Fact> facts = p.apply("Facts", Create.of(
        founded("a-1", "a", "Lake Orrin Ferry Company", "1972"),
        founded("b-1", "b", "Orrin Ferries", "1974"),
        founded("c-1", "c", "Westmere Works", "1990")).withCoder(ModelCoders.coder(Fact.class)));
    PCollection<KV<String, String>> redirects = p.apply("Redirects", Create.of(
        KV.of("Orrin Ferries", "Lake Orrin Ferry Company"),
        KV.of("Orrin ferries", "Lake Orrin Ferry Company"),
        KV.of("Nobody's page", "Westmere Works Ltd"),
        KV.of("Same", "same")).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<Fact> resolved = PCollectionTuple.of(ResolveRedirects.FACTS, facts)
        .and(ResolveRedirects.REDIRECTS, redirects)
        .apply(new ResolveRedirects());
    PAssert.that(resolved).satisfies(all -> {
      List<Fact> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list).extracting(Fact::claimId, Fact::subjectKey, Fact::subjectMatch).containsExactlyInAnyOrder(
          tuple("a-1", "lake orrin ferry company", "name"),
          tuple("b-1", "lake orrin ferry company", "name; redirect from orrin ferries"),
          tuple("c-1", "westmere works", "name"));
      return null;
    });
    PAssert.that(resolved.apply(new FindConflicts())).satisfies(all -> {
      List<Conflicts.Conflict> list = new ArrayList<>();
      all.forEach(list::add);
      assertThat(list).extracting(Conflicts.Conflict::subjectKey).containsExactly("lake orrin ferry company");
      assertThat(list.get(0).sides()).extracting(Conflicts.Side::value).containsExactly("1972", "1974");
      return null;
    });
    p.run().waitUntilFinish();
  }
}
