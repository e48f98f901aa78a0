package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrimaryDateTest {

  private static String primary(String sentence) {
    Span span = new Span("d", 0, sentence.length());
    List<TemporalExpression> dates = TemporalTagger.tag(sentence, span, List.of(),
        DateContext.of("2024-05-01", (String) null));
    return PrimaryDate.mark(sentence, span, dates).stream()
        .filter(t -> t.has(DateFlag.PRIMARY)).map(TemporalExpression::text).findFirst()
        .orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In 2008, the bank that was founded in 1850 collapsed.            | 2008
      The bank, which was founded in 1850, collapsed in 2008.           | 2008
      The composer (1879–1944) wrote the opera in 1903.                 | 1903
      Prices fell after the 2008 crisis, in March 2009.                 | March 2009
      The lease ran for 40 years from 1984.                             | 1984
      Work lasted six months.                                           | none
      The bridge opened in 1984 and closed in 2019.                     | 1984
      """)
  void theMainVerbsDateIsPrimary(String sentence, String expected) {
    assertThat(primary(sentence)).isEqualTo(expected);
  }
}
