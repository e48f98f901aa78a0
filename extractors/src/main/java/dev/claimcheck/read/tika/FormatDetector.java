package dev.claimcheck.read.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;

/**
 * The media type of an input, detected from its content (Tika's magic bytes), with the file
 * name as a hint where the content is ambiguous. The one place Tika is used for detection.
 * Thread-safe.
 */
public final class FormatDetector {
  private static final Tika TIKA = new Tika();
  private static final int SNIFF_BYTES = 64 * 1024;

  private FormatDetector() {}

  /** The media type, such as {@code text/html} or {@code application/pdf}, without parameters. */
  public static String detect(byte[] content, String name) {
    int n = Math.min(content.length, SNIFF_BYTES);
    try {
      String type = TIKA.detect(new ByteArrayInputStream(content, 0, n), name);
      int semicolon = type.indexOf(';');
      return semicolon < 0 ? type : type.substring(0, semicolon).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
