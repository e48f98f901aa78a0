package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastWordsTest {

  @Test
  void findsTheFirstAndLastPastWord() {
    String words = "officials said the plant was closed and wrote to";
    assertThat(PastWords.edge(words, true)).isEqualTo(words.indexOf("said"));
    assertThat(PastWords.edge(words, false)).isEqualTo(words.indexOf("wrote"));
    assertThat(PastWords.edge("held talks", true)).isZero();
    assertThat(PastWords.edge("", true)).isEqualTo(-1);
  }

  @Test
  void aParticipleAfterBeOrAModalIsNoPast() {
    assertThat(PastWords.edge("the funeral will be held", true)).isEqualTo(-1);
    assertThat(PastWords.edge("the bill is paid", true)).isEqualTo(-1);
    assertThat(PastWords.edge("plans to be finished", true)).isEqualTo(-1);
    // after a linking verb in the present it is an adjective; in the past the linking verb is the past
    assertThat(PastWords.edge("the bank will stay closed until", true)).isEqualTo(-1);
    assertThat(PastWords.edge("the vote remains scheduled for", true)).isEqualTo(-1);
    assertThat(PastWords.edge("the road stayed closed until", true)).isEqualTo(9);
    // only the word just before counts, one space away, and whole: "this paid" is a past
    assertThat(PastWords.edge("this paid", true)).isEqualTo(5);
    assertThat(PastWords.edge("is, reported", true)).isEqualTo(4);
    // a simple past is one whatever stands before it
    assertThat(PastWords.edge("it is went", true)).isEqualTo(6);
    // an adverb in -ly between them leaves the form of "be" the one that counts
    assertThat(PastWords.edge("business is usually conducted in", true)).isEqualTo(-1);
    assertThat(PastWords.edge("the vote was narrowly passed", true)).isEqualTo(9);
    assertThat(PastWords.edge("he quickly signed", true)).isEqualTo(11);
    assertThat(PastWords.edge("the supply dropped", true)).isEqualTo(11);
  }

  @Test
  void wordsThatOnlyLookPastAreNot() {
    assertThat(PastWords.edge("so i have 22 weeks left", true)).isEqualTo(-1);
    assertThat(PastWords.edge("a shot at the red bed", true)).isEqualTo(-1);
    assertThat(PastWords.edge("model 3ed and was_ended", true)).isEqualTo(-1);
    // the end of a compound after a hyphen is an adjective ("the holiday-shortened week begins"),
    // not after a verb's prefix ("she co-founded it")
    assertThat(PastWords.edge("long-awaited", true)).isEqualTo(-1);
    assertThat(PastWords.edge("the holiday-shortened week begins", true)).isEqualTo(-1);
    assertThat(PastWords.edge("a u.s.-led force arrives", true)).isEqualTo(-1);
    assertThat(PastWords.edge("she co-founded it", true)).isEqualTo("she co-".length());
    assertThat(PastWords.edge("he re-elected him", true)).isEqualTo("he re-".length());
    // after a determiner an -ed word is an adjective: "the proposed merger"
    assertThat(PastWords.edge("the proposed merger closes", true)).isEqualTo(-1);
    assertThat(PastWords.edge("they proposed a merger", true)).isEqualTo(5);
  }

  @Test
  void irregularPastsAndParticiplesOfNewsAreTheirPast() {
    assertThat(PastWords.edge("he woke up at six", true)).isEqualTo(-1); // "woke" is also an adjective now
    assertThat(PastWords.edge("he awoke at six", true)).isEqualTo(3);
    assertThat(PastWords.edge("the court upheld the ruling", true)).isEqualTo(10);
    assertThat(PastWords.edge("rescuers dug through the rubble", true)).isEqualTo(9);
    assertThat(PastWords.edge("the treaty is meant to last", true)).isEqualTo(-1);
    // pasts in -ed of four letters: "died", "sued"; not "bed" or "shed"
    assertThat(PastWords.edge("three people died over easter", true)).isEqualTo("three people ".length());
    assertThat(PastWords.edge("the firm sued its rival", true)).isEqualTo("the firm ".length());
    assertThat(PastWords.edge("a shed by the bed", true)).isEqualTo(-1);
    // words that are also nouns stay out: "the fed", "a bit", "a wound", "during lent"
    assertThat(PastWords.edge("the fed said nothing about a bit of a wound during lent", false))
        .isEqualTo("the fed ".length());
  }
}
