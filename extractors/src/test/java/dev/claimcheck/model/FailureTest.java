package dev.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failure records: the same input gives the same message, and what a step threw becomes one. */
class FailureTest {
  @Test
  void messagesCarryNoObjectHashesTemporaryFilesOrEndlessText() {
    String tmp = System.getProperty("java.io.tmpdir").replaceAll("[/\\\\]+$", "");
    Failure f = new Failure("a.pdf", "read", "corrupt",
        "Illegal IOException from org.apache.tika.parser.pdf.PDFParser@56af396b reading "
            + tmp + "/apache-tika-5234819243.tmp");
    assertThat(f.message()).isEqualTo("Illegal IOException from org.apache.tika.parser.pdf.PDFParser"
        + " reading <temporary file>");
    // An e-mail address or a handle is not an object hash.
    assertThat(new Failure("a", "read", "x", "write to ed@example.org").message())
        .isEqualTo("write to ed@example.org");
    assertThat(new Failure("a", "read", "x", "y".repeat(5_000)).message()).hasSize(Failure.MAX_MESSAGE_CHARS + 1);
  }

  @Test
  void whatAStepThrowsBecomesItsRecordButABrokenJvmIsNot() {
    assertThat(Failure.caught("a.txt", "extract", new StackOverflowError()).errorClass())
        .isEqualTo("java.lang.StackOverflowError");
    assertThat(Failure.caught("a.txt", "extract", new IllegalStateException("bug")))
        .isEqualTo(new Failure("a.txt", "extract", "java.lang.IllegalStateException", "bug"));
    Deadline passed = Deadline.after(Duration.ofNanos(1));
    while (!passed.passed()) {
      Thread.onSpinWait();
    }
    Throwable late = org.assertj.core.api.Assertions.catchThrowable(() -> passed.check("analysis"));
    assertThat(Failure.caught("a.txt", "extract", late).errorClass()).isEqualTo("timeout");
    assertThatThrownBy(() -> Failure.caught("a.txt", "extract", new InternalError("broken")))
        .isInstanceOf(InternalError.class);
  }
}
