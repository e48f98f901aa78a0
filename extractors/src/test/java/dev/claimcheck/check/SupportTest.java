package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Claim;
import dev.claimcheck.testing.Articles;
import org.junit.jupiter.api.Test;

/** A claim's key facts, and passages that support or contradict it. */
class SupportTest {
  private static final String PAGE = PageText.of(dev.claimcheck.testing.FixtureSite.DEPOT, "text/html");

  private static Claim claim(String sentence) {
    return Articles.judge("t.txt", "Depots\n\n" + sentence + "\n").claims().get(0);
  }

  @Test
  void factsAreYearsNumbersAndNames() {
    Support.Facts f = Support.facts(claim("The Westmere tram depot opened in 1951 and served 40 routes with 212 trams."));
    assertThat(f.years()).containsExactly("1951");
    assertThat(f.primaryYear()).isEqualTo("1951");
    assertThat(f.numbers()).containsExactly("40", "212");
    assertThat(f.names()).containsExactly("westmere");
    Support.Facts money = Support.facts(claim("In 1990, Harlow Homes paid 3,500,000 pounds for the site."));
    assertThat(money.numbers()).containsExactly("3500000");
    assertThat(money.names()).containsExactly("harlow", "homes");
  }

  @Test
  void aPassageWithTheFactsSupports() {
    Support.Finding f = Support.find(Support.facts(claim("The Westmere depot opened in 1951 and served 40 routes.")), PAGE);
    assertThat(f).isNotNull();
    assertThat(f.contradicts()).isNull();
    assertThat(f.passage()).contains("opened in 1951").contains("40 routes");
    assertThat(f.facts()).contains("1951", "40", "westmere");
  }

  @Test
  void anotherYearForTheSameEventContradicts() {
    Support.Finding f = Support.find(Support.facts(claim("The Westmere depot closed in 1987.")), PAGE);
    assertThat(f).isNotNull();
    assertThat(f.contradicts()).isEqualTo("1989");
    assertThat(f.passage()).contains("closed in 1989");
  }

  @Test
  void unrelatedOrPartialMatchesNeitherSupportNorContradict() {
    // The page names Westmere and 1951, but says nothing of a mayor's visit.
    assertThat(Support.find(Support.facts(claim("The mayor of Westmere visited Paris in 1951.")), PAGE)).isNull();
    // A wrong number is no support.
    assertThat(Support.find(Support.facts(claim("The Westmere depot opened in 1951 and served 45 routes.")), PAGE)).isNull();
    // A different place with the same year is neither.
    assertThat(Support.find(Support.facts(claim("The Dunmore depot closed in 1987.")), PAGE)).isNull();
    assertThat(Support.find(Support.facts(claim("The Westmere depot closed in 1987.")), null)).isNull();
  }
}
