package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.only;
import static dev.claimcheck.dates.Tagging.tag;
import static dev.claimcheck.dates.Tagging.values;
import static dev.claimcheck.dates.Tagging.valuesAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemporalTaggerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      It was founded in 1984 in Beijing.              | 1984            | 1984       | DATE | -
      Retrieved 2022-10-26 from the site.             | 2022-10-26      | 2022-10-26 | DATE | -
      It was signed on 26 October 2022 in Paris.      | 26 October 2022 | 2022-10-26 | DATE | -
      It was signed on October 26, 2022 in Paris.     | October 26, 2022 | 2022-10-26 | DATE | -
      It was published on June 1, 2020 in print.      | June 1, 2020    | 2020-06-01 | DATE | -
      It was archived on 9 June 2020 by a bot.        | 9 June 2020     | 2020-06-09 | DATE | -
      It closed in Oct. 2022 for good.                | Oct. 2022       | 2022-10    | DATE | -
      He was elected in Nov. after a long race.       | Nov.            | XXXX-11    | DATE | -
      Talks resumed on Jan.5 in Geneva.               | Jan.5           | XXXX-01-05 | DATE | -
      It was dated 10/26/2022 by the clerk.           | 10/26/2022      | 2022-10-26 | DATE | -
      It was dated 26/10/2022 by the clerk.           | 26/10/2022      | 2022-10-26 | DATE | -
      它于2022年10月26日开放。                           | 2022年10月26日   | 2022-10-26 | DATE | -
      它于1956年建成。                                  | 1956年          | 1956       | DATE | -
      Revenue rose in Q3 2021 as expected.            | Q3 2021         | 2021-Q3    | DATE | -
      Revenue rose in Q4-2019 as expected.            | Q4-2019         | 2019-Q4    | DATE | -
      Revenue rose in Q3FY2021 as expected.           | Q3FY2021        | 2021-Q3    | DATE | -
      Revenue rose in 2019Q3 as expected.             | 2019Q3          | 2019-Q3    | DATE | -
      Revenue rose in FY2022 as expected.             | FY2022          | 2022       | DATE | -
      It happened in summer 1999 near the coast.      | summer 1999     | 1999-SU    | DATE | -
      They met in the summer of ’69 at a festival.    | the summer of ’69 | 1969-SU  | DATE | -
      He graduated in ’92 from Yale.                  | ’92             | 1992       | DATE | -
      It grew throughout the 1990s.                   | the 1990s       | 199X       | DATE | -
      It began in the 19th century.                   | the 19th century | 18XX      | DATE | -
      It boomed in the early 2000s.                   | the early 2000s | 200X       | DATE | EARLY
      It was rebuilt in the mid-1980s.                | the mid-1980s   | 198X       | DATE | MID
      Sales slowed in late 2019 across Asia.          | late 2019       | 2019       | DATE | LATE
      Police made arrests late on May 4 downtown.     | late on May 4   | XXXX-05-04 | DATE | LATE
      Growth slowed in the final months of 2012.      | the final months of 2012 | 2012 | DATE | END
      The church was built c. 1850 by monks.          | c. 1850         | 1850       | DATE | APPROX
      Vesuvius erupted in AD 79.                      | AD 79           | 0079       | DATE | -
      The tower was built around 1400 AD.             | around 1400 AD  | 1400       | DATE | APPROX
      They found a way around 1995's rules.           | 1995            | 1995       | DATE | -
      It will not be profitable until 1994 or later.  | 1994 or later   | 1994       | DATE | ON_OR_AFTER
      The rules apply from 2010 onwards.              | 2010 onwards    | 2010       | DATE | ON_OR_AFTER
      The wall stood in 2001 or earlier.              | 2001 or earlier | 2001       | DATE | ON_OR_BEFORE
      In 476 CE the empire in the west fell.          | 476 CE          | 0476       | DATE | -
      It rose in the first weeks of January 2013.     | the first weeks of January 2013 | 2013-01 | DATE | START
      It rained in the last week of June 2012.        | the last week of June 2012 | 2012-06 | DATE | END
      The lease ran for 40 years.                     | 40 years        | P40Y       | DURATION | -
      Work stopped for six months.                    | six months      | P6M        | DURATION | -
      It has been a week since the quake.             | a week          | P1W        | DURATION | -
      Samples were incubated for 24 h at 37 °C.       | 24 h            | PT24H      | DURATION | -
      The study ran for two years or more.            | two years or more | P2Y      | DURATION | EQUAL_OR_MORE
      Delivery takes a week or less.                  | a week or less  | P1W        | DURATION | EQUAL_OR_LESS
      The repair took ten days or so.                 | ten days or so  | P10D       | DURATION | APPROX
      They held a week-long strike.                   | week-long       | P1W        | DURATION | -
      A two-year-long inquiry ended.                  | two-year-long   | P2Y        | DURATION | -
      After a months-long standoff, talks resumed.    | months-long     | PXM        | DURATION | -
      Net fell for the six months ended abruptly.     | the six months  | P6M        | DURATION | -
      He gave them a week, not the four days he had planned. | the four days | P4D     | DURATION | -
      The function took approximately 45 min to run.  | approximately 45 min | PT45M | DURATION | APPROX
      Children aged 6 mo were seen.                   | 6 mo            | P6M        | DURATION | -
      The report is published every year.            | every year      | P1Y        | SET  | -
      The prize is awarded annually.                  | annually        | P1Y        | SET  | -
      Orangemen march each July through the town.     | each July       | XXXX-07    | SET  | -
      Swallows return every summer to the barn.       | every summer    | XXXX-SU    | SET  | -
      The shop opens every morning at six.            | every morning   | XXXX-XX-XXTMO | SET | -
      The show airs every Sunday night.               | every Sunday night | XXXX-WXX-7TNI | SET | -
      The museum is closed Mondays.                   | Mondays         | XXXX-WXX-1 | SET  | -
      Reports are published biweekly.                | biweekly        | P2W        | SET  | -
      Prices are reviewed on an annual basis.         | annual          | P1Y        | SET  | -
      It will grow over the next couple of years.     | the next couple of years | P2Y | DURATION | -
      Over the years many more patients waited.       | the years       | PXY        | DURATION | -
      It made money after several quarters of losses. | several quarters | PXQ       | DURATION | -
      The deal follows months of twists and turns.    | months          | PXM        | DURATION | -
      The ferry sails on Tuesday nights to the island. | Tuesday nights | XXXX-WXX-2TNI | SET | -
      """)
  void normalizesEveryWrittenForm(String sentence, String text, String value, TimexType type,
      String modifier) {
    TemporalExpression t = only(sentence, null);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.value()).isEqualTo(value);
    assertThat(t.type()).isEqualTo(type);
    assertThat(t.modifier()).isEqualTo(modifier);
  }

  @Test
  void numericDatesFollowTheDocumentLocale() {
    String text = "The meeting of 03/04/2021 was short.";
    assertThat(tag(text, DateContext.of(null, "en-US")).get(0).value()).isEqualTo("2021-03-04");
    assertThat(tag(text, DateContext.of(null, "en-GB")).get(0).value()).isEqualTo("2021-04-03");
  }

  @Test
  void numericDatesWithoutLocaleKeepBothReadings() {
    TemporalExpression t = only("The meeting of 03/04/2021 was short.", null);
    assertThat(t.value()).isNull();
    assertThat(t.has(DateFlag.AMBIGUOUS_ORDER)).isTrue();
    assertThat(t.readings()).containsExactly("2021-03-04", "2021-04-03");
  }

  @Test
  void aNumericDateThatReadsOneWayOnlyNeedsNoLocale() {
    assertThat(only("It was dated 26/10/2022 by the clerk.", null).readings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The war lasted 1914–1918 in Europe.               | 1914 | 1918
      The mine was worked 1984–1989 by the state.       | 1984 | 1989
      He served between 2001 and 2003 in the army.      | 2001 | 2003
      The works ran from 1984 to 1989 in two phases.    | 1984 | 1989
      The season 1984-89 was long.                      | 1984 | 1989
      The mine was worked 1984-1989 by the state.       | 1984 | 1989
      The style ruled the 1960s–70s in Paris.           | 196X | 197X
      Sales grew from the 1980s to 90s in Asia.         | 198X | 199X
      Output rose in the January–March period.          | XXXX-01 | XXXX-03
      The May-June elections were calm.                 | XXXX-05 | XXXX-06
      Henry VI (r. 1422–1461) was king.                 | 1422 | 1461
      John of Gaunt (1340–1399) was a prince.           | 1340 | 1399
      The Song Dynasty (960–1279) ruled China.          | 0960 | 1279
      The church building is dated 1469–72 in part.     | 1469 | 1472
      He was dean in 1903-4 at the college.             | 1903 | 1904
      It topped the list from February 14 to 20, 2011.  | 2011-02-14 | 2011-02-20
      The fair ran from 3 through 5 June 2001.          | 2001-06-03 | 2001-06-05
      """)
  void rangesGiveBeginAndEnd(String sentence, String begin, String end) {
    List<TemporalExpression> found = tag(sentence, (String) null);
    assertThat(found).extracting(TemporalExpression::value).containsExactly(begin, end);
    assertThat(found.get(0).has(DateFlag.RANGE_BEGIN)).isTrue();
    assertThat(found.get(1).has(DateFlag.RANGE_END)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tolls were abolished on 2008-11-10 by the council.|2008-11-10|2008-11-10",
      "Hirono, Miwa (2008-11-10). A study of tolls.|2008-11-10|2008-11-10",
      "The works ran 2008/11/10 to 2009/01/05.|2008/11/10|2008-11-10"})
  void aNumericIsoDateIsOneDayNeverAYearRange(String sentence, String text, String value) {
    List<TemporalExpression> found = tag(sentence, (String) null);
    assertThat(found.get(0).text()).isEqualTo(text);
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found).noneMatch(t -> t.has(DateFlag.RANGE_BEGIN) || t.has(DateFlag.RANGE_END));
  }

  @Test
  void twoDaysOfAMonthWithTheYearWrittenOnceAreTwoDatesOfThatYear() {
    assertThat(values("It ceased operations on March 2 and 9, 2006, respectively.", "2018-09-03"))
        .containsExactly("March 2=2006-03-02", "9, 2006=2006-03-09");
    assertThat(values("It met on May 3rd and 17th, 2019.", "2018-09-03"))
        .containsExactly("May 3rd=2019-05-03", "17th, 2019=2019-05-17");
  }

  @Test
  void aMonthRangeTakesItsYearFromTheEnd() {
    List<TemporalExpression> found = tag("It ran from March to June 2020 in Lyon.", "2024-01-01");
    assertThat(found).extracting(TemporalExpression::text).containsExactly("March", "June 2020");
    assertThat(found).extracting(TemporalExpression::value).containsExactly("2020-03", "2020-06");
    assertThat(found.get(0).has(DateFlag.RANGE_BEGIN)).isTrue();
    assertThat(found.get(1).has(DateFlag.RANGE_END)).isTrue();
  }

  @Test
  void aPageStampWithItsYearInTwoFiguresEndsItsLine() {
    assertThat(values("Media Release 27 Apr 17\nThu 31 Jan 13\n16 Feb 05 | Business", (String) null))
        .containsExactly("27 Apr 17=2017-04-27", "Thu 31 Jan 13=2013-01-31", "16 Feb 05=2005-02-16");
    assertThat(only("Posted 31 Feb 19\nok", null).has(DateFlag.IMPOSSIBLE_DATE)).isTrue();
    assertThat(values("On 27 Apr 17 people died; on 18 October at 15:30 it was set.", (String) null))
        .containsExactly("27 Apr=XXXX-04-27", "18 October=XXXX-10-18", "15:30=XXXX-10-18T15:30");
  }

  @Test
  void aTwentyFourHourTimeAfterADashFollowsTheTimeOrDayBeforeIt() {
    assertThat(values("Doors open at 9:00 - 16:30; on Sept. 4 - 18:00.", (String) null))
        .containsExactly("9:00=XXXX-XX-XXT09:00", "16:30=XXXX-XX-XXT16:30", "Sept. 4=XXXX-09-04",
            "18:00=XXXX-09-04T18:00");
    assertThat(values("The score was 3-16:30; read John 3-16:30.", (String) null)).isEmpty();
  }

  @Test
  void twoTwentyFourHourTimesJoinedByADashAreARangeOfHours() {
    assertThat(values("The museum is open 9:00–16:30 daily.", "2013-03-22"))
        .containsExactly("9:00=XXXX-XX-XXT09:00", "16:30=XXXX-XX-XXT16:30", "daily=P1D");
    assertThat(values("The museum was open 9:00–16:30 on Friday.", "2013-03-22"))
        .containsExactly("9:00=2013-03-22T09:00", "16:30=2013-03-22T16:30", "Friday=2013-03-22");
    assertThat(values("Read Matthew 5:17–7:29; the laps took 1:35-1:40; it ended 11:00 - 10:30.", "2013-03-22"))
        .isEmpty();
  }

  @Test
  void anIsoDayAndATimeAfterASpaceAreOneTime() {
    assertThat(values("Updated: 2018-11-15 12:15:07-05 by staff; logged 2020/01/05 18:00; on 2019-03-02 at last.",
        (String) null)).containsExactly("2018-11-15 12:15:07-05=2018-11-15T12:15", "2020/01/05 18:00=2020-01-05T18:00",
            "2019-03-02=2019-03-02");
  }

  @Test
  void pageStampsAndListingsAsPapersAndClubsWriteThem() {
    assertThat(values("Michael Safi, Thu 6 Sep 2018 10.54 EDT. It cost $3.50 ET.", (String) null))
        .containsExactly("Thu 6 Sep 2018=2018-09-06", "10.54 EDT=2018-09-06T10:54");
    assertThat(values("Fixtures: Sat Aug 24 - 3pm Chelsea; January 9 - 8:35 AM Seahawks.", (String) null))
        .containsExactly("Sat Aug 24=XXXX-08-24", "3pm=XXXX-08-24T15:00", "January 9=XXXX-01-09",
            "8:35 AM=XXXX-01-09T08:35");
  }

  @Test
  void theFirstOfTwoDaysBeforeTheirMonthTakesItsMonth() {
    assertThat(values("The week (4-8 November) and the days 3 and 4 June 2020 are set.", (String) null))
        .containsExactly("4=XXXX-11-04", "8 November=XXXX-11-08", "3=2020-06-03", "4 June 2020=2020-06-04");
    assertThat(values("He scored 2-3 June 5.", (String) null)).doesNotContain("2=XXXX-06-02");
  }

  @Test
  void aRangeOfTwoMonthsWithNoYearBeginsInTheYearItEnds() {
    assertThat(values("Between May and July the rain fell.", "2020-03-01")).containsExactly("May=2019-05", "July=2019-07");
    assertThat(values("The difference between May and Corbyn is clear.", "2020-03-01")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      It was built 40 years ago.       | 40 years ago | 2024-05-01 | 1984
      It was built 40 years ago.       | 40 years ago | -          | -
      It moved last year.              | last year    | 2024-05-01 | 2023
      It opened three months ago.      | three months ago | 2024-05-01 | 2024-02
      It opened a month or so ago.     | a month or so ago | 2024-05-01 | 2024-04
      It closes a year from now.       | a year from now | 2024-05-01 | 2025
      It reopened yesterday.           | yesterday    | 2024-05-01 | 2024-04-30
      Prices rose this month.          | this month   | 2024-05-01 | 2024-05
      The club currently has a pool.   | currently    | 2024-05-01 | PRESENT_REF
      It is cheaper now that oil fell. | now          | 2024-05-01 | PRESENT_REF
      """)
  void relativeDatesAreResolvedAgainstTheDocumentDateAndAlwaysFlagged(String sentence,
      String text, String documentDate, String value) {
    TemporalExpression t = only(sentence, documentDate);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.relative()).isTrue();
    assertThat(t.has(DateFlag.RELATIVE_DATE)).isTrue();
    assertThat(t.value()).isEqualTo(value);
    assertThat(t.anchor()).isEqualTo(documentDate);
  }

  @Test
  void followOnDatesUseTheParagraphsLastDate() {
    DateContext context = DateContext.of("2024-05-01", (String) null);
    tag("The dam failed on June 1, 2020 after heavy rain.", context);
    TemporalExpression later = tag("Two weeks later the town was evacuated.", context).get(0);
    assertThat(later.text()).isEqualTo("Two weeks later");
    assertThat(later.value()).isEqualTo("2020-06-15");
    assertThat(later.anchor()).isEqualTo("2020-06-01");
    assertThat(later.has(DateFlag.RELATIVE_DATE)).isTrue();
    // A step of minutes is one of minutes: thirty of them after June 15 are still June 15.
    assertThat(tag("Thirty minutes later the dam broke.", context)).extracting(TemporalExpression::value)
        .containsExactly("2020-06-15");
    // A step of decades lands in a year, however precise the day it counts from.
    assertThat(tag("More than a decade later, it was rebuilt.", context))
        .extracting(e -> e.text() + "=" + e.value() + "/" + e.modifier())
        .containsExactly("More than a decade later=2030/MORE_THAN");
  }

  @Test
  void followOnDatesFallBackToTheDocumentDateInANewParagraph() {
    DateContext context = DateContext.of("2024-05-01", (String) null);
    tag("The dam failed on June 1, 2020 after heavy rain.", context);
    context.newParagraph();
    // With no date of its own paragraph to follow, "a year later" is the stretch TimeML writes
    // ("a year", the signal "later" left out), and "a year earlier" the year before the document date.
    assertThat(values("A year later it was rebuilt.", context)).containsExactly("A year=P1Y");
    TemporalExpression earlier = tag("Sales were lower a year earlier.", context).get(0);
    assertThat(earlier.value()).isEqualTo("2023-05-01");
    assertThat(earlier.anchor()).isEqualTo("2024-05-01");
  }

  @Test
  void asOfDatesAreFlaggedBecauseTheyGoStale() {
    TemporalExpression t = only("As of 2020, the club had 2,000 members.", null);
    assertThat(t.text()).isEqualTo("2020");
    assertThat(t.has(DateFlag.AS_OF)).isTrue();
    assertThat(t.relative()).isTrue();
  }

  @Test
  void aYearNamingAnEventIsADateButAnEventReference() {
    TemporalExpression t = only("Prices fell after the 2008 crisis hit the banks.", null);
    assertThat(t.value()).isEqualTo("2008");
    assertThat(t.has(DateFlag.EVENT_REFERENCE)).isTrue();
    TemporalExpression in = only("Prices fell after the crisis in 2008 hit the banks.", null);
    assertThat(in.has(DateFlag.EVENT_REFERENCE)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The 12th Bureau of the Ministry runs it.",
      "ISBN 978-1-74358-900-7 is the book.",
      "See pp. 24–39 of the chapter.",
      "See p. 56 of the chapter.",
      "Its JSTOR id is resrep25132 there.",
      "OCLC 1347020692 holds it.",
      "It sold for $1984 at auction.",
      "It cost Rs 2019 crore, INR 1998 and EUR 2015, and then 2019 million dollars and 1998 lakh.",
      "It weighs 1998 grams, has a 2000 mAh battery and flies at 1990 knots.",
      "It has 2,000 members in all.",
      "It has 2000 members on the list.",
      "Firefox 3.5 was released with fixes.",
      "Call 555-2019 or (202) 555-1984 for tickets.",
      "Call 1800-555-0199 for tickets.",
      "A 2000-page report and a 2000-year-old temple were found by a 1500-strong team.",
      "The office is at 1600 Pennsylvania Avenue in the city.",
      "Inmates sued under 42 U.S.C. 1983 and 42 U.S.C. § 1983, citing 40 C.F.R. 1502 and 18 U.S.C. §§ 1961.",
      "The peak rises to 2150 m above the sea.",
      "The estimated dose of 1011 ions was below the threshold.",
      "The spectra used the 1800 grooves/mm grating up to 2000 GeV.",
      "Flight 1549 landed on the river.",
      "The ICZN ruled in its Opinion 2027 that the name stands, as Resolution 1441 did.",
      "USA Today reported it, and Baker said on ABC's \"This Week\" and on 60 Minutes that it was so.",
      "The treaty ended the Thirty Years' War, and he fought in the Six-Day War.",
      "He told USA TODAY Sports so, and the showrunners of One Day at a Time agreed.",
      "(Photo: Andrew Weber, USA TODAY Sports)",
      "The screen is 1920×1080 pixels wide.",
      "He read John 3:16 aloud to the crowd.",
      "The ratio was 16:9 on the screen.",
      "It ran until 2022-13-01 reportedly.",
      "A second vessel was ordered by the port.",
      "A year-end party was held.",
      "A mid-year review was held.",
      "See Figure (120–180) and the values (120–180).",
      "The dose (1011–1050 units) was high, and d. 1011 units more.",
      "The AD 2 battery and the 3 CE edition were sold.",
      "See Fig. 2h and the 3h setting.",
      "It has places for up to 1280 young people, and more than 2000 of them applied.",
      "In the present work the method of the present authors is used.",
      "They set up a joint venture called Orion 1980, making parts.",
      "The House passed H.R. 1865 and sent it on.",
      "It was his second visit in as many years.",
      "Output fell for a second consecutive month.",
      "The Q1 journals were ranked; Q1: how often do you exercise?",
      "Imperial War Museum image Q31324 and item H12012 show it.",
      "The review is ranked in Q1 by its citations.",
      "Probes read H2 2000 ppm in the cell.",
      "Science. 276 (5319): 1687–9. Bioinformatics 14(9):1755–1763. J Trauma, 30:1748-50.",
      "Duley W. W., Mon. Not. R. Astron. Soc., 205, 67P; the Sat. Eve. Post.",
      "D.A. Maximov 38, A.E. May 103, E. Mayer 41.",
      "Edward Mortimer, Earl of March, held the Earldoms of Cambridge, Ulster and March.",
      "The 20th went to Flixton and March, with a cranial capacity of 1300 cc.",
  })
  void numberLikeThingsAreNotDates(String sentence) {
    assertThat(tag(sentence, (String) null)).isEmpty();
  }

  @Test
  void aCitationsVolumeIssueAndPagesAreNotYearsButItsYearIs() {
    assertThat(tag("Tsai, Phys. Rev. 122, 1898 (1961); Trans. R. Soc. 366 (1885). pp. 4613–4626 (2008).",
        (String) null)).extracting(TemporalExpression::value).containsExactly("1961", "2008");
    assertThat(tag("Volume 3 (2001), pp. 4–9.", (String) null)).extracting(TemporalExpression::value)
        .containsExactly("2001");
    assertThat(tag("Journal of Civic History 31, no. 2 (2009): 201–230.", (String) null))
        .extracting(TemporalExpression::value).containsExactly("2009");
  }

  @Test
  void aDayNamedAgainWithoutItsYearIsTheOneWrittenBefore() {
    assertThat(values("On July 5, 1997, Hun Sen struck. A UN report called the events of July 5-6 a coup.",
        "2007-07-27")).containsExactly("July 5, 1997=1997-07-05", "July 5=1997-07-05", "6=1997-07-06");
  }

  @Test
  void aDayWithItsYearAfterOfOrInIsOneDate() {
    assertThat(values("He was born on June 5 of 1968. The squadron was formed on the 16th of October in 1973.",
        "2015-03-05")).containsExactly("June 5 of 1968=1968-06-05", "the 16th of October in 1973=1973-10-16");
  }

  @Test
  void aDayWrittenYearFirstIsOneDate() {
    assertThat(tag("Accepted 2025 February 17. Received 2025 Feb 11; in original form 2024 June 20.",
        (String) null)).extracting(TemporalExpression::text, TemporalExpression::value).containsExactly(
            tuple("2025 February 17", "2025-02-17"), tuple("2025 Feb 11", "2025-02-11"),
            tuple("2024 June 20", "2024-06-20"));
    assertThat(tag("The meeting ran 2019 May 7-11 in Boston.", (String) null))
        .extracting(TemporalExpression::text).doesNotContain("2019 May 7");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "It fell on February 30, 2015 they said.",
      "It fell on 2015-02-29 they said.",
      
  })
  void impossibleDatesAreFlaggedNeverNormalized(String sentence) {
    TemporalExpression t = only(sentence, null);
    assertThat(t.value()).isNull();
    assertThat(t.has(DateFlag.IMPOSSIBLE_DATE)).isTrue();
  }

  @Test
  void twoDigitYearsAreWidenedByTheStatedRule() {
    assertThat(values("Filed 10/26/22 at noon.", "2024-01-01"))
        .containsExactly("10/26/22=2022-10-26", "noon=2022-10-26T12:00");
    assertThat(only("Filed 10/26/85 in the archive.", "2024-01-01").value()).isEqualTo("1985-10-26");
    assertThat(only("Filed 10/26/85 in the archive.", null).has(DateFlag.TWO_DIGIT_YEAR)).isTrue();
    // a day with its year after an apostrophe
    assertThat(values("It aired Oct. 3, '98 on NBC; posted Feb 7 '19 by the admin.", "2024-01-01"))
        .containsExactly("Oct. 3, '98=1998-10-03", "Feb 7 '19=2019-02-07");
  }

  @Test
  void farFutureYearsInHistoricalTextAreFlagged() {
    assertThat(only("The abbey was rebuilt in 2091 by monks.", "1990-01-01")
        .has(DateFlag.FUTURE_YEAR)).isTrue();
    assertThat(only("The abbey was rebuilt in 1091 by monks.", "1990-01-01")
        .has(DateFlag.FUTURE_YEAR)).isFalse();
  }

  @Test
  void timesOfDayAreTimesOnlyWhenWrittenAsTimes() {
    TemporalExpression t = tag("On June 1, 2020 at 3:30 p.m. they met.", (String) null).get(1);
    assertThat(t.type()).isEqualTo(TimexType.TIME);
    assertThat(t.value()).isEqualTo("2020-06-01T15:30");
    assertThat(tag("The vote was 3:30 in favour.", (String) null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Sales rose in the third quarter of 2021.   | the third quarter of 2021 | 2021-Q3
      It was hot in the summer of 1999.          | the summer of 1999        | 1999-SU
      It opens in the 2016 fall season.          | the 2016 fall             | 2016-FA
      Its 2019 spring semester began late.       | 2019 spring               | 2019-SP
      It rained in the first half of 2020.       | the first half of 2020    | 2020-H1
      It was rebuilt at the end of 2019.         | the end of 2019           | 2019
      It began in the 1800s with a mill.         | the 1800s                 | 18XX
      It was popular in the '90s in Europe.      | the '90s                  | 199X
      """)
  void seasonsQuartersAndPeriodsKeepTheirPrecision(String sentence, String text, String value) {
    TemporalExpression t = only(sentence, null);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.value()).isEqualTo(value);
  }

  @Test
  void fallAfterARelativeThatIsAVerb() {
    assertThat(tag("Stars and planets that fall into orbit are lost.", "2017-07-21")).isEmpty();
    assertThat(values("She moved that fall to Boston.", "2017-07-21")).containsExactly("that fall=2016-FA");
  }

  @Test
  void aYearBeforeACapitalisedSeasonOfANameOrAFallOfSomethingIsTheYearAlone() {
    assertThat(values("She raced at the 2014 Winter Olympics.", (String) null)).containsExactly("2014=2014");
    assertThat(values("It came after the 1989 fall of the Wall.", (String) null)).containsExactly("1989=1989");
    assertThat(values("The 2008 fall in prices hurt.", (String) null)).containsExactly("2008=2008");
  }

  @Test
  void aMonthOrDayWithoutAYearFallsInTheYearItsClauseWroteBefore() {
    assertThat(values("In 2004 the harvest started in early June.", "2021-04-03"))
        .containsExactly("2004=2004", "early June=2004-06");
    assertThat(values("Last year's harvest started on June 5.", "2021-04-03"))
        .containsExactly("Last year=2020", "June 5=2020-06-05");
    assertThat(values("He joined the 2015 training camp before being released on September 5.", "2018-08-01"))
        .containsExactly("2015=2015", "September 5=2015-09-05");
    // another clause, or one told of a coming time, is read against the document date
    assertThat(values("It opened in 2007 and closed in February.", "2021-04-03"))
        .containsExactly("2007=2007", "February=2021-02");
    assertThat(values("The festival hailed last year will return in early September.", "2019-05-01"))
        .containsExactly("last year=2018", "early September=2019-09");
    // a clause that leaves out the verb of the one before is that one's; the comma of a figure
    // ends no clause
    assertThat(values("It lost $300 million in 1986, and $21 million in March alone.", "2008-02-11"))
        .containsExactly("1986=1986", "March=1986-03");
    assertThat(values("Under a plan approved in 1987, it had bought 481,000 shares through Sept. 29.", "1989-10-30"))
        .containsExactly("1987=1987", "Sept. 29=1989-09-29");
    assertThat(values("In 2004 the firm sold 1,200 cars in June.", "2020-01-01"))
        .containsExactly("2004=2004", "June=2004-06");
  }

  @Test
  void aMonthToldAsAHabitIsThatMonthOfEveryYear() {
    assertThat(values("Winter wheat is typically sown mid-November.", "2019-11-08"))
        .containsExactly("mid-November=XXXX-11");
    // a habit told of a coming day, or beside a clause of another tense, is none
    assertThat(values("The company currently expects to close the deal in March.", "2019-08-20"))
        .containsExactly("currently=PRESENT_REF", "March=2020-03");
    assertThat(values("He currently works in Boston, but in March he moved.", "2019-08-20"))
        .containsExactly("currently=PRESENT_REF", "March=2019-03");
    // nor is one of another sentence read in the same stretch (a web page's list under its heading)
    assertThat(values("Currently Active Projects\nJFrog is dismantling the platform in May.", "2021-05-11"))
        .containsExactly("Currently=PRESENT_REF", "May=2021-05");
    assertThat(values("It is currently open. In May it shuts.", "2021-05-11"))
        .containsExactly("currently=PRESENT_REF", "May=2021-05");
  }

  @Test
  void monthsWithoutYearTakeTheYearFromTheContext() {
    DateContext context = DateContext.of("2021-11-20", (String) null);
    TemporalExpression t = tag("The plant reopened in March after repairs.", context).get(0);
    assertThat(t.value()).isEqualTo("2021-03");
    assertThat(t.has(DateFlag.INFERRED)).isTrue();
    assertThat(t.anchor()).isEqualTo("2021-11-20");
  }

  @Test
  void aMonthOrDayOpeningASentenceToldInThePastIsBehindTheDocumentDate() {
    // told in late October: the nearest January is the coming one, unless the sentence opens with
    // it and tells of what was done
    assertThat(values("In January, American Medical brought in a new chief.", "1989-10-27"))
        .containsExactly("January=1989-01");
    assertThat(values("On Jan. 5, it hired him.", "1989-10-27")).containsExactly("Jan. 5=1989-01-05");
    assertThat(values("In January, the company will hire a chief.", "1989-10-27")).containsExactly("January=1990-01");
    // a month after a past verb may be a coming one: "agreed to acquire … in January"
    assertThat(values("The company agreed to acquire the bank in January.", "1989-10-27"))
        .containsExactly("January=1990-01");
  }

  @Test
  void aTimeWordOpeningASentenceQuoteOrHeadlineIsADate() {
    assertThat(values("Today, prices fell.", "1998-08-12")).containsExactly("Today=1998-08-12");
    assertThat(values("He said: ``Today we act.''", "1998-08-12")).containsExactly("Today=1998-08-12");
    assertThat(values("WASHINGTON (AP) _ Today the Senate voted.", "1998-08-12")).containsExactly("Today=1998-08-12");
    assertThat(values("Senate Passes Budget Bill Today", "1998-08-12")).containsExactly("Today=1998-08-12");
  }

  @Test
  void aWeekSpokenOfWithoutSayingWhichIsAnUnknownWeekOfItsYear() {
    assertThat(values("For the week, the index dropped; it was the week's most active session.", "1989-10-30"))
        .containsExactly("the week=1989-WXX", "the week=1989-WXX");
    assertThat(tag("He spent the week in Paris.", "1989-10-30")).isEmpty();
    assertThat(values("Outflows doubled the level of the week following the crash.", "1989-10-30"))
        .containsExactly("the week=1989-WXX");
    // a label's week is none: "the quiz of the week", "Top Tweets of the Week"
    assertThat(tag("Take the quiz of the week. Top Tweets of the Week", "2019-08-18")).isEmpty();
  }

  @Test
  void theMiddleOfAPartOfTheDayIsATime() {
    assertThat(values("By mid afternoon, officials said; a mid-morning snack followed.", "1998-03-06"))
        .containsExactly("mid afternoon=1998-03-06TAF");
  }

  @Test
  void modalMayIsNotAMonth() {
    assertThat(tag("Officials May decide later, and march on.", (String) null)).isEmpty();
  }

  @Test
  void aMonthBeforeItsNounIsAMonthButANameIsNot() {
    assertThat(values("It sold itself under a June agreement; July's exports fell; the May figures were weak.",
        "1998-08-12")).containsExactly("June=1998-06", "July=1998-07", "May=1998-05");
    assertThat(tag("Theresa May's aides joined the March to the sea; May's aides left.", "2018-08-12")).isEmpty();
  }

  @Test
  void aFutureSeenFromAPastDateCountsFromIt() {
    assertThat(values("He said in October that he would step down in January.", "2013-03-22"))
        .containsExactly("October=2012-10", "January=2013-01");
    assertThat(values("He said in October that he will step down in January.", "2013-03-22"))
        .containsExactly("October=2012-10", "January=2014-01");
  }

  @Test
  void theFirstOrLastDayOfAYearOrMonthIsThatDay() {
    assertThat(values("It took effect on the first day of 2013 and ends on the last day of March.", "2013-03-22"))
        .containsExactly("the first day of 2013=2013-01-01", "the last day of March=2013-03-31");
    assertThat(values("It began on the opening day of the 1998 season.", (String) null)).containsExactly("1998=1998");
  }

  @Test
  void quartersAndHalvesWrittenAsCodes() {
    assertThat(values("Revenue in Q4 rose, and in H1 2012 it fell; it will rise in Q2.", "2013-03-22"))
        .containsExactly("Q4=2012-Q4", "H1 2012=2012-H1", "Q2=2013-Q2");
    // a code before a word of a report is a quarter whatever stands before it
    assertThat(values("Q4 earnings were flat, and Apple's Q2 revenue fell.", "2013-03-22"))
        .containsExactly("Q4=2012-Q4", "Q2=2012-Q2");
    assertThat(values("It took a second longer.", (String) null)).containsExactly("a second=PT1S");
  }

  @Test
  void aClockTimeRestatedInAZoneIsNoYear() {
    assertThat(values("Polls closed at 8pm (2000 GMT) on Sunday.", "1998-03-08"))
        .containsExactly("8pm=1998-03-08T20:00", "Sunday=1998-03-08");
  }

  @Test
  void aQuarterStartingACompoundIsNoQuarter() {
    assertThat(tag("The rate sat just above its quarter-century low; the quarter-to-quarter gain was small.",
        "1998-02-06")).isEmpty();
    assertThat(values("Sales rose in the quarter.", "1998-02-06")).containsExactly("the quarter=1997-Q4");
  }

  @Test
  void wordsThatBoundOrLoosenAPointJoinItOnlyWhereTheyEndItsPhrase() {
    assertThat(tag("The men came in around 7:15 p.m., police said.", "1998-02-12"))
        .extracting(TemporalExpression::text, TemporalExpression::value, TemporalExpression::modifier)
        .containsExactly(tuple("around 7:15 p.m.", "1998-02-12T19:15", "APPROX"));
    assertThat(tag("The plant will be closed over the next year or so, a spokesman said.", "1989-11-02"))
        .extracting(TemporalExpression::text, TemporalExpression::value, TemporalExpression::modifier)
        .containsExactly(tuple("the next year or so", "1990", "APPROX"));
    // "or later" that starts a phrase of its own, and "about" before a year, stay out
    assertThat(values("He left in 1990 or later in 1991.", (String) null)).containsExactly("1990=1990", "1991=1991");
    assertThat(tag("He was born in about 1850.", (String) null)).extracting(TemporalExpression::text)
        .containsExactly("1850");
  }

  @Test
  void citationMarkersHoldNoDates() {
    String text = "It was founded in 1984.[2019]";
    List<TemporalExpression> found = TemporalTagger.tag(text, new Span("d", 0, text.length()),
        List.of(new Span("d", 23, 29)), DateContext.of(null, (String) null));
    assertThat(found).extracting(TemporalExpression::value).containsExactly("1984");
  }

  @Test
  void hoursMoveADayPrecisionDateByWholeDays() {
    // A point is a day at the finest: hours once threw on it.
    assertThat(tag("The pier collapsed 36 hours ago, officials said.", "2020-06-10"))
        .extracting(TemporalExpression::value).containsExactly("2020-06-09");
    assertThat(values("In the last twenty four hours the market has fallen.", "2020-06-10"))
        .containsExactly("the last twenty four hours=PT24H");
  }

  @Test
  void aReportByQuartersSpeaksOfTheQuarterItNamed() {
    DateContext context = DateContext.of("1989-11-02", "en-US");
    assertThat(tag("Net income rose 5% in the third quarter.", context)).extracting(TemporalExpression::value)
        .containsExactly("1989-Q3");
    assertThat(tag("In the year-ago quarter, the company lost $2 million.", context))
        .extracting(TemporalExpression::value).containsExactly("1988-Q3");
    assertThat(tag("Sales fell 3% from a year ago.", context)).extracting(TemporalExpression::value)
        .containsExactly("1988-Q3");
    assertThat(tag("Revenue in the latest quarter was flat, against year-earlier results.", context))
        .extracting(TemporalExpression::value).containsExactly("1989-Q3", "1988-Q3");
    assertThat(values("Earnings for the 1988 second quarter and this year's third quarter differ.", "1989-11-02"))
        .containsExactly("the 1988 second quarter=1988-Q2", "this year's third quarter=1989-Q3");
    assertThat(values("Net rose in 1988 over the 1987 level. In this year's third quarter, net was $10.5 million, "
        + "compared with $10.3 million a year earlier.", "1989-10-26"))
        .containsExactly("1988=1988", "1987=1987", "this year's third quarter=1989-Q3", "a year earlier=1988-Q3");
    assertThat(values("Sales for the year rose, and the year ended June 30 was the best.", "1989-11-02"))
        .containsExactly("the year=1989", "the year=P1Y", "June 30=1989-06-30");
    assertThat(values("In the year to June 2019 the port expects to handle more, and in the year to date it did.",
        "2018-11-02"))
        .containsExactly("the year=P1Y", "June 2019=2019-06", "the year=2018");
    assertThat(values("In the year-earlier third quarter it earned more than in the quarter a year ago.", "1989-11-02"))
        .containsExactly("the year-earlier third quarter=1988-Q3", "the quarter a year ago=1988-Q3");
    assertThat(values("Net for the year-earlier nine months rose, as in the comparable year-ago quarter.", "1989-11-02"))
        .containsExactly("the year-earlier nine months=P9M", "the comparable year-ago quarter=1988-Q3");
    // A quarter not yet over is an outlook, not the quarter reported.
    DateContext outlook = DateContext.of("1989-11-02", "en-US");
    tag("Net rose in the third quarter, and fourth-quarter sales will be weaker.", outlook);
    assertThat(tag("In the latest quarter, it lost money.", outlook)).extracting(TemporalExpression::value)
        .containsExactly("1989-Q3");
    // "the past year" is last year, or a year-long stretch when nothing dates the text.
    assertThat(values("Hate groups grew over the past year.", "1998-03-03")).containsExactly("the past year=1997");
    assertThat(values("Hate groups grew over the past year.", (String) null)).containsExactly("the past year=P1Y");
    // "the year" after a part of it is the year spoken of; "a season of the year" is none.
    assertThat(values("Sales rose in the first nine months of the year, as each season of the year.", "1989-10-30"))
        .containsExactly("the first nine months=P9M", "the year=1989");
    // A year that names itself is that year.
    assertThat(values("The mill closed in the year 2020.", "2019-05-01")).containsExactly("2020=2020");
  }

  @Test
  void yearsSaidInWordsAreYears() {
    assertThat(values("In nineteen ninety-six a bomb shook the Olympic games.", "1998-02-27"))
        .containsExactly("nineteen ninety-six=1996");
    assertThat(values("January nineteen ninety-seven saw another attack.", "1998-02-27"))
        .containsExactly("January nineteen ninety-seven=1997-01");
    assertThat(values("His promise held until the year two thousand.", "1998-02-05"))
        .containsExactly("the year two thousand=2000");
    assertThat(tag("He paid twenty five dollars and nineteen twenty-dollar bills.", "1998-02-05")).isEmpty();
  }

  @Test
  void theFollowingMonthIsCountedFromTheDateSpokenOf() {
    assertThat(values("It came out on November 15, 2001, and in Europe the following March.", (String) null))
        .containsExactly("November 15, 2001=2001-11-15", "the following March=2002-03");
    assertThat(values("The law passed in May 2010; the previous June, it had failed.", (String) null))
        .containsExactly("May 2010=2010-05", "the previous June=2009-06");
    assertThat(values("In 2001 the plan was announced and the following March it began.", (String) null))
        .containsExactly("2001=2001", "the following March=null");
  }

  @Test
  void aRangeMayRunToThePresent() {
    List<TemporalExpression> found = tag("He has chaired the board from 1990–present.", "2021-06-01");
    assertThat(found).extracting(TemporalExpression::text).containsExactly("1990", "present");
    assertThat(found.get(0).has(DateFlag.RANGE_BEGIN)).isTrue();
    assertThat(found.get(1).value()).isEqualTo("PRESENT_REF");
    assertThat(found.get(1).has(DateFlag.RANGE_END)).isTrue();
    assertThat(tag("The present owner sold it.", "2021-06-01")).isEmpty();
  }

  @Test
  void aSecondDayOfTheSameMonthTakesItsMonthAndYear() {
    assertThat(values("They met Aug. 7-8 and again on December 30 and 31.", "1998-08-12"))
        .containsExactly("Aug. 7=1998-08-07", "8=1998-08-08", "December 30=1997-12-30", "31=1997-12-31");
    assertThat(values("They met Aug. 7 and 12 people died.", "1998-08-12")).containsExactly("Aug. 7=1998-08-07");
    assertThat(values("On Aug. 7 and 9 it rained.", "1998-08-12"))
        .containsExactly("Aug. 7=1998-08-07", "9=1998-08-09");
  }

  @Test
  void daysSaidInWordsAreDays() {
    assertThat(values("Women's Day is this coming Sunday, March eighth.", "1998-03-05"))
        .containsExactly("this coming Sunday, March eighth=1998-03-08");
    assertThat(values("It opens on the twenty-first of March and closed on March thirty-first, nineteen ninety-seven.",
        "1998-03-05")).containsExactly("the twenty-first of March=1998-03-21",
            "March thirty-first, nineteen ninety-seven=1997-03-31");
    assertThat(tag("Officials May first ask why.", "1998-03-05")).isEmpty();
  }

  @Test
  void halvesOfTheYearTheDayBeforePartsOfDaysAndUnstatedHours() {
    assertThat(values("Sales fell in the first half of the year and will rise in the second half of next year.",
        "1998-08-07")).containsExactly("the first half of the year=1998-H1", "the second half of next year=1999-H2");
    // "the day before" alone in its clause counts from the day the text speaks of; before a noun
    // ("the day before the vote") its day is the event's, which the words do not give.
    assertThat(valuesAfter("1998-08-07", "The bombing occurred on Aug. 3.",
        "The day before, police had arrested two men."))
        .containsExactly("1998-08-02");
    assertThat(tag("He left the day before the vote.", "1998-08-07")).isEmpty();
    // A day written without its month is of the month spoken of, by the tense it is told in.
    assertThat(values("He arrived on the 15th.", "1998-08-12")).containsExactly("the 15th=1998-07-15");
    assertThat(values("It opened on the 3rd.", "1998-08-12")).containsExactly("the 3rd=1998-08-03");
    assertThat(values("He will leave on the 2nd.", "1998-08-12")).containsExactly("the 2nd=1998-09-02");
    assertThat(valuesAfter("1998-08-12", "Talks began on March 3.", "They ended on the 7th."))
        .containsExactly("1998-03-07");
    assertThat(tag("She lives on the 5th floor and served on the 3rd Infantry staff.", "1998-08-12")).isEmpty();
    // TimeML's future references: "in the short term", "at a later date".
    assertThat(values("It may help in the short term and will be sold at a later date.", "1998-03-06"))
        .containsExactly("the short term=FUTURE_REF", "a later date=FUTURE_REF");
    // "today is the eighth day of …" is the day told from; "it was the second day" is not.
    assertThat(values("Today is the eighth day of the strike; it was the second day of talks.", "1998-03-06"))
        .containsExactly("Today=1998-03-06", "the eighth day=1998-03-06");
    // Two steps from the document date, whatever date the text spoke of last.
    assertThat(valuesAfter("1998-08-12", "The bombing occurred on Aug. 3.",
        "He arrives the day after tomorrow; she left the day before yesterday, and they met the week before last."))
        .containsExactly("1998-08-14", "1998-08-10", "1998-W31");
    // A part of yesterday, today or tomorrow is a TIME.
    assertThat(values("The bomb exploded yesterday afternoon; the vote is tomorrow morning.", "1998-08-07"))
        .containsExactly("yesterday afternoon=1998-08-06TAF", "tomorrow morning=1998-08-08TMO");
    assertThat(tag("In London at mid-afternoon yesterday, shares were up.", "1989-11-02"))
        .extracting(e -> e.text() + "=" + e.value() + "/" + e.modifier())
        .containsExactly("mid-afternoon yesterday=1989-11-01TAF/MID");
    assertThat(tag("By late afternoon the fire was out; a late morning meeting followed.", "1989-11-02"))
        .extracting(e -> e.text() + "=" + e.value() + "/" + e.modifier())
        .containsExactly("late afternoon=1989-11-02TAF/LATE");
    // A part of the day named with no preposition of time names no day's: "(early morning, late afternoon)".
    assertThat(tag("Reflectivity is high near the terminator (early morning, late afternoon).", "1989-11-02")).isEmpty();
    // A stretch of hours of unstated length is written with its time designator: PTXH, not PXTH.
    assertThat(values("Within hours, police arrived; within minutes, the crowd left.", "1998-08-07"))
        .containsExactly("hours=PTXH", "minutes=PTXM");
  }

  @Test
  void spansFollowTimeMl() {
    assertThat(values("Earlier this month, it said that for the nine months, net fell from fiscal 1988.", "1989-10-30"))
        .containsExactly("this month=1989-10", "the nine months=P9M", "fiscal 1988=1988");
    assertThat(values("The third-quarter loss ended the eight-year war in the fiscal first quarter.", "1989-10-30"))
        .containsExactly("third-quarter=1989-Q3", "eight-year=P8Y", "the fiscal first quarter=1989-Q1");
  }

  @Test
  void vagueFuturesAreFutures() {
    assertThat(values("Losses fall in coming quarters and future years, and in the weeks ahead.", "1989-10-26"))
        .containsExactly("coming quarters=FUTURE_REF", "future years=FUTURE_REF", "the weeks ahead=PXW");
  }

  @Test
  void theLastYearOfSomethingElseIsNoYearBeforeTheDocumentDate() {
    assertThat(values("He died in the last year of the war; in the eighth and last year of his term he quit; "
        + "it fell in the last week of March.", "2018-06-25"))
        .containsExactly("the last week of March=2018-03");
    assertThat(values("Sales rose in the last year; last year they fell.", "2018-06-25"))
        .containsExactly("the last year=2017", "last year=2017");
  }

  @Test
  void aQuarterIsReadAloneAsBesideOtherUnits() {
    assertThat(values("Sales fell in the past quarter.", "1989-10-27")).containsExactly("the past quarter=P1Q");
    assertThat(values("In the second quarter ended Oct. 31, it lost money. "
        + "Results for that quarter included a charge for the year.", "1989-10-27"))
        .containsExactly("the second quarter=1988-Q2", "Oct. 31=1988-10-31", "that quarter=1988-Q2", "the year=1989");
  }

  @Test
  void aQuarterReportedInThePastIsOverWhateverTheCalendarSays() {
    // a company's fourth quarter, reported in November, ended with its fiscal year
    assertThat(values("Ralston reported a decline in fourth-quarter earnings. Sales in the latest period "
        + "were $1.76 billion, against $1.55 billion a year earlier.", "1989-11-02"))
        .containsExactly("fourth-quarter=1989-Q4", "the latest period=1989-Q4", "a year earlier=1988-Q4");
    assertThat(values("Counts from the third quarter of 2022 rose over the same period of 2021.", "2022-10-26"))
        .containsExactly("the third quarter of 2022=2022-Q3", "the same period of 2021=2021-Q3");
    // told in the future, a quarter not yet over is not the one reported
    assertThat(values("Fourth-quarter sales will rise. Sales in the latest period fell.", "1989-11-02"))
        .containsExactly("Fourth-quarter=1989-Q4");
  }

  @Test
  void twoMonthsWrittenAsARangeShareTheSecondsYear() {
    // told in the past in February 1998, June is last year's, and April with it
    assertThat(values("Sales fell in the April-June quarter.", "1998-02-13"))
        .containsExactly("April=1997-04", "June=1997-06");
    // the first month after the second in the calendar is of the year before
    assertThat(values("Output fell in the November–January period.", "1998-02-13"))
        .containsExactly("November=1997-11", "January=1998-01");
  }

  @Test
  void aSeasonToldInTheFutureIsNoSeasonOfAPastYearTheParagraphNamed() {
    assertThat(values("Records began in 1850. The trial will begin in the spring.", "2013-03-14"))
        .containsExactly("1850=1850", "the spring=2013-SP");
    assertThat(values("Records began in 1850. The river froze in the winter.", "2013-03-14"))
        .containsExactly("1850=1850", "the winter=1850-WI");
    // a season of a year named is that year for what follows: "that summer" is 1932's
    assertThat(values("The bridge was completed in the spring of 1932. It opened that summer.", "2019-11-08"))
        .containsExactly("the spring of 1932=1932-SP", "that summer=1932-SU");
  }

  @Test
  void yearsWrittenTheWaysBiographiesAndReviewsWriteThem() {
    // a year's possessive; a decade's "'s" stays the decade
    assertThat(values("He directed 2014's \"Get On Up\" in the 1980's style.", (String) null))
        .containsExactly("2014=2014", "the 1980's=198X");
    // the second year of a range with one figure
    assertThat(values("He was dean in 1903-4 and left in 1967-8.", (String) null))
        .containsExactly("1903=1903", "4=1904", "1967=1967", "8=1968");
    // a cue glued to its year
    assertThat(values("His wife (d.1845) lived there c.1860.", (String) null)).containsExactly("1845=1845", "c.1860=1860");
    // a day and a time after a dash are no second year
    assertThat(values("Posted May 12, 2013-6:00pm by the desk.", (String) null))
        .containsExactly("May 12, 2013=2013-05-12", "6:00pm=2013-05-12T18:00");
  }

  @Test
  void monthsAndDaysWrittenTheWaysListsAndSchedulesWriteThem() {
    // a month and year in brackets is a date, not an author's citation
    assertThat(values("Went on to Watford (April 1915) and Sutton Veny (January 1916).", (String) null))
        .containsExactly("April 1915=1915-04", "January 1916=1916-01");
    assertThat(values("The page was updated 25-Jul-2017 and the match is on 9-November.", (String) null))
        .containsExactly("25-Jul-2017=2017-07-25", "9-November=2017-11-09");
    assertThat(values("Room 12-May-Lee is shut.", (String) null)).isEmpty();
    assertThat(values("The festival runs May 11-22 in Cannes.", (String) null))
        .containsExactly("May 11=XXXX-05-11", "22=XXXX-05-22");
    assertThat(values("Firewood is sold in May, June and September, and in March & April.", (String) null))
        .containsExactly("May=XXXX-05", "June=XXXX-06", "September=XXXX-09", "March=XXXX-03", "April=XXXX-04");
    assertThat(values("Theresa May, June Smith and others came.", (String) null)).isEmpty();
    assertThat(values("The band toured in 1977. Over nine days that January it played.", (String) null))
        .containsExactly("1977=1977", "nine days=P9D", "that January=1977-01");
  }

  @Test
  void aYearCutToTwoFiguresIsWidenedFromTheDatesBeforeItWhenTheTextHasNoDate() {
    assertThat(values("\"I was born in 1957, he was born in '58,\" Lee said.", (String) null))
        .containsExactly("1957=1957", "'58=1958");
    assertThat(values("The firm was set up in 1850. It grew in '58.", (String) null))
        .containsExactly("1850=1850", "'58=1858");
    // with no date to go by, a cut year lies no later than 2030; after a date named, within fifty years of it
    assertThat(values("Fortune's story on the College Class of '49 ran.", (String) null)).containsExactly("'49=1949");
    assertThat(values("The Class of '24 graduated.", (String) null)).containsExactly("'24=2024");
    assertThat(values("In 1949 they lost; they won on the spirit of '67.", (String) null))
        .containsExactly("1949=1949", "'67=1967");
    assertThat(values("The firm was set up in 1850. It grew in '58.", "2019-01-01"))
        .containsExactly("1850=1850", "'58=1958");
  }

  @Test
  void aMonthInAYearOfThreeFiguresIsADateWhereTheYearClosesTheClause() {
    assertThat(values("He left Rome (June, 653) after the election (July 5th, 649).", (String) null))
        .containsExactly("June, 653=0653-06", "July 5th, 649=0649-07-05");
    assertThat(values("He died in March 655.", (String) null)).containsExactly("March 655=0655-03");
    assertThat(values("On March 5, 300 people died; see March 12, 120 of the book.", (String) null))
        .containsExactly("March 5=XXXX-03-05", "March 12=XXXX-03-12");
  }

  @Test
  void aDayAndMonthAfterADashAreNoShortRangeOfYears() {
    // a web archive's captures: "2012 - 28" would be the years 2012 to 2028
    assertThat(values("44 captures 27 Dec 2012 - 28 Feb 2022", (String) null))
        .containsExactly("27 Dec 2012=2012-12-27", "28 Feb 2022=2022-02-28");
    assertThat(values("The survey ran 1998 – 12 March 1999.", (String) null))
        .containsExactly("1998=1998", "12 March 1999=1999-03-12");
    assertThat(values("He served 1955-74 on the board.", (String) null)).containsExactly("1955=1955", "74=1974");
  }

  @Test
  void aMonthWithItsDayIsThatDayWhateverWordComesBefore() {
    assertThat(values("The album is coming April 28.", "2016-03-01")).containsExactly("April 28=2016-04-28");
    assertThat(values("The album came out last April.", "2016-03-01")).containsExactly("last April=2015-04");
  }

  @Test
  void theFollowingOrPreviousSeasonCountsFromTheDateSpokenOf() {
    assertThat(values("The troops left in March 1942. The following spring they returned.", "2013-03-14"))
        .containsExactly("March 1942=1942-03", "The following spring=1943-SP");
    assertThat(values("The troops left in March 1942. They returned the next winter.", "2013-03-14"))
        .containsExactly("March 1942=1942-03", "the next winter=1942-WI");
    assertThat(values("They left in the autumn of 1942. The previous summer had been dry.", "2013-03-14"))
        .containsExactly("the autumn of 1942=1942-FA", "The previous summer=1941-SU");
    assertThat(values("They left in July 1942. The previous spring had been dry.", "2013-03-14"))
        .containsExactly("July 1942=1942-07", "The previous spring=1942-SP");
    // "next summer" alone is told from the document date; "the previous fall in prices" is a drop
    assertThat(values("We will open next summer.", "2013-03-14")).containsExactly("next summer=2014-SU");
    assertThat(values("The previous fall in prices was smaller.", "2013-03-14")).isEmpty();
  }

  @Test
  void thePartOfADecadeOrCenturyIsThatOfTheOneSpokenOf() {
    assertThat(values("By the end of the decade, output will double.", "2013-03-14"))
        .containsExactly("the end of the decade=201X");
    assertThat(only("At the start of the century, output fell.", "2013-03-14").modifier()).isEqualTo("START");
    assertThat(values("In 1985 the firm grew; by the end of the decade it was gone.", "2013-03-14"))
        .containsExactly("1985=1985", "the end of the decade=198X");
  }

  @Test
  void twoCenturiesNamedWithOneWordAreBothCenturies() {
    assertThat(values("It was built between the 12th and 14th centuries.", (String) null))
        .containsExactly("the 12th=11XX", "14th centuries=13XX");
    assertThat(values("From the twelfth to the fourteenth century, it grew.", (String) null))
        .containsExactly("the twelfth=11XX", "the fourteenth century=13XX");
    assertThat(values("The 5th and 4th centuries BC saw wars.", (String) null))
        .containsExactly("The 5th=BC04", "4th centuries BC=BC03");
    assertThat(tag("The 2nd and 3rd floors were closed.", (String) null)).isEmpty();
    // a day of the month would be read after "from": never with centuries after it
    assertThat(values("It has been dated from the 6th to 8th centuries.", "2020-05-05"))
        .containsExactly("the 6th=05XX", "8th centuries=07XX");
    assertThat(values("It ran from the 4th to the 20th century.", "2020-05-05"))
        .containsExactly("the 4th=03XX", "the 20th century=19XX");
  }

  @Test
  void aNumberCountingThingsIsNoYear() {
    assertThat(tag("The sample contained 2000 cells; nearly 1900 farmers signed.", (String) null)).isEmpty();
    assertThat(values("The 2000 elections were close. In 2000 elections were held.", (String) null))
        .containsExactly("2000=2000", "2000=2000");
    assertThat(values("Ford had 1998 sales of 3 million cars; all 1998 models were recalled.", (String) null))
        .containsExactly("1998=1998", "1998=1998");
    // a year before a hyphened amount or a plural of a scale stays a year
    assertThat(values("The 2019 billion-dollar bailout passed. In 2019 millions of people voted.", (String) null))
        .containsExactly("2019=2019", "2019=2019");
  }

  @Test
  void aSeasonAcrossTheTurnOfTheYearIsOneSeason() {
    assertThat(values("In the winter of 1941–42, the siege tightened.", (String) null))
        .containsExactly("the winter of 1941–42=1941-WI");
    assertThat(values("During the winter of 2010/11 snow fell.", (String) null))
        .containsExactly("the winter of 2010/11=2010-WI");
    assertThat(values("From 1941–42 the siege lasted.", (String) null)).containsExactly("1941=1941", "42=1942");
  }
}
