package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EraYearsTest {

  private static String values(String text) {
    DateContext context = DateContext.of("2012-01-03", "en-US");
    List<String> found = Tagging.tag(text, context).stream()
        .map(t -> t.text() + "=" + t.value() + (t.modifier() == null ? "" : " " + t.modifier()))
        .toList();
    return found.isEmpty() ? "–" : String.join(";", found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rome was founded in 753 BC.                            | 753 BC=BC0753
      In 1850 B.C. the city fell.                            | 1850 B.C.=BC1850
      The remains, dated to 12,000 BC, lay together.         | 12,000 BC=BC12000
      The culture flourished 1500–1200 BC.                   | 1500=BC1500;1200 BC=BC1200
      The period began in 3800-3700 BCE.                     | 3800=BC3800;3700 BCE=BC3700
      He ruled between 3111 and 3045 BC.                     | 3111=BC3111;3045 BC=BC3045
      Augustus ruled from 27 BC to AD 14.                    | 27 BC=BC0027;AD 14=0014
      Around 600 BC the Persians began to use it.            | Around 600 BC=BC0600 APPROX
      It dates to the 5th century BC.                        | the 5th century BC=BC04
      The third century B.C. saw wars.                       | The third century B.C.=BC02
      It was settled in the 1st century bc by farmers.       | the 1st century bc=BC00
      Vesuvius erupted in AD 79.                             | AD 79=0079
      He moved to Victoria, BC in 1990.                      | 1990=1990
      It was the 2008 BC Lions season.                       | 2008=2008
      The 2010 BC election was close.                        | 2010=2010
      In 2011 BC Hydro raised rates.                         | 2011=2011
      In 753 BC Rome was founded.                            | 753 BC=BC0753
      In 2000 B.C. Egypt was strong.                         | 2000 B.C.=BC2000
      The AD 2 battery failed.                               | –
      People reached it around 30,000 years BC.              | around 30,000 years BC=BC30000 APPROX
      Estimates range from 9,000–30,000 years BCE.           | 9,000=BC9000;30,000 years BCE=BC30000
      The war lasted 30 years and ended in 753 BC.           | 30 years=P30Y;753 BC=BC0753
      """)
  void yearsAreReadInTheirEra(String sentence, String expected) {
    assertThat(values(sentence)).isEqualTo(expected);
  }
}
