package dev.claimcheck.pipelines;

import dev.claimcheck.read.InputFile;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Spreads input files over a bounded number of batches (by a stable hash of their source), so
 * that a runner works on a few hundred documents at a time instead of a whole split of the
 * corpus, without paying per-document bundle costs. Memory then stays flat as the corpus grows.
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

  /** Batches for a corpus of {@code inputs} files: about 500 files each, 1 to 512 of them. */
  public static int batchesFor(int inputs) {
    return Math.max(1, Math.min(512, inputs / 500));
  }

  @Override
  public PCollection<InputFile> expand(PCollection<InputFile> inputs) {
    return inputs
        .apply("AssignBatch", ParDo.of(new AssignBatchFn(batches)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ModelCoders.coder(InputFile.class)))
        .apply("GroupBatches", GroupByKey.create())
        .apply("EmitBatch", ParDo.of(new EmitBatchFn()));
  }

  /** Keys a file by its batch. */
  static final class AssignBatchFn extends DoFn<InputFile, KV<Integer, InputFile>> {
    private final int batches;

    AssignBatchFn(int batches) {
      this.batches = batches;
    }

    @ProcessElement
    public void process(@Element InputFile input, OutputReceiver<KV<Integer, InputFile>> out) {
      out.output(KV.of(Math.floorMod(input.source().hashCode(), batches), input));
    }
  }

  /** Emits the files of one batch. */
  static final class EmitBatchFn extends DoFn<KV<Integer, Iterable<InputFile>>, InputFile> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<InputFile>> batch, OutputReceiver<InputFile> out) {
      batch.getValue().forEach(out::output);
    }
  }
}
