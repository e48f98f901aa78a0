package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.TemporalExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericDateOrderTest {
  @Test
  void datesThatReadOneWayOnlyTellTheOrder() {
    assertThat(NumericDateOrder.of("Played 5/30/2018, then 6/02/2018.")).isEqualTo(DateContext.Order.MONTH_DAY);
    assertThat(NumericDateOrder.of("Posted 30/8/2019; updated 06/05/2018.")).isEqualTo(DateContext.Order.DAY_MONTH);
    assertThat(NumericDateOrder.of("Filed 12/11/18.")).isEqualTo(DateContext.Order.UNKNOWN);
  }

  @Test
  void bothKindsOrOnlyDotsOrDashedShortYearsTellNothing() {
    assertThat(NumericDateOrder.of("From 5/30/2018 to 30/5/2019, then 6/02/2018.")).isEqualTo(DateContext.Order.UNKNOWN);
    assertThat(NumericDateOrder.of("Am 30.8.2019 und 06/05/2018.")).isEqualTo(DateContext.Order.UNKNOWN);
    assertThat(NumericDateOrder.of("Code 30-8-19 and 06/05/2018.")).isEqualTo(DateContext.Order.UNKNOWN);
    assertThat(NumericDateOrder.of("A score of 45/12/2018 is no date.")).isEqualTo(DateContext.Order.UNKNOWN);
    assertThat(NumericDateOrder.of("No day 2/30/2019, then 6/02/2018.")).isEqualTo(DateContext.Order.UNKNOWN);
  }

  @Test
  void anAmbiguousDateTakesTheOrderOfItsDocumentUnlessTheLanguageTellsIt() {
    String text = "Played 5/30/2018, then 6/02/2018.";
    assertThat(values(text, DateContext.of(null, null, text))).containsExactly("2018-05-30", "2018-06-02");
    assertThat(values(text, DateContext.of(null, "en-GB", text))).containsExactly("2018-05-30", "2018-02-06");
    assertThat(values(text, DateContext.of(null, (String) null))).containsExactly("2018-05-30", null);
  }

  private static List<String> values(String text, DateContext context) {
    return Tagging.tag(text, context).stream().map(TemporalExpression::value).toList();
  }
}
