package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.text.PlainTextReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A plain text's own date line is its document date when nothing else gives one. */
class DateLineTest {
  private static final String BODY = "The council met on Tuesday and will vote again next week.\n";

  private static Document text(String head) {
    // a byline between the stamp and the text: a day alone is also the day of the paragraph right under it
    return new PlainTextReader(ReadLimits.DEFAULT).layOut("article.txt", "Council approves budget\n\n" + head
        + "\n\nBy the city desk\n\n" + BODY);
  }

  private static List<String> values(Document document) {
    return DocumentDates.find(document).stream().map(e -> e.text() + "=" + e.value()).toList();
  }

  @Test
  void aStampedLineNearTheTopDatesTheRelativeExpressionsBelowIt() {
    Document article = text("Published 4:33 p.m. ET Feb. 27, 2013 | Updated 4:39 p.m. ET Feb. 28, 2013");
    assertThat(DateLine.of(article)).isEqualTo("2013-02-27");
    assertThat(values(article)).contains("Tuesday=2013-02-26", "next week=2013-W10");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      Tuesday, October 15, 2013 => 2013-10-15
      16 Feb 05 | => 2005-02-16
      posted on 2018-09-03 15:59 EDT by Karen Ressler => 2018-09-03
      Posted June 28, 2007 by Cubana in Cuba Human Rights => 2007-06-28
      '#### NCAA.com | July 21, 2017' => 2017-07-21
      By Dawn Onley - April 3, 2019House music singing star, Kim English. => –
      Born 4 July 1976 => –
      March 3, 1940 – May 5, 2020 => –
      Date: Sunday 15 September 2019 Start Time: 08:00am Start Location: Mountjoy Parade => –
      The vote was held on 4 March 2013. => –
      """)
  void onlyALineThatIsAStampGivesTheDay(String line, String day) {
    String found = DateLine.of(text(line));
    assertThat(found == null ? "–" : found).isEqualTo(day);
  }

  @Test
  void thePublishedDateWinsAndADayAfterTheCaptureIsNoStamp() {
    Document article = text("Tuesday, October 15, 2013");
    assertThat(values(article.withMetadata(null, "2020-01-10", null))).contains("Tuesday=2020-01-07");
    assertThat(DateLine.of(article.withMetadata(null, null, "2013-10-01"))).isNull();
    assertThat(values(article.withMetadata(null, null, "2013-10-01"))).contains("Tuesday=2013-10-01");
  }

  @Test
  void aStampBelowTheHeadOfTheTextIsNone() {
    StringBuilder menus = new StringBuilder();
    for (int i = 0; i < DateLine.HEAD_BLOCKS; i++) {
      menus.append("Menu item ").append(i).append("\n\n");
    }
    Document article = text(menus + "Tuesday, October 15, 2013");
    assertThat(DateLine.of(article)).isNull();
    assertThat(values(article)).contains("Tuesday=null");
    TemporalExpression stamp = DocumentDates.find(article).stream()
        .filter(e -> e.text().equals("Tuesday, October 15, 2013")).findFirst().orElseThrow();
    assertThat(stamp.value()).isEqualTo("2013-10-15");
  }
}
