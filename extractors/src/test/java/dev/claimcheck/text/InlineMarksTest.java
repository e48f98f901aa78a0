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
}
