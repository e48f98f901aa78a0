package dev.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

  private static List<TemporalExpression> find(String text, String documentDate) {
    return DateExtractor.find(text, new Span("d", 0, text.length()), List.of(), documentDate);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It was founded in 1984 in Beijing.            | 1984        | 1984       | DATE     |
      Retrieved 2022-10-26 from the site.           | 2022-10-26  | 2022-10-26 | DATE     |
      It was published on June 1, 2020 in print.    | June 1, 2020 | 2020-06-01 | DATE    |
      It was archived on 9 June 2020 by a bot.      | 9 June 2020 | 2020-06-09 | DATE     |
      It closed in Oct. 2022 for good.              | Oct. 2022   | 2022-10    | DATE     |
      It grew throughout the 1990s.                 | 1990s       | 199X       | DATE     |
      It boomed in the early 2000s.                 | early 2000s | 200X       | DATE     | EARLY
      It was rebuilt in the mid-1980s.              | mid-1980s   | 198X       | DATE     | MID
      It began in the 19th century.                 | 19th century | 18XX      | DATE     |
      The lease ran for 40 years.                   | 40 years    | P40Y       | DURATION |
      Work stopped for six months.                  | six months  | P6M        | DURATION |
      它于1956年建成。                               | 1956年      | 1956       | DATE     |
      它于2008年10月26日开放。                        | 2008年10月26日 | 2008-10-26 | DATE |
      """)
  void normalizes(String sentence, String text, String value, TimexType type, String modifier) {
    List<TemporalExpression> found = find(sentence, null);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(text);
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found.get(0).type()).isEqualTo(type);
    assertThat(found.get(0).modifier()).isEqualTo(modifier);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The 12th Bureau of the Ministry runs it.",
      "ISBN 978-1-74358-900-7 is the book.",
      "See pp. 24–39 of the chapter.",
      "Its JSTOR id is resrep25132 there.",
      "OCLC 1347020692 holds it.",
      "It sold for $1984 at auction.",
      "It has 2,000 members now.",
      "It has 2000 members now.",
      "It fell on 2015-02-29 they said.",
      "It ran until 2022-13-01 reportedly.",
      "Firefox 3.5 was released then.",
  })
  void numberLikeThingsAreNotDates(String sentence) {
    assertThat(find(sentence, null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It was built 40 years ago.     | 2024-05-01 | 1984
      It was built 40 years ago.     |            |
      It moved last year.            | 2024-05-01 | 2023
      It opened three months ago.    | 2024-05-01 | 2024-02
      It reopened yesterday.         | 2024-05-01 | 2024-04-30
      """)
  void relativeDatesAreResolvedWhenAnchoredAndAlwaysFlagged(String sentence, String anchor, String value) {
    List<TemporalExpression> found = find(sentence, anchor);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).relative()).isTrue();
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found.get(0).anchor()).isEqualTo(anchor);
  }

  @org.junit.jupiter.api.Test
  void yearRangesGiveBothYears() {
    assertThat(find("The war lasted 1914–1918 in Europe.", null))
        .extracting(TemporalExpression::value).containsExactly("1914", "1918");
  }

  @org.junit.jupiter.api.Test
  void aRateIsNotADuration() {
    assertThat(find("It carried 2,000 passengers a day in 1925.", null))
        .extracting(TemporalExpression::value).containsExactly("1925");
  }
}
