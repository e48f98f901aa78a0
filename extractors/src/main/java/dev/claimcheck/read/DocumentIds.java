package dev.claimcheck.read;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Stable document ids: a hash of the source URI and the text. Thread-safe. */
public final class DocumentIds {
  private DocumentIds() {}

  /** 16 hex digits of SHA-256 over the source, a NUL, and the text. */
  public static String of(String source, String text) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putString(source, StandardCharsets.UTF_8);
    hasher.putByte((byte) 0);
    hasher.putString(text, StandardCharsets.UTF_8);
    return hasher.hash().toString().substring(0, 16);
  }
}
