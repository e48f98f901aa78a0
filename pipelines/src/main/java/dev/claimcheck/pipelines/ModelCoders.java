package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.coders.RecordCoder;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.ContestedClaim;
import dev.claimcheck.results.ErrorTotals;
import dev.claimcheck.results.LinkRot;
import dev.claimcheck.results.RunTotals;
import dev.claimcheck.results.SourceTotals;
import dev.claimcheck.results.SourceUse;
import dev.claimcheck.results.Tally;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;

/**
 * The one place coders for the model's records are declared: every record type that travels in
 * a PCollection is written field by field by a {@link RecordCoder}, registered on the pipeline
 * and handed to the transforms that set a coder themselves.
 */
public final class ModelCoders {
  /** Every record type that travels in a PCollection. */
  static final List<Class<? extends Record>> TYPES =
      List.of(InputFile.class, Document.class, Analysis.class, Failure.class, UrlTask.class, SourceResult.class,
          CheckedDocument.class, CitedSource.class, JoinSources.Citing.class, Tally.class, ClaimTotals.class,
          SourceUse.class, SourceTotals.class, LinkRot.class, ErrorTotals.class, RunTotals.class,
          Fact.class, Conflicts.Conflict.class, ContestedClaim.class);

  private ModelCoders() {}

  /** Registers a coder for every model type on {@code pipeline}. */
  public static void register(Pipeline pipeline) {
    CoderRegistry registry = pipeline.getCoderRegistry();
    for (Class<? extends Record> type : TYPES) {
      register(registry, type);
    }
  }

  private static <T extends Record> void register(CoderRegistry registry, Class<T> type) {
    registry.registerCoderForClass(type, coder(type));
  }

  /** The coder of one model type. */
  static <T extends Record> Coder<T> coder(Class<T> type) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a model type that travels between steps");
    }
    return RecordCoder.of(type);
  }
}
