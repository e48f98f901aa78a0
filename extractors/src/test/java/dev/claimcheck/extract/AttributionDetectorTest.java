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
      "I can say with confidence that the span is safe," Simpson said. | Simpson | false
      "The span is safe," said Dr Simpson.                             | Dr Simpson | false
      "The span is safe." Simpson said.                                | Simpson | false
      In an interview with the BBC, Mr Obama said it was "distressing". | Mr Obama | false
      Asked about the delay, Mayor Ada Lind told reporters it was over. | Mayor Ada Lind | false
      Robertson, the U.S. commander, said: "We will stay until 2025."   | Robertson | false
      Simpson says the bridge will open in 2025.                        | Simpson | false
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
      "In 2019, the bridge was said to be unsafe.",
      "\"It was a long year,\" he said.",
      "He said the bridge would open in 2025.",
      "In the end, the council said nothing.",
      "In the mass defect plots, CmHn+ ions are found aligned on slopes.",
      "In October 2006, the editors of The Star were replaced amid reports of battles.",
  })
  void noSourceIsNamed(String sentence) {
    assertThat(find(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "He said the bridge would open in 2025.",
      "She told reporters the span was safe.",
      "\"It was a long year,\" he said.",
      "\"We will stay,\" they said on Monday."})
  void aPronounSpeakingIsFoundForTheCallerToName(String sentence) {
    assertThat(AttributionDetector.pronounSpeaks(sentence, new Span("d", 0, sentence.length()))).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The bridge opened in 2025.", "Simpson said the bridge was safe.",
      "It said the bridge was safe."})
  void noPronounSpeaks(String sentence) {
    assertThat(AttributionDetector.pronounSpeaks(sentence, new Span("d", 0, sentence.length()))).isEmpty();
  }
}
