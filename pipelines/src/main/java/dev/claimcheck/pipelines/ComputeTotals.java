package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Status;
import dev.claimcheck.results.ContestedClaim;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollectionList;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.Tally;
import dev.claimcheck.results.ErrorTotals;
import dev.claimcheck.results.LinkRot;
import dev.claimcheck.results.RunTotals;
import dev.claimcheck.results.SourceTotals;
import dev.claimcheck.results.SourceUse;
import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.DelegateCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The run's totals ({@link RunTotals}) as Beam combines over the staged records: the claims'
 * counts summed over the documents' tallies; each source's uses combined by its key, then the
 * sources counted and the most-cited kept; the link rot over the checked sources; the failures
 * counted (distinct failed inputs, failed entries, the first {@link ErrorTotals#SHOWN} in output
 * order kept). Each sum is a {@code Combine.globally} whose accumulator is the part's
 * {@code Counter}, spread over {@link #FANOUT} keys first; one element comes out, empty inputs giving zero counts. A part missing from
 * the input tuple counts as empty.
 */
public final class ComputeTotals extends PTransform<PCollectionTuple, PCollection<RunTotals>> {
  /**
   * Each sum first combines under this many keys, then the partial sums. The DirectRunner copies
   * a key's waiting values each time a bundle adds to them, so one key summing a value per
   * bundle is quadratic in the bundles: 100,000 inputs spent over half an hour there. Spread
   * over many keys the copies stay small.
   */
  static final int FANOUT = 256;

  /** What the staged documents add, a tally per staging bundle. */
  public static final TupleTag<Tally> TALLIES = new TupleTag<>() {};
  /** The checked sources. */
  public static final TupleTag<CitedSource> SOURCES = new TupleTag<>() {};
  /** The conflicts among facts. */
  public static final TupleTag<Conflicts.Conflict> CONFLICTS = new TupleTag<>() {};
  /** The claims the conflicts contest: their statuses move to {@code CONTESTED} in the counts. */
  public static final TupleTag<ContestedClaim> CONTESTED = new TupleTag<>() {};
  /** Every failure of the run, as staged. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollection<RunTotals> expand(PCollectionTuple input) {
    var pipeline = input.getPipeline();
    PCollection<Tally> tallies = input.has(TALLIES) ? input.get(TALLIES)
        : pipeline.apply("NoDocuments", Create.empty(ModelCoders.coder(Tally.class)));
    PCollection<CitedSource> sources = input.has(SOURCES) ? input.get(SOURCES)
        : pipeline.apply("NoSources", Create.empty(ModelCoders.coder(CitedSource.class)));
    PCollection<Failure> failures = input.has(FAILURES) ? input.get(FAILURES)
        : pipeline.apply("NoFailures", Create.empty(ModelCoders.coder(Failure.class)));

    PCollection<ContestedClaim> contested = input.has(CONTESTED) ? input.get(CONTESTED)
        : pipeline.apply("NoContested", Create.empty(ModelCoders.coder(ContestedClaim.class)));
    PCollection<Conflicts.Conflict> conflicts = input.has(CONFLICTS) ? input.get(CONFLICTS)
        : pipeline.apply("NoConflicts", Create.empty(ModelCoders.coder(Conflicts.Conflict.class)));
    PCollection<ClaimTotals> counts = tallies
        .apply("Counts", MapElements.into(TypeDescriptor.of(ClaimTotals.class)).via(Tally::counts))
        .setCoder(ModelCoders.coder(ClaimTotals.class));
    PCollection<ClaimTotals> shifts = contested
        .apply("StatusShifts", MapElements.into(TypeDescriptor.of(ClaimTotals.class)).via(ComputeTotals::shift))
        .setCoder(ModelCoders.coder(ClaimTotals.class));
    PCollectionView<ClaimTotals> claims = PCollectionList.of(counts).and(shifts)
        .apply("CountsAndShifts", Flatten.pCollections())
        .apply("SumCounts", Combine.globally(new Summing<ClaimTotals, ClaimTotals.Counter, ClaimTotals>(
            ClaimTotals.Counter::new, ClaimTotals.Counter::add,
            ClaimTotals.Counter::add, ClaimTotals.Counter::totals, ClaimTotals.class)).withFanout(FANOUT).asSingletonView());
    PCollectionView<SourceTotals> cited = tallies
        .apply("SourceUses", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(SourceUse.class)))
            .via((Tally t) -> t.sources().stream().map(u -> KV.of(u.key(), u)).toList()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(SourceUse.class)))
        .apply("UsesPerSource", Combine.perKey(new SumUses()))
        .apply("Sources", Values.create())
        .apply("SumSources", Combine.globally(new Summing<SourceUse, SourceTotals.Counter, SourceTotals>(SourceTotals.Counter::new, SourceTotals.Counter::add,
            SourceTotals.Counter::add, SourceTotals.Counter::totals, SourceTotals.class)).withFanout(FANOUT).asSingletonView());
    PCollectionView<LinkRot> linkRot = sources
        .apply("Results", MapElements.into(TypeDescriptor.of(SourceResult.class))
            .via(CitedSource::result))
        .setCoder(ModelCoders.coder(SourceResult.class))
        .apply("SumLinkRot", Combine.globally(new Summing<SourceResult, LinkRot.Counter, LinkRot>(LinkRot.Counter::new, LinkRot.Counter::add,
            LinkRot.Counter::add, LinkRot.Counter::totals, LinkRot.class)).withFanout(FANOUT).asSingletonView());
    PCollectionView<Long> conflictCount = conflicts
        .apply("CountConflicts", Combine.globally(Count.<Conflicts.Conflict>combineFn()).withFanout(FANOUT).asSingletonView());
    PCollectionView<ErrorTotals> errors = failures
        .apply("SumErrors", Combine.globally(new Summing<Failure, ErrorTotals.Counter, ErrorTotals>(ErrorTotals.Counter::new, ErrorTotals.Counter::add,
            ErrorTotals.Counter::add, ErrorTotals.Counter::totals, ErrorTotals.class)).withFanout(FANOUT).asSingletonView());

    return pipeline
        .apply("Once", Create.of(0).withCoder(VarIntCoder.of()))
        .apply("Totals", ParDo.of(new DoFn<Integer, RunTotals>() {
          @ProcessElement
          public void process(ProcessContext c) {
            c.output(new RunTotals(c.sideInput(claims), c.sideInput(cited), c.sideInput(linkRot),
                c.sideInput(errors), c.sideInput(conflictCount)));
          }
        }).withSideInputs(claims, cited, linkRot, errors, conflictCount))
        .setCoder(ModelCoders.coder(RunTotals.class));
  }

  /**
   * A sum whose accumulator is a mutable counter ({@code A}) and whose result is a record
   * ({@code O}) the counter can add back: accumulators travel as that record.
   */
  static final class Summing<I, A, O extends Record> extends Combine.CombineFn<I, A, O> {
    /** Makes an empty counter. */
    interface Empty<A> extends Serializable {
      A make();
    }

    /** Adds to a counter. */
    interface Add<A, V> extends Serializable {
      void add(A counter, V value);
    }

    /** A counter's result. */
    interface Result<A, O> extends Serializable {
      O of(A counter);
    }

    private final Empty<A> empty;
    private final Add<A, I> addInput;
    private final Add<A, O> addResult;
    private final Result<A, O> result;
    private final Class<O> type;

    Summing(Empty<A> empty, Add<A, I> addInput, Add<A, O> addResult, Result<A, O> result, Class<O> type) {
      this.empty = empty;
      this.addInput = addInput;
      this.addResult = addResult;
      this.result = result;
      this.type = type;
    }

    @Override
    public A createAccumulator() {
      return empty.make();
    }

    @Override
    public A addInput(A counter, I value) {
      addInput.add(counter, value);
      return counter;
    }

    @Override
    public A mergeAccumulators(Iterable<A> counters) {
      A all = empty.make();
      counters.forEach(c -> addResult.add(all, result.of(c)));
      return all;
    }

    @Override
    public O extractOutput(A counter) {
      return result.of(counter);
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<I> input) {
      return DelegateCoder.of(ModelCoders.coder(type), result::of, o -> {
        A counter = empty.make();
        addResult.add(counter, o);
        return counter;
      });
    }

    @Override
    public Coder<O> getDefaultOutputCoder(CoderRegistry registry, Coder<I> input) {
      return ModelCoders.coder(type);
    }
  }

  /**
   * What contesting a claim changes in the counts: one claim fewer in its status and one more in
   * {@code CONTESTED}, on the timeline too; nothing for a claim already contested.
   */
  static ClaimTotals shift(ContestedClaim claim) {
    Map<String, Long> statuses = new LinkedHashMap<>();
    Map<String, Map<String, Long>> timeline = new LinkedHashMap<>();
    String from = String.valueOf(claim.previousStatus());
    String to = Status.CONTESTED.name();
    if (!from.equals(to)) {
      statuses.put(from, -1L);
      statuses.put(to, 1L);
      if (claim.timelineBucket() != null) {
        timeline.put(claim.timelineBucket(), new LinkedHashMap<>(statuses));
      }
    }
    return new ClaimTotals(0, 0, 0, 0, statuses, timeline);
  }

  /** Adds up the uses of one source by different documents. */
  static final class SumUses extends Combine.BinaryCombineFn<SourceUse> {
    @Override
    public SourceUse apply(SourceUse left, SourceUse right) {
      return left.plus(right);
    }
  }
}
