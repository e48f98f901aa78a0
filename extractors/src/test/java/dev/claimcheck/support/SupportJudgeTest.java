package dev.claimcheck.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.check.PageText;
import dev.claimcheck.model.Claim;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.FixtureSite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a source's text says of a claim: supported, partly, contradicted, or not at all. */
class SupportJudgeTest {
  private static final SourceText BRIDGE = SourceText.of(PageText.of(FixtureSite.BRIDGE, "text/html"));
  private static final SourceText FERRY = SourceText.of(PageText.of(FixtureSite.FERRY, "text/html"));

  private static Claim claim(String sentence) {
    return Articles.judge("t.txt", "Millbrook\n\n" + sentence + "\n").claims().get(0);
  }

  private static SupportJudge.Judgement judge(String sentence, SourceText text) {
    Claim c = claim(sentence);
    return SupportJudge.judge(ClaimFacts.of(c.text(), c.dates()), List.of(text));
  }

  private static List<String> unsupported(String sentence, SourceText text) {
    Claim c = claim(sentence);
    ClaimFacts facts = ClaimFacts.of(c.text(), c.dates());
    return SupportJudge.judge(facts, List.of(text)).unsupported().stream().map(u -> facts.units().get(u).text()).toList();
  }

  @Test
  void factsAreDatesNumbersNamesAndWords() {
    Claim c = claim("In 1990, Harlow Homes paid 3,500,000 pounds for the Westmere site.");
    ClaimFacts facts = ClaimFacts.of(c.text(), c.dates());
    assertThat(facts.units()).extracting(u -> u.kind() + ":" + u.text()).containsExactly(
        "DATE:1990", "NAME:Harlow Homes", "WORD:paid", "NUMBER:3,500,000", "WORD:pounds", "NAME:Westmere", "WORD:site");
  }

  @Test
  void aPassageStatingEveryFactSupportsWhateverFormItsDateAndNumbersTake() {
    for (String sentence : List.of(
        "The Millbrook Bridge opened on 11 July 1998.",
        "The Millbrook Bridge opened to traffic on July 11, 1998.",
        "The Millbrook Bridge opened in 1998 and cost 3 million pounds.",
        "The Millbrook Bridge opened in 1998 and cost 3,000,000 pounds.",
        "Designed by Ruth Okafor, the Millbrook Bridge carries 12000 vehicles a day.")) {
      SupportJudge.Judgement j = judge(sentence, BRIDGE);
      assertThat(j.verdict()).as(sentence).isEqualTo(SupportJudge.Verdict.SUPPORTED);
      assertThat(j.passage()).as(sentence).isNotEmpty();
    }
    SupportJudge.Judgement j = judge("The Millbrook Bridge opened on 11 July 1998.", BRIDGE);
    SupportJudge.Piece p = j.passage().get(0);
    assertThat(BRIDGE.text().substring(p.start(), p.end()))
        .isEqualTo("After four years of work the Millbrook Bridge opened to traffic on July 11, 1998.");
  }

  @Test
  void anotherYearForTheSameEventContradicts() {
    SupportJudge.Judgement bridge = judge("The Millbrook Bridge opened in 1997.", BRIDGE);
    assertThat(bridge.verdict()).isEqualTo(SupportJudge.Verdict.CONTRADICTED);
    assertThat(bridge.conflict().value()).isEqualTo("1998");
    SupportJudge.Judgement ferry = judge("The Millbrook ferry began its crossings in 2003.", FERRY);
    assertThat(ferry.verdict()).isEqualTo(SupportJudge.Verdict.CONTRADICTED);
    assertThat(ferry.conflict().value()).isEqualTo("2001");
    // Another fact of the same sentence is told apart: the move was in 2009, not 2001.
    SupportJudge.Judgement moved = judge("The Millbrook ferry moved to the new pier in 2007.", FERRY);
    assertThat(moved.verdict()).isEqualTo(SupportJudge.Verdict.CONTRADICTED);
    assertThat(moved.conflict().value()).isEqualTo("2009");
    // Stating the claim's own year, it supports; naming another fact's year, it does not contradict.
    assertThat(judge("The Millbrook ferry began its crossings in 2001.", FERRY).verdict())
        .isEqualTo(SupportJudge.Verdict.SUPPORTED);
    assertThat(judge("The Millbrook ferry moved to the new pier in 2009.", FERRY).verdict())
        .isEqualTo(SupportJudge.Verdict.SUPPORTED);
  }

  @Test
  void aNumberBeyondTheClaimsRoundingIsNotItsNumber() {
    assertThat(judge("The Millbrook Bridge carries 12,000 vehicles a day.", BRIDGE).verdict())
        .isEqualTo(SupportJudge.Verdict.SUPPORTED);
    // "about 12,000" meets 12,000; 15,000 does not, and the page says 12,000 of the same thing.
    SupportJudge.Judgement more = judge("The Millbrook Bridge carries 15,000 vehicles a day.", BRIDGE);
    assertThat(more.verdict()).isEqualTo(SupportJudge.Verdict.CONTRADICTED);
    assertThat(more.conflict().value()).isEqualTo("12,000");
  }

  @Test
  void somethingStatedAndSomethingNotIsPartialSupportWithTheUnstatedParts() {
    String sentence = "The Millbrook Bridge was designed by Ruth Okafor and won a national engineering prize.";
    assertThat(judge(sentence, BRIDGE).verdict()).isEqualTo(SupportJudge.Verdict.PARTLY_SUPPORTED);
    assertThat(unsupported(sentence, BRIDGE)).containsExactly("won", "national", "engineering", "prize");
  }

  @Test
  void aPageOnSomethingElseStatesNothing() {
    SupportJudge.Judgement j = judge("The Westmere tram depot served 40 routes.", BRIDGE);
    assertThat(j.verdict()).isEqualTo(SupportJudge.Verdict.NOT_STATED);
    assertThat(j.passage()).isEmpty();
    assertThat(SupportJudge.judge(ClaimFacts.of("", List.of()), List.of(BRIDGE)).verdict())
        .isEqualTo(SupportJudge.Verdict.NOT_STATED);
  }
}
