package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one input file into a document: the size bound, the bytes, and the reader for the
 * format. Plain text is the format read so far; every failure is an outcome, never a throw.
 * Thread-safe.
 */
public final class ArticleReading {
  private final ReadLimits limits;
  private final DocumentReader plainText;

  /** Reading under the given limits. */
  public ArticleReading(ReadLimits limits) {
    this.limits = limits;
    this.plainText = new PlainTextReader(limits);
  }

  /** The document in {@code input}, or why it could not be read. */
  public Outcome<Document> read(InputFile input) {
    Path path = Path.of(input.path());
    try {
      long size = Files.size(path);
      if (size > limits.maxInputBytes()) {
        return Outcome.failed(new Failure(input.source(), TextDecoder.STAGE, "too-large",
            "the input has " + size + " bytes, over the limit of " + limits.maxInputBytes()));
      }
      return plainText.read(input.source(), Files.readAllBytes(path));
    } catch (IOException e) {
      return Outcome.failed(new Failure(input.source(), TextDecoder.STAGE, "io",
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }
}
