package dev.claimcheck.read.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

  @Test
  void linesAndTheirOffsetsAcrossBufferBoundaries() throws IOException {
    String longLine = "x".repeat(70_000);
    String text = "ab\n\n" + longLine + "\nlast";
    ByteLineReader reader = new ByteLineReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> lines = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    byte[] line;
    while ((line = reader.next()) != null) {
      lines.add(new String(line, StandardCharsets.UTF_8));
      starts.add(reader.lineStart());
    }
    assertThat(lines).containsExactly("ab", "", longLine, "last");
    assertThat(starts).containsExactly(0L, 3L, 4L, 4L + 70_001);
  }
}
