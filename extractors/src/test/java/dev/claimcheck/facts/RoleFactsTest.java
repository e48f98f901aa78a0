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

/** Roles one name holds for good, from prose and from infobox lines, and when two names agree. */
class RoleFactsTest {

  private static List<Fact> roles(String source, String text) {
    return DocumentFacts.of(Articles.judge(source, text)).stream().filter(f -> f.kind() == Fact.Kind.NAME).toList();
  }

  @Test
  void foundersCapitalsAndHeadquartersInTheirUsualWords() {
    List<Fact> facts = roles("acme.txt", """
        Acme Tools

        Acme Tools was founded by Jane Smith in 1984 in Leeds. Acme Tools is headquartered in \
        Leeds. Lyon is the capital of Rhone-Alpes. The capital of Northland is Orrin. Robert Hale \
        founded Westmere Works in 1990. A firm founded by Hale in 1991 made tools.
        """);
    assertThat(facts).extracting(Fact::subjectKey, Fact::relation, Fact::value, Fact::valueText)
        .containsExactly(
            tuple("acme tools", "founder", "jane smith", "Jane Smith"),
            tuple("acme tools", "headquarters", "leeds", "Leeds"),
            tuple("rhone alpes", "capital", "lyon", "Lyon"),
            tuple("northland", "capital", "orrin", "Orrin"),
            tuple("westmere works", "founder", "robert hale", "Robert Hale"));
  }

  @Test
  void aNameAgreesWithItsFullerForm() {
    assertThat(NameValues.agree("beijing", "beijing china")).isTrue();
    assertThat(NameValues.agree("jobs", "steve jobs and steve wozniak")).isTrue();
    assertThat(NameValues.agree("lyon", "paris")).isFalse();
    assertThat(NameValues.agree("jane smith", "john smith")).isFalse();
  }

  @Test
  void anInfoboxFounderIsAClaimAndMeetsTheProse() {
    String wikitext = """
        {{Infobox company
        | name = Acme Tools
        | founder = Jane Smith
        | operator = Leeds Transport
        }}
        '''Acme Tools''' is a maker of tools. Acme Tools was founded by John Hale in 1984.
        """;
    Analysis analysis = Judge.judge(ArticleAnalyzer.analyze(new WikitextReader(ReadLimits.DEFAULT)
        .read("Acme_Tools.wikitext", wikitext.getBytes(StandardCharsets.UTF_8)).value()));
    assertThat(analysis.claims()).filteredOn(c -> c.flags().contains(Flag.INFOBOX))
        .extracting(c -> c.text()).containsExactly("founder: Jane Smith");
    List<Fact> founders = DocumentFacts.of(analysis).stream().filter(f -> f.relation().equals("founder")).toList();
    assertThat(founders).extracting(Fact::value).containsExactly("jane smith", "john hale");
    Conflicts.Conflict conflict = Conflicts.find(new ArrayList<>(founders));
    assertThat(conflict).isNotNull();
    assertThat(conflict.sides()).extracting(Conflicts.Side::value).containsExactly("jane smith", "john hale");
  }
}
