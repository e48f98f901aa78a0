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

  @Test
  void utf16WithoutAByteOrderMarkIsReadInEitherOrderAndScript() {
    String english = "The bridge opened in 2020.\nIt closed in 2021.";
    String chinese = "这座桥于2020年开通，2021年关闭。\n它是城市最长的桥。";
    ReadLimits roomy = new ReadLimits(100_000, 100_000);
    for (String text : java.util.List.of(english, chinese)) {
      for (java.nio.charset.Charset order : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        assertThat(TextDecoder.decode("in.txt", text.getBytes(order), roomy).value()).as(order + " " + text)
            .isEqualTo(text);
      }
    }
  }

  @Test
  void eightBitTextAndRandomBytesAreNotTakenForUtf16() {
    byte[] latin1 = "Le pont a été ouvert en 2020 et fermé en 2021.".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(decode(latin1).failure().errorClass()).isEqualTo("encoding");
    byte[] noise = new byte[900];
    new java.util.Random(7).nextBytes(noise);
    assertThat(decode(noise).failure().errorClass()).isEqualTo("binary");
    assertThat(TextDecoder.binaryReason(noise)).startsWith("binary content");
    assertThat(TextDecoder.binaryReason("<p>Some text.</p>".getBytes(StandardCharsets.UTF_16BE))).isNull();
  }
}
