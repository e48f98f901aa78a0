package dev.claimcheck.pipelines;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.InputFile;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;

/** The one place coders for the model's records are declared. */
public final class ModelCoders {
  /** Every record type that travels in a PCollection. */
  static final List<Class<? extends Serializable>> TYPES =
      List.of(InputFile.class, Document.class, Analysis.class, Failure.class);

  private ModelCoders() {}

  /** Registers a coder for every model type on {@code pipeline}. */
  public static void register(Pipeline pipeline) {
    CoderRegistry registry = pipeline.getCoderRegistry();
    for (Class<? extends Serializable> type : TYPES) {
      register(registry, type);
    }
  }

  private static <T extends Serializable> void register(CoderRegistry registry, Class<T> type) {
    registry.registerCoderForClass(type, SerializableCoder.of(type));
  }
}
