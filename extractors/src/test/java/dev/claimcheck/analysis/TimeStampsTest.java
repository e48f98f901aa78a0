package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.testing.Articles;
import org.junit.jupiter.api.Test;

/** A news page's time stamps and by-lines are not claims; short statements with a date are. */
class TimeStampsTest {

  @Test
  void stampsAreNotClaims() {
    Analysis a = Articles.judge("news.txt", """
        Ferry service resumes

        Published 11:07 p.m. ET Jan. 27, 2019 | Updated 11:14 a.m. ET Jan. 28, 2019.

        By Lena Varga on March 2, 2019.

        Aug. 6, 2019, 4:34 p.m.

        Last modified on Wed 14 Mar 2018 17.22 EDT.

        The ferry resumed its crossings on 1 March 2019. It ran in 1990. He died in 1990.

        河畔图书馆于1956年建成，是本市最早的公共图书馆之一。
        """);
    assertThat(a.claims()).extracting(Claim::text).containsExactly(
        "The ferry resumed its crossings on 1 March 2019.", "It ran in 1990.", "He died in 1990.",
        "河畔图书馆于1956年建成，是本市最早的公共图书馆之一。");
  }
}
