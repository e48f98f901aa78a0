package dev.claimcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.testing.Articles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated events stated by claims of real analyses, their subjects resolved, and their conflicts. */
class EventFactsTest {

  private static List<Fact> facts(String source, String text) {
    Analysis analysis = Articles.judge(source, text);
    DocumentSubjects subjects = new DocumentSubjects(analysis.document().title());
    List<Fact> out = new ArrayList<>();
    for (Claim c : analysis.claims()) {
      subjects.read(c.text());
      out.addAll(EventFacts.of(c, source, subjects));
    }
    return out;
  }

  @Test
  void aNameAnAcronymAndTheDocumentsOwnSubjectResolveToKeys() {
    List<Fact> a = facts("a.txt", """
        Culture centres

        The China International Culture Exchange Center (CICEC) was founded in 1984 in Beijing. \
        It has organised exhibitions abroad since 1990.
        """);
    List<Fact> b = facts("b.txt", """
        Exchanges

        The China International Culture Exchange Center (CICEC) runs exhibitions. CICEC was \
        established in 1986 by the ministry.
        """);
    assertThat(a).extracting(Fact::subjectKey, Fact::subjectMatch, Fact::relation, Fact::value)
        .containsExactly(tuple("china international culture exchange center", "name", "founded", "1984"));
    assertThat(b).extracting(Fact::subject, Fact::subjectKey, Fact::subjectMatch, Fact::relation, Fact::value)
        .containsExactly(tuple("CICEC", "china international culture exchange center", "alias", "founded", "1986"));
    List<Fact> all = new ArrayList<>(a);
    all.addAll(b);
    Conflicts.Conflict conflict = Conflicts.find(all);
    assertThat(conflict).isNotNull();
    assertThat(conflict.sides()).extracting(Conflicts.Side::value).containsExactly("1984", "1986");
  }

  @Test
  void pronounsDescriptionsAndSurnamesStandForWhatTheDocumentIsAbout() {
    List<Fact> facts = facts("jane.txt", """
        Jane Smith

        Jane Smith is a British engineer. She was born in 1950 in Leeds. Smith founded Westmere \
        Tools in 1984. In 1992 the company was re-founded as Westmere Works. Mr Smith died on \
        3 May 2010.
        """);
    assertThat(facts).extracting(Fact::subjectKey, Fact::subjectMatch, Fact::relation, Fact::value)
        .containsExactly(
            tuple("jane smith", "document subject", "born", "1950"),
            tuple("westmere tools", "name", "founded", "1984"),
            tuple("jane smith", "surname", "died", "2010-05-03"));
  }

  @Test
  void valuesAgreeWithinTheirPrecisionAndApproximation() {
    assertThat(DateValues.agree("1984", false, "1984-05", false)).isTrue();
    assertThat(DateValues.agree("1984-05", false, "1984-06", false)).isFalse();
    assertThat(DateValues.agree("1984", false, "1986", false)).isFalse();
    assertThat(DateValues.agree("198X", false, "1986", false)).isTrue();
    assertThat(DateValues.agree("197X", false, "1986", false)).isFalse();
    assertThat(DateValues.agree("1984", true, "1986", false)).isTrue();
    assertThat(DateValues.agree("1984", true, "1990", false)).isFalse();
    Fact may = new Fact("c1", "d1", "it", "acme", "name", "founded", "1984-05", "May 1984", false, "a.txt", "CITED",
        "Acme was founded in May 1984.", "1984", Fact.Kind.DATE);
    Fact year = new Fact("c2", "d2", "Acme", "acme", "name", "founded", "1984", "1984", false, "b.txt", "UNSOURCED",
        "Acme was founded in 1984.", "1984", Fact.Kind.DATE);
    assertThat(Conflicts.find(List.of(may, year))).isNull();
  }
}
