package dev.claimcheck.read;

import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes the bytes of a text input, refusing what is not text.
 *
 * <p>Accepts UTF-8 (with or without a byte-order mark) and UTF-16 (with a byte-order mark, or
 * without one when its first characters read as text of one or two scripts). Refuses, as
 * failure records, empty input, input over the size limit, binary content (NUL or many control
 * bytes, whatever the file is named) and invalid UTF-8. The text returned has line ends folded to {@code \n}
 * and is in Unicode NFC with no-break spaces made plain, so that offsets and patterns mean the
 * same thing everywhere. Thread-safe.
 */
public final class TextDecoder {
  public static final String STAGE = "read";
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /** Decodes {@code bytes} of the input named {@code source}. */
  public static Outcome<String> decode(String source, byte[] bytes, ReadLimits limits) {
    if (bytes.length == 0) {
      return fail(source, "empty", "the input is empty");
    }
    if (bytes.length > limits.maxInputBytes()) {
      return fail(source, "too-large", "the input has " + bytes.length
          + " bytes, over the limit of " + limits.maxInputBytes());
    }
    String text;
    Charset utf16 = hasUtf16Bom(bytes) ? StandardCharsets.UTF_16 : null;
    if (utf16 == null) {
      String binary = controlReason(bytes);
      if (binary != null) {
        utf16 = Utf16Sniffer.withoutBom(bytes);
        if (utf16 == null) {
          return fail(source, "binary", binary);
        }
      }
    }
    if (utf16 != null) {
      text = new String(bytes, utf16);
    } else {
      int skip = hasUtf8Bom(bytes) ? 3 : 0;
      try {
        text = strictUtf8(bytes, skip);
      } catch (CharacterCodingException e) {
        Charset sniffed = Utf16Sniffer.withoutBom(bytes);
        if (sniffed == null) {
          int at = firstBadByte(bytes, skip);
          return fail(source, "encoding", String.format(
              "not valid UTF-8: byte 0x%02X at offset %d", bytes[at] & 0xff, at));
        }
        text = new String(bytes, sniffed);
      }
    }
    text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC)
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ')
        .replace('\u2007', ' ');
    if (text.isBlank()) {
      return fail(source, "empty", "the input holds only white space");
    }
    return Outcome.ok(text);
  }

  private static Outcome<String> fail(String source, String errorClass, String message) {
    return Outcome.failed(new Failure(source, STAGE, errorClass, message));
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
            || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
  }

  /**
   * Why the head of {@code bytes} is not text in any encoding claimcheck reads, or null when it
   * is text: for readers (HTML) that find the encoding themselves, so that binary data is
   * refused whatever its name.
   */
  public static String binaryReason(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return null;
    }
    String reason = controlReason(bytes);
    return reason == null || Utf16Sniffer.withoutBom(bytes) != null ? null : reason;
  }

  /**
   * The bytes with a UTF-16 byte-order mark in front when they are UTF-16 without one, so that
   * a reader that finds the encoding itself reads them right; else the same bytes.
   */
  public static byte[] withByteOrderMark(byte[] bytes) {
    if (hasUtf16Bom(bytes) || controlReason(bytes) == null) {
      return bytes;
    }
    Charset utf16 = Utf16Sniffer.withoutBom(bytes);
    if (utf16 == null) {
      return bytes;
    }
    byte[] out = new byte[bytes.length + 2];
    boolean little = utf16.equals(StandardCharsets.UTF_16LE);
    out[0] = (byte) (little ? 0xFF : 0xFE);
    out[1] = (byte) (little ? 0xFE : 0xFF);
    System.arraycopy(bytes, 0, out, 2, bytes.length);
    return out;
  }

  /** Why the head of the input looks binary as single bytes, or {@code null} when it does not. */
  private static String controlReason(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary content: a NUL byte at offset " + i;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls * 20 > n) {
      return "binary content: " + controls + " control bytes in the first " + n + " bytes";
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes, int skip) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
    return chars.toString();
  }

  private static int firstBadByte(byte[] bytes, int skip) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }
}
