package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitOfTimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Years       | YEAR
      annum       | YEAR
      centuries   | CENTURY
      millennia   | MILLENNIUM
      fortnights  | FORTNIGHT
      weeks       | WEEK
      quarters    | QUARTER
      hrs         | HOUR
      h           | HOUR
      mins        | MINUTE
      secs        | SECOND
      mo          | MONTH
      yr          | YEAR
      """)
  void wordsNameTheirUnit(String word, UnitOfTime unit) {
    assertThat(UnitOfTime.of(word)).isEqualTo(unit);
  }

  @Test
  void wordsThatNameNoUnitNameNone() {
    assertThat(UnitOfTime.of("moment")).isNull();
    assertThat(UnitOfTime.of("era")).isNull();
  }

  /** One unit read the same way by stretches, steps and repetitions. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The truce lasted two fortnights.               | two fortnights=P4W
      The dynasty ruled for three centuries.         | three centuries=P300Y
      It was founded two and a half decades ago.     | two and a half decades ago=1973
      The camp closed a fortnight ago.               | a fortnight ago=1998-W31
      The talks ran for 36 hrs.                      | 36 hrs=PT36H
      Bins are emptied every fortnight.              | every fortnight=P2W
      """)
  void oneUnitIsReadAlikeEverywhere(String sentence, String expected) {
    DateContext context = DateContext.of("1998-08-12", "en-US");
    List<String> found = Tagging.values(sentence, context);
    assertThat(found.isEmpty() ? "–" : String.join(";", found)).isEqualTo(expected);
  }
}
