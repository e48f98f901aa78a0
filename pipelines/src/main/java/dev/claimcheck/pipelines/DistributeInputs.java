package dev.claimcheck.pipelines;

import dev.claimcheck.read.input.InputFile;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Spreads input files over a bounded number of batches (by a stable hash of their source), so
 * that a runner works on a few hundred documents at a time instead of a whole split of the
 * corpus, without paying per-document bundle costs. Memory then stays flat as the corpus grows;
 * each part of a dump read in parts ({@code DumpParts}) is a batch of its own.
 */
public final class DistributeInputs extends PTransform<PCollection<InputFile>, PCollection<InputFile>> {
  private final int batches;

  /** Spreading over {@code batches} batches. */
  public DistributeInputs(int batches) {
    if (batches < 1) {
      throw new IllegalArgumentException("batches must be positive");
    }
    this.batches = batches;
  }

  /** Batches for a corpus of {@code inputs} whole files: about 500 files each, 1 to 512 of them. */
  public static int batchesFor(List<InputFile> inputs) {
    long whole = inputs.stream().filter(f -> f.part() == null).count();
    return (int) Math.max(1, Math.min(512, whole / 500));
  }

  @Override
  public PCollection<InputFile> expand(PCollection<InputFile> inputs) {
    return inputs
        .apply("AssignBatch", ParDo.of(new AssignBatchFn(batches)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(InputFile.class)))
        .apply("GroupBatches", GroupByKey.create())
        .apply("EmitBatch", ParDo.of(new EmitBatchFn()));
  }

  /** Keys a file by its batch. */
  static final class AssignBatchFn extends DoFn<InputFile, KV<String, InputFile>> {
    private final int batches;

    AssignBatchFn(int batches) {
      this.batches = batches;
    }

    @ProcessElement
    public void process(@Element InputFile input, OutputReceiver<KV<String, InputFile>> out) {
      if (input.part() != null) {
        // A part is a batch of its own: it spreads over the workers, and what a worker holds
        // at a time stays one part's worth however large the dump.
        out.output(KV.of("part " + input.part().index() + " of " + input.source(), input));
      } else {
        out.output(KV.of("batch " + Math.floorMod(input.source().hashCode(), batches), input));
      }
    }
  }

  /** Emits the files of one batch. */
  static final class EmitBatchFn extends DoFn<KV<String, Iterable<InputFile>>, InputFile> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<InputFile>> batch, OutputReceiver<InputFile> out) {
      batch.getValue().forEach(out::output);
    }
  }
}
