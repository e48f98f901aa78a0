package dev.claimcheck.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.RepoFixtures;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Article pages laid out unlike the ones the rules were first written on: the article is found
 * by its text, whatever a consent box or a sidebar says; lists of sentences and prose kept in
 * {@code <pre>} are prose; formulas are not claims; a marker link after the full stop belongs
 * to its sentence.
 */
class PageLayoutsTest {
  private static Analysis read(String name) {
    Path path = RepoFixtures.root().resolve("html/layouts").resolve(name);
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path.toString(), name)).get(0);
    return ArticleAnalyzer.analyze(outcome.value());
  }

  @Test
  void aConsentBoxNeverWinsOverTheArticleInAContainerNamedLikeASidebar() {
    Analysis a = read("consent-banner.html");
    assertThat(a.claims()).hasSize(6);
    assertThat(a.claims()).extracting(Claim::text)
        .noneMatch(t -> t.contains("cookies") || t.contains("partners") || t.contains("newsletter")
            || t.contains("Most read"));
    Articles.claim(a, "Engineers blame the new breakwater, finished in 2016");
  }

  @Test
  void listItemsThatAreSentencesVoteForTheArticleAndAreClaims() {
    Analysis a = read("list-post.html");
    assertThat(a.claims()).hasSize(9);
    Articles.claim(a, "The old tidal sluice was closed in 1974 and never reopened.");
    assertThat(a.claims()).extracting(Claim::text).noneMatch(t -> t.startsWith("I am a retired"));
  }

  @Test
  void proseInPreIsLaidOutAsTextWithoutItsPageHeadsAndFeet() {
    Analysis a = read("internet-draft.html");
    Articles.claim(a, "Harbour authorities have exchanged tide readings by fax since 1987.");
    Articles.claim(a, "The second field is the reading time in UTC, written as in RFC 3339.");
    assertThat(a.claims()).hasSize(9);
    assertThat(a.document().text()).doesNotContain("[Page 1]").doesNotContain("Network Working Group");
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING)
        .extracting(Block::text).contains("Abstract", "1. Introduction", "2. Format");
  }

  @Test
  void codeInPreStaysCode() {
    String code = "int total = 0;\nfor (String line : lines) {\n  total += line.length();\n}\n"
        + "return total; // the sum of the lengths. It is used later. Then it is printed.\n";
    assertThat(PreformattedProse.reads(code)).isFalse();
  }

  @Test
  void aDisplayedFormulaIsNoClaimNorIsTheSentenceEndItInterrupted() {
    Analysis a = read("math-page.html");
    assertThat(a.claims()).extracting(Claim::text)
        .noneMatch(t -> t.contains("\\displaystyle") || t.startsWith("so for"))
        .contains("For a basin of surface area A and tidal range H the prism is approximately");
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.FORMULA)
        .extracting(Block::text).containsExactly("P\\approx A\\,H,");
    assertThat(a.claims()).hasSize(4);
  }

  @Test
  void aMarkerLinkAfterTheFullStopBelongsToItsSentence() {
    Analysis a = read("marker-after-stop.html");
    assertThat(Articles.claim(a, "The pier opened to steamers in 1911.").citations()).containsExactly("fn1");
    assertThat(Articles.claim(a, "It was lengthened by forty metres in 1932").citations()).containsExactly("fn2");
    assertThat(Articles.claim(a, "A storm destroyed its seaward end in January 1953.").citations()).isEmpty();
    assertThat(Articles.claim(a, "The rebuilt pier reopened in 1955").citations()).containsExactly("fn3");
    assertThat(a.danglingMarkers()).isEmpty();
  }

  @Test
  void furnitureByNameAndByText() {
    assertThat(Furniture.named(div("l-sidebar-fixed l-segment l-article-body-segment"))).isFalse();
    assertThat(Furniture.named(div("sidebar"))).isTrue();
    assertThat(Furniture.named(div("related-content"))).isFalse();
    assertThat(Furniture.named(div("m-privacy-consent"))).isTrue();
    assertThat(Furniture.named(div("c-newsletter_signup_box"))).isTrue();
    assertThat(Furniture.asksConsent("We use cookies and other tracking technologies to improve your experience."))
        .isTrue();
    assertThat(Furniture.asksConsent("She baked cookies for the crew; the cookie tin survived the storm of 1953."))
        .isFalse();
    // Prose about tracking is no notice: it does not address its reader.
    assertThat(Furniture.asksConsent("Advertisers claim you can opt out, but opting out on their terms requires "
        + "third-party cookies and the personal data they collect.")).isFalse();
  }

  private static Element div(String classes) {
    return Jsoup.parse("<div class='" + classes + "'></div>").selectFirst("div");
  }
}
