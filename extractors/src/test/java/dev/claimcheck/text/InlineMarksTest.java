package dev.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarksTest {

  private static List<InlineMark> find(String text) {
    return InlineMarks.find(text, new Span("d", 0, text.length()));
  }

  @Test
  void findsNumberedAndLetteredMarkers() {
    assertThat(find("rise.[2][a] and [note 3]"))
        .extracting(InlineMark::label).containsExactly("2", "a", "note 3");
  }

  @Test
  void editorialBracketsAreNotMarkers() {
    assertThat(find("\"[f]rom its earliest days\" and calm [sic] though [t]he")).isEmpty();
  }

  @Test
  void findsMaintenanceTags() {
    assertThat(find("a.[citation needed] b.[dubious – discuss] c.[disputed] d.[better source needed]"))
        .extracting(InlineMark::kind)
        .containsExactly(MarkKind.CITATION_NEEDED, MarkKind.DUBIOUS, MarkKind.DISPUTED,
            MarkKind.BETTER_SOURCE_NEEDED);
  }

  @Test
  void numbersInParenthesesAreCitationsBeforePunctuationOrInLists() {
    assertThat(find("silt rose (1,2) and fell (32–34), as dredging (3). Then (5); and (7):"))
        .extracting(InlineMark::label).containsExactly("1", "2", "32", "33", "34", "3", "5", "7");
  }

  @Test
  void numbersInParenthesesBeforeWordsOrInsideWordsAreNot() {
    assertThat(find("The steps: (1) survey the basin, (2) dredge it. Let f(1) be small; g((2)).")).isEmpty();
  }

  @Test
  void severalAuthorYearCitationsInOneParenthesisAreEachAMark() {
    assertThat(find("rose (Okafor et al., 2019; Tanaka, 2014; Silva & Novak, 2017)."))
        .extracting(InlineMark::label).containsExactly("okafor 2019", "tanaka 2014", "silva 2017");
  }
}
