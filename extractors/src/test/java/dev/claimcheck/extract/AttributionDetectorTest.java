package dev.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Span;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionDetectorTest {

  private static Optional<Attribution> find(String sentence) {
    return AttributionDetector.find(sentence, new Span("d", 0, sentence.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      According to Australian analyst Alex Joske, it was a front.      | Alex Joske        | false
      China scholar Miwa Hirono stated that the idea began with Deng.   | Miwa Hirono       | false
      According to the New York Times, the plant closed.              | New York Times    | false
      According to its own official description, CECC is a platform.  | its own official description | true
      CECC's own official literature openly states its new role.       | CECC              | true
      Reuters reported that the talks failed.                          | Reuters           | false
      The city's own press office said the delay was unforeseen.       | city's own press office | true
      A spokesperson for the contractor said the work was done well.   | spokesperson for the contractor | false
      """)
  void namesTheSource(String sentence, String source, boolean self) {
    Attribution a = find(sentence).orElseThrow();
    assertThat(a.source()).isEqualTo(source);
    assertThat(a.self()).isEqualTo(self);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "In one entry the keeper wrote that the sea was calm.",
      "This article says nothing new.",
      "Researchers found that the bridge was unsafe.",
      "CICEC was founded in 1984 and is active in operations.",
  })
  void noSourceIsNamed(String sentence) {
    assertThat(find(sentence)).isEmpty();
  }
}
