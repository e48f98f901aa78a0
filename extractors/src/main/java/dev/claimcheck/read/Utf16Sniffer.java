package dev.claimcheck.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells UTF-16 text that carries no byte-order mark from binary data. The head of the bytes is
 * decoded as little- and big-endian UTF-16; a reading counts as text when it has no unpaired
 * surrogates, almost no control, private-use or unassigned characters, spaces or line breaks
 * between its words or sentences, and nearly all its letters in one or two scripts, as the text
 * of any language has. Random bytes read as UTF-16 scatter over dozens of scripts, and 8-bit text
 * read as UTF-16 has no spaces (they would need NUL bytes). Thread-safe.
 */
final class Utf16Sniffer {
  private static final int SAMPLE_BYTES = 8192;
  /** Share of characters that must be common punctuation, spaces, or of the two main scripts. */
  private static final double MIN_COHERENT = 0.9;
  /** Share of characters that may be control, private-use or unassigned. */
  private static final double MAX_STRANGE = 0.01;
  /** One character in this many, at least, separates words, clauses or lines. */
  private static final int SEPARATOR_EVERY = 200;
  /** Spaces, line breaks and the ideographic space, comma and full stop. */
  private static final String SEPARATORS = " \n\r\t\u3000\u3001\u3002\uff0c";

  private Utf16Sniffer() {}

  /** {@code UTF_16LE} or {@code UTF_16BE} when the bytes read as text in it, else null. */
  static Charset withoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
    if (n < 4) {
      return null;
    }
    Reading little = read(bytes, n, StandardCharsets.UTF_16LE);
    Reading big = read(bytes, n, StandardCharsets.UTF_16BE);
    if (!little.text() && !big.text()) {
      return null;
    }
    if (little.text() != big.text()) {
      return little.text() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }
    // Both read as text: the right order gives ASCII its own code units (spaces, digits, line
    // ends), the wrong one turns each into a unit of another script.
    return little.ascii() >= big.ascii() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  /**
   * How the head reads in one byte order.
   *
   * @param text whether it reads as text
   * @param ascii how many of its characters are ASCII
   */
  private record Reading(boolean text, int ascii) {}

  private static Reading read(byte[] bytes, int n, Charset charset) {
    CharBuffer chars;
    try {
      chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, cutBeforeHighSurrogate(bytes, n, charset)));
    } catch (CharacterCodingException e) {
      return new Reading(false, 0);
    }
    int total = 0;
    int strange = 0;
    int separators = 0;
    int ascii = 0;
    int common = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < chars.length(); ) {
      int c = Character.codePointAt(chars, i);
      i += Character.charCount(c);
      total++;
      ascii += c < 0x80 ? 1 : 0;
      separators += SEPARATORS.indexOf(c) >= 0 ? 1 : 0;
      int type = Character.getType(c);
      if ((type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')
          || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || type == Character.SURROGATE) {
        strange++;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
        common++;
      } else {
        scripts.merge(script, 1, Integer::sum);
      }
    }
    if (total == 0 || strange > MAX_STRANGE * total || separators == 0
        || separators * SEPARATOR_EVERY < total) {
      return new Reading(false, ascii);
    }
    int main = scripts.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(2)
        .mapToInt(Integer::intValue).sum();
    return new Reading((double) (common + main) / total >= MIN_COHERENT, ascii);
  }

  /** The sample's length without a high surrogate whose pair the cut left out. */
  private static int cutBeforeHighSurrogate(byte[] bytes, int n, Charset charset) {
    boolean little = charset.equals(StandardCharsets.UTF_16LE);
    int last = little ? ((bytes[n - 1] & 0xff) << 8) | (bytes[n - 2] & 0xff)
        : ((bytes[n - 2] & 0xff) << 8) | (bytes[n - 1] & 0xff);
    return Character.isHighSurrogate((char) last) ? n - 2 : n;
  }
}
