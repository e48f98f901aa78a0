package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimcheck.read.input.InputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/** Inputs spread over batches: every input comes out once, and each part of a dump is a batch of its own. */
class DistributeInputsTest {
  private static List<InputFile> files(int n) {
    return IntStream.range(0, n).mapToObj(i -> new InputFile("/corpus/a" + i + ".txt", "a" + i + ".txt")).toList();
  }

  @Test
  void everyInputComesOutOnceWhateverTheBatches() {
    List<InputFile> inputs = new ArrayList<>(files(1200));
    InputFile.Part first = new InputFile.Part(0, 100, 0, 2);
    InputFile.Part second = new InputFile.Part(100, 50, 1, 2);
    inputs.add(new InputFile("/dumps/wiki.xml.bz2", "wiki.xml.bz2", null, first));
    inputs.add(new InputFile("/dumps/wiki.xml.bz2", "wiki.xml.bz2", null, second));
    // A file that could not be listed still travels, to become its failure record downstream.
    inputs.add(new InputFile("/corpus/broken", "broken", new InputFile.Problem("broken-link", "a link to nothing")));
    Pipeline p = DirectPipelines.create();
    PCollection<InputFile> spread = p.apply(Create.of(inputs).withCoder(ModelCoders.coder(InputFile.class)))
        .apply(new DistributeInputs(DistributeInputs.batchesFor(inputs)));
    PAssert.that(spread).containsInAnyOrder(inputs);
    p.run().waitUntilFinish();
  }

  @Test
  void partsAreBatchesOfTheirOwnAndFilesShareAFewStableOnes() throws Exception {
    DistributeInputs.AssignBatchFn assign = new DistributeInputs.AssignBatchFn(3);
    List<KV<String, InputFile>> keyed = new ArrayList<>();
    for (InputFile f : files(300)) {
      assign.process(f, new Receiver(keyed));
    }
    InputFile.Part part = new InputFile.Part(0, 100, 1, 4);
    assign.process(new InputFile("/d.xml.bz2", "d.xml.bz2", null, part), new Receiver(keyed));
    assertThat(keyed.stream().map(KV::getKey).distinct().sorted())
        .containsExactly("batch 0", "batch 1", "batch 2", "part 1 of d.xml.bz2");
    // The same source always lands in the same batch.
    List<KV<String, InputFile>> again = new ArrayList<>();
    assign.process(files(300).get(17), new Receiver(again));
    assertThat(again.get(0).getKey()).isEqualTo(keyed.get(17).getKey());
  }

  @Test
  void batchesGrowWithTheCorpusWithinBounds() {
    assertThat(DistributeInputs.batchesFor(files(10))).isEqualTo(1);
    assertThat(DistributeInputs.batchesFor(files(100_000))).isEqualTo(200);
    assertThat(DistributeInputs.batchesFor(files(1_000_000))).isEqualTo(512);
    assertThatThrownBy(() -> new DistributeInputs(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Collects what a DoFn outputs. */
  private record Receiver(List<KV<String, InputFile>> out)
      implements org.apache.beam.sdk.transforms.DoFn.OutputReceiver<KV<String, InputFile>> {
    @Override
    public void output(KV<String, InputFile> value) {
      out.add(value);
    }

    @Override
    public void outputWithTimestamp(KV<String, InputFile> value, org.joda.time.Instant timestamp) {
      out.add(value);
    }
  }
}
