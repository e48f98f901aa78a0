package dev.claimcheck.pipelines;

import dev.claimcheck.facts.Fact;
import dev.claimcheck.facts.SubjectKeys;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Facts whose subject a wiki dump redirects to another name take that name's key: a fact of
 * "CICEC", whose page redirects to "China International Culture Exchange Center", is a fact of
 * the centre, and its subject match says so ({@code alias; redirect from cicec}). Joined by the
 * subject key ({@link CoGroupByKey} of the facts with the redirects), so the redirects of a whole
 * wiki never stand in one worker's memory. A name redirected to several names (dumps of
 * different dates) takes the first in key order; one hop is followed, as MediaWiki follows one.
 */
public final class ResolveRedirects extends PTransform<PCollectionTuple, PCollection<Fact>> {
  /** The facts. */
  public static final TupleTag<Fact> FACTS = new TupleTag<>() {};
  /** The redirects: (a name, the name it stands for), as titled. */
  public static final TupleTag<KV<String, String>> REDIRECTS = new TupleTag<>() {};

  private static final TupleTag<Fact> FACT = new TupleTag<>() {};
  private static final TupleTag<String> TARGET = new TupleTag<>() {};

  @Override
  public PCollection<Fact> expand(PCollectionTuple input) {
    PCollection<KV<String, Fact>> facts = input.get(FACTS)
        .apply("BySubject", WithKeys.of(Fact::subjectKey).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(Fact.class)));
    PCollection<KV<String, String>> targets = input.get(REDIRECTS)
        .apply("ToKeys", ParDo.of(new DoFn<KV<String, String>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, String> redirect, OutputReceiver<KV<String, String>> out) {
            String from = SubjectKeys.of(redirect.getKey());
            String to = SubjectKeys.of(redirect.getValue());
            if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
              out.output(KV.of(from, to));
            }
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    return KeyedPCollectionTuple.of(FACT, facts).and(TARGET, targets)
        .apply("JoinBySubject", CoGroupByKey.create())
        .apply("TakeTarget", ParDo.of(new DoFn<KV<String, CoGbkResult>, Fact>() {
          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Fact> out) {
            TreeSet<String> to = new TreeSet<>();
            joined.getValue().getAll(TARGET).forEach(to::add);
            for (Fact f : joined.getValue().getAll(FACT)) {
              out.output(to.isEmpty() ? f
                  : f.withSubject(to.first(), f.subjectMatch() + "; redirect from " + joined.getKey()));
            }
          }
        }))
        .setCoder(ModelCoders.coder(Fact.class));
  }
}
