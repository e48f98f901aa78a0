package dev.claimcheck.pipelines;

import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The conflicts among the facts of the whole run: facts grouped by subject key and relation
 * ({@link GroupByKey}, never all pairs of claims), and each group whose values disagree beyond
 * their precision ({@link Conflicts#find}) is a conflict.
 */
public final class FindConflicts extends PTransform<PCollection<Fact>, PCollection<Conflicts.Conflict>> {
  @Override
  public PCollection<Conflicts.Conflict> expand(PCollection<Fact> facts) {
    return facts
        .apply("BySubjectAndRelation", WithKeys.of(Fact::groupKey).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(Fact.class)))
        .apply("Group", GroupByKey.create())
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(ModelCoders.coder(Fact.class))))
        .apply("Disagreements", ParDo.of(new DoFn<KV<String, Iterable<Fact>>, Conflicts.Conflict>() {
          @ProcessElement
          public void process(@Element KV<String, Iterable<Fact>> group, OutputReceiver<Conflicts.Conflict> out) {
            List<Fact> all = new ArrayList<>();
            group.getValue().forEach(all::add);
            Conflicts.Conflict conflict = Conflicts.find(all);
            if (conflict != null) {
              out.output(conflict);
            }
          }
        }))
        .setCoder(ModelCoders.coder(Conflicts.Conflict.class));
  }
}
