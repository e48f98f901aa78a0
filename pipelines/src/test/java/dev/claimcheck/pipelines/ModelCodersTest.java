package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.InputFile;
import dev.claimcheck.testing.Articles;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

/** Every model type that travels between steps survives its coder. */
class ModelCodersTest {

  @Test
  void everyModelTypeHasARegisteredCoder() throws Exception {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    ModelCoders.register(p);
    for (Class<?> type : ModelCoders.TYPES) {
      assertThat(p.getCoderRegistry().getCoder(type)).isNotNull();
    }
  }

  @Test
  void analysisAndFailureRoundTrip() throws Exception {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    ModelCoders.register(p);
    Analysis analysis = Articles.judge("t.txt", """
        Tramway

        The line opened in 1881 and closed 40 years ago.[1] It was popular.[citation needed]

        References

          1. ^ a b Penrose, Ada (1998). Trams. Quayside Press. ISBN 0-306-40615-2.
        """);
    Coder<Analysis> analyses = p.getCoderRegistry().getCoder(Analysis.class);
    CoderProperties.coderDecodeEncodeEqual(analyses, analysis);
    CoderProperties.coderDecodeEncodeEqual(p.getCoderRegistry().getCoder(InputFile.class),
        new InputFile("/corpus/a b/é.txt", "a b/é.txt"));
    CoderProperties.coderDecodeEncodeEqual(p.getCoderRegistry().getCoder(InputFile.class),
        new InputFile("/corpus/pipe", "corpus/pipe", new InputFile.Problem("not-a-file", "a named pipe")));
    CoderProperties.coderDeterministic(ModelCoders.InputFileCoder.INSTANCE,
        new InputFile("/x", "x"), new InputFile("/x", "x"));
    Coder<Failure> failures = p.getCoderRegistry().getCoder(Failure.class);
    CoderProperties.coderDecodeEncodeEqual(failures, new Failure("in", "read", "binary", "NUL"));
  }
}
