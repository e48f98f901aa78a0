package dev.claimcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Flag;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.wiki.WikitextReader;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.verdict.Judge;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts and infobox lines as facts, from real analyses, and when their values agree. */
class CountAndInfoboxFactsTest {

  private static List<Fact> facts(String source, String text) {
    Analysis analysis = Articles.judge(source, text);
    return DocumentFacts.of(analysis);
  }

  @Test
  void aCountHeldByItsSubjectIsAFactOfItsYear() {
    List<Fact> facts = facts("ferry.txt", """
        Lake Orrin Ferry

        The Lake Orrin Ferry is a passenger service. In 2019 it carried about 80,000 passengers. \
        In 2011 Orrin had a population of 12,400. Fares rose by 12 percent in 2020.
        """);
    assertThat(facts).extracting(Fact::subjectKey, Fact::relation, Fact::value, Fact::valueText, Fact::approximate,
            Fact::kind)
        .containsExactly(
            tuple("lake orrin ferry", "passengers in 2019", "80000", "80,000", true, Fact.Kind.COUNT),
            tuple("orrin", "population in 2011", "12400", "12,400", false, Fact.Kind.COUNT));
  }

  @Test
  void aCountUnderAVerbOfChangeOrWithNoYearIsNoFact() {
    assertThat(facts("news.txt", """
        Quarterly results

        Acme said net income fell 3.7% to 128 million dollars in 1989. Acme has 300 staff. \
        Six people were killed and 58 injured in an attack in 1998.
        """)).isEmpty();
  }

  @Test
  void countsAgreeWithinTheRoundingOfTheRounderAndAnApproximation() {
    assertThat(QuantityValues.agree("3000", true, "3100", false)).isTrue();
    assertThat(QuantityValues.agree("3000", false, "3400", false)).isTrue(); // 3,000 is to the nearest 500
    assertThat(QuantityValues.agree("3000", false, "3600", false)).isFalse();
    assertThat(QuantityValues.agree("3100", false, "3200", false)).isFalse();
    assertThat(QuantityValues.agree("3120", true, "3300", false)).isTrue(); // within a tenth, approximate
    assertThat(QuantityValues.agree("3120", false, "3300", false)).isFalse();
  }

  @Test
  void anInfoboxLineStatesTheRelationItsLabelNamesOfTheDocumentsSubject() {
    String wikitext = """
        {{Infobox organization
        | name = Northmere Harbour Society
        | founded = 1984
        | type = Charity
        | dissolved =
        }}
        '''Northmere Harbour Society''' is a charity. The society was founded in 1986 by fishermen.
        """;
    Analysis analysis = Judge.judge(ArticleAnalyzer.analyze(new WikitextReader(ReadLimits.DEFAULT)
        .read("Northmere_Harbour_Society.wikitext", wikitext.getBytes(StandardCharsets.UTF_8)).value()));
    assertThat(analysis.claims()).filteredOn(c -> c.flags().contains(Flag.INFOBOX))
        .extracting(c -> c.text()).containsExactly("founded: 1984");
    List<Fact> facts = DocumentFacts.of(analysis);
    assertThat(facts).extracting(Fact::subjectMatch, Fact::relation, Fact::value)
        .containsExactly(tuple(InfoboxFacts.MATCH, "founded", "1984"), tuple("document subject", "founded", "1986"));
    Conflicts.Conflict conflict = Conflicts.find(new ArrayList<>(facts));
    assertThat(conflict).isNotNull();
    assertThat(conflict.sides()).extracting(Conflicts.Side::value).containsExactly("1984", "1986");
  }

  @Test
  void labelsNameRelationsInTheirOwnWords() {
    assertThat(Relations.ofLabel("Date of birth")).isEqualTo("born");
    assertThat(Relations.ofLabel("opening_date")).isEqualTo("opened");
    assertThat(Relations.ofLabel("Formation")).isEqualTo("founded");
    assertThat(Relations.ofLabel("Born / died")).isNull();
    assertThat(Relations.ofLabel("Operator")).isNull();
    assertThat(InfoboxFacts.labelEnd("Founded 12 May 1984")).isEqualTo(8);
  }
}
