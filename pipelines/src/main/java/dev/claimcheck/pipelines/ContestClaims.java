package dev.claimcheck.pipelines;

import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.results.ContestedClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The claims the conflicts contest: each claim of a conflict's side gets, for every other side,
 * a reason naming its value and the document that states it ("another document, b.txt, says
 * founded 1986"; "the same document says founded 1986 elsewhere" when only the claim's own
 * document does). A claim in several conflicts gets all their reasons, in one record.
 */
public final class ContestClaims extends PTransform<PCollection<Conflicts.Conflict>, PCollection<ContestedClaim>> {
  @Override
  public PCollection<ContestedClaim> expand(PCollection<Conflicts.Conflict> conflicts) {
    return conflicts
        .apply("Reasons", ParDo.of(new DoFn<Conflicts.Conflict, KV<String, ContestedClaim>>() {
          @ProcessElement
          public void process(@Element Conflicts.Conflict c, OutputReceiver<KV<String, ContestedClaim>> out) {
            for (Conflicts.Side side : c.sides()) {
              for (Fact f : side.facts()) {
                List<String> reasons = new ArrayList<>();
                for (Conflicts.Side other : c.sides()) {
                  if (other != side) {
                    reasons.add(reason(f, other));
                  }
                }
                out.output(KV.of(f.claimId(),
                    new ContestedClaim(f.claimId(), f.documentId(), f.status(), f.timelineBucket(), reasons)));
              }
            }
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(ContestedClaim.class)))
        .apply("ByClaim", GroupByKey.create())
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(ModelCoders.coder(ContestedClaim.class))))
        .apply("OneRecordPerClaim", ParDo.of(new DoFn<KV<String, Iterable<ContestedClaim>>, ContestedClaim>() {
          @ProcessElement
          public void process(@Element KV<String, Iterable<ContestedClaim>> group, OutputReceiver<ContestedClaim> out) {
            TreeSet<String> reasons = new TreeSet<>();
            ContestedClaim first = null;
            for (ContestedClaim c : group.getValue()) {
              first = first == null ? c : first;
              reasons.addAll(c.reasons());
            }
            out.output(new ContestedClaim(first.claimId(), first.documentId(), first.previousStatus(),
                first.timelineBucket(), new ArrayList<>(reasons)));
          }
        }))
        .setCoder(ModelCoders.coder(ContestedClaim.class));
  }

  /** What another side says, against a fact of this one: from another document when one does. */
  static String reason(Fact fact, Conflicts.Side other) {
    for (Fact o : other.facts()) {
      if (!o.documentId().equals(fact.documentId())) {
        return "another document, " + o.source() + ", says " + o.says();
      }
    }
    Fact o = other.facts().get(0);
    return "the same document says " + o.says() + " elsewhere";
  }
}
