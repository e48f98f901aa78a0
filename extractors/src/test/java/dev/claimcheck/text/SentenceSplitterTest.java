package dev.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    Span all = new Span("d", 0, text.length());
    return SentenceSplitter.split(text, all, InlineMarks.find(text, all)).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void splitsAfterCitationMarker() {
    assertThat(split("It is run by the MSS.[2][4] It was founded in 1984.[1]"))
        .containsExactly("It is run by the MSS.[2][4]", "It was founded in 1984.[1]");
  }

  @Test
  void splitsAfterEditorTagThatFollowsAFullStop() {
    assertThat(split("The council bought it in 1934.[citation needed] According to Ada Penrose, it lost money."))
        .containsExactly("The council bought it in 1934.[citation needed]",
            "According to Ada Penrose, it lost money.");
  }

  @Test
  void keepsAbbreviationsInsideTheSentence() {
    assertThat(split("Dr. Hale bought rails from U.S. Steel in 1922. See pp. 14–17 of the report."))
        .containsExactly("Dr. Hale bought rails from U.S. Steel in 1922.",
            "See pp. 14–17 of the report.");
    assertThat(split("Acme Inc. said it would close. The plant closed in May."))
        .containsExactly("Acme Inc. said it would close.", "The plant closed in May.");
    assertThat(split("The book by Peter L. Mattis appeared in 2019."))
        .containsExactly("The book by Peter L. Mattis appeared in 2019.");
    assertThat(split("The final is on Mon. Jan. 5 in Lyon. It is sold out on Fri. The hall is small."))
        .containsExactly("The final is on Mon. Jan. 5 in Lyon.", "It is sold out on Fri.", "The hall is small.");
  }

  @Test
  void keepsAQuotationWhole() {
    assertThat(split("He said \"the sea was calm. The glass fell.\" Then he slept."))
        .containsExactly("He said \"the sea was calm. The glass fell.\"", "Then he slept.");
  }

  @Test
  void splitsChinese() {
    assertThat(split("图书馆于1956年建成。[1] 图书馆在2008年进行了翻修。"))
        .containsExactly("图书馆于1956年建成。[1]", "图书馆在2008年进行了翻修。");
  }

  @Test
  void aLineEndInsideABlockIsNotASentenceEnd() {
    assertThat(split("According to its own description, it is:\n\u201cA public institution.\u201d"))
        .containsExactly("According to its own description, it is: \u201cA public institution.\u201d"
            .replace(' ', ' ').replace(": ", ":\n"));
  }

  @Test
  void readsThePiecesLastWordBeforeItsFullStop() {
    String text = "He left the U.S.) Then \"Acme Inc.\"  She said 'no.'.' A word . 2 dots.\u2028";
    assertThat(SentenceSplitter.lastToken(text, 0, text.indexOf(" Then"))).isEqualTo("U.S");
    assertThat(SentenceSplitter.lastToken(text, 0, text.indexOf(" She"))).isEqualTo("Inc");
    assertThat(SentenceSplitter.lastToken(text, 0, text.indexOf(" A word"))).isEqualTo("'no.'");
    assertThat(SentenceSplitter.lastToken(text, 0, text.indexOf(" 2 dots"))).isNull(); // "word ." ends in no word
    assertThat(SentenceSplitter.lastToken(text, 0, text.length())).isEqualTo("dots"); // a line separator last
    assertThat(SentenceSplitter.lastToken(text, text.indexOf("nc."), text.indexOf(" She"))).isEqualTo("nc");
    assertThat(SentenceSplitter.lastToken(text, 0, text.indexOf(" left"))).isNull();
  }
}
