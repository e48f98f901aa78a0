package dev.claimcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Outcome;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final ReadLimits LIMITS = new ReadLimits(1000, 1000);

  private static Outcome<String> decode(byte[] bytes) {
    return TextDecoder.decode("in.txt", bytes, LIMITS);
  }

  @Test
  void emptyInputIsAFailure() {
    assertThat(decode(new byte[0]).failure().errorClass()).isEqualTo("empty");
    assertThat(decode(" \n\t".getBytes(StandardCharsets.UTF_8)).failure().errorClass()).isEqualTo("empty");
  }

  @Test
  void binaryInputIsAFailure() {
    Outcome<String> o = decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    assertThat(o.failure().errorClass()).isEqualTo("binary");
    assertThat(o.failure().stage()).isEqualTo("read");
    assertThat(o.failure().input()).isEqualTo("in.txt");
  }

  @Test
  void invalidUtf8IsAFailureNamingTheByte() {
    Outcome<String> o = decode(new byte[] {'F', 'r', (byte) 0xE9, 'r', 'e'});
    assertThat(o.failure().errorClass()).isEqualTo("encoding");
    assertThat(o.failure().message()).contains("0xE9").contains("offset 2");
  }

  @Test
  void oversizedInputIsAFailure() {
    assertThat(decode(new byte[1001]).failure().errorClass()).isEqualTo("too-large");
  }

  @Test
  void bomLineEndsAndNoBreakSpacesAreNormalized() {
    byte[] bytes = "\uFEFFa\r\nb\rc\u00a0d".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(bytes).value()).isEqualTo("a\nb\nc d");
    assertThat(decode("x\u00e9".getBytes(StandardCharsets.UTF_16)).value()).isEqualTo("x\u00e9");
  }
}
