package dev.claimcheck.pipelines;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.read.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * The one place coders for the model's records are declared: Java serialization for the large
 * records that pass between steps once, a compact coder for input files, which are grouped.
 */
public final class ModelCoders {
  /** Every record type that travels in a PCollection. */
  static final List<Class<? extends Serializable>> TYPES =
      List.of(InputFile.class, Document.class, Analysis.class, Failure.class);

  private ModelCoders() {}

  /** Registers a coder for every model type on {@code pipeline}. */
  public static void register(Pipeline pipeline) {
    CoderRegistry registry = pipeline.getCoderRegistry();
    registry.registerCoderForClass(InputFile.class, InputFileCoder.INSTANCE);
    register(registry, Document.class);
    register(registry, Analysis.class);
    register(registry, Failure.class);
  }

  /** An input file as its two strings, then its problem's two strings or a marker for none. */
  static final class InputFileCoder extends AtomicCoder<InputFile> {
    static final InputFileCoder INSTANCE = new InputFileCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();

    @Override
    public void encode(InputFile value, OutputStream out) throws IOException {
      STRING.encode(value.path(), out);
      STRING.encode(value.source(), out);
      out.write(value.problem() == null ? 0 : 1);
      if (value.problem() != null) {
        STRING.encode(value.problem().errorClass(), out);
        STRING.encode(value.problem().message(), out);
      }
    }

    @Override
    public InputFile decode(InputStream in) throws IOException {
      String path = STRING.decode(in);
      String source = STRING.decode(in);
      int marker = in.read();
      if (marker < 0) {
        throw new java.io.EOFException("input file cut short");
      }
      return new InputFile(path, source,
          marker == 0 ? null : new InputFile.Problem(STRING.decode(in), STRING.decode(in)));
    }

    @Override
    public void verifyDeterministic() {}
  }

  private static <T extends Serializable> void register(CoderRegistry registry, Class<T> type) {
    registry.registerCoderForClass(type, SerializableCoder.of(type));
  }
}
