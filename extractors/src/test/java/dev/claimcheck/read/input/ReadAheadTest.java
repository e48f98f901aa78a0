package dev.claimcheck.read.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stream read ahead on its own thread gives the same bytes, the same errors, and stops when closed. */
class ReadAheadTest {
  @Test
  void theSameBytesInTheSameOrder() throws IOException {
    byte[] data = new byte[1_000_003];
    new Random(4).nextBytes(data);
    try (InputStream in = new ReadAhead(new ByteArrayInputStream(data), "t")) {
      byte[] out = in.readAllBytes();
      assertThat(out).isEqualTo(data);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void anErrorBelowReachesTheReaderWhereItFell() throws IOException {
    InputStream failing = new InputStream() {
      private int left = 70_000;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("broken archive"); // and on every read after
        }
        left--;
        return 'x';
      }
    };
    try (InputStream in = new ReadAhead(failing, "t")) {
      assertThat(in.readNBytes(65_536)).hasSize(65_536);
      assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessage("broken archive");
    }
  }

  @Test
  void closingStopsTheThreadThatWouldReadOn() throws Exception {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'y';
      }
    };
    ReadAhead in = new ReadAhead(endless, "endless");
    assertThat(in.read()).isEqualTo('y');
    in.close();
    for (int i = 0; i < 100 && threadAlive("claimcheck-read-ahead endless"); i++) {
      Thread.sleep(20);
    }
    assertThat(threadAlive("claimcheck-read-ahead endless")).isFalse();
  }

  private static boolean threadAlive(String name) {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }
}
