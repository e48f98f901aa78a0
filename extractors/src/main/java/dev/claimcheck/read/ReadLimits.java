package dev.claimcheck.read;

/**
 * Bounds on what a reader accepts: an input over {@code maxInputBytes} is a failure record; a
 * text over {@code maxDocumentChars} is cut at a line end and marked truncated.
 *
 * @param maxInputBytes largest input, in bytes
 * @param maxDocumentChars largest document text, in characters
 */
public record ReadLimits(long maxInputBytes, int maxDocumentChars) implements java.io.Serializable {

  /** 32 MiB of input, 4 million characters of text. */
  public static final ReadLimits DEFAULT = new ReadLimits(32L << 20, 4_000_000);

  public ReadLimits {
    if (maxInputBytes <= 0 || maxDocumentChars <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }
}
