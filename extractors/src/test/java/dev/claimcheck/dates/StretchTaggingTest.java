package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.only;
import static dev.claimcheck.dates.Tagging.tag;
import static dev.claimcheck.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import org.junit.jupiter.api.Test;

/**
 * Stretches of time, steps from a date and repetitions: their counts in figures and in words,
 * halves, units written short, stretches of unstated length, and ages and rates that are none.
 */
class StretchTaggingTest {
  @Test
  void countsInHundredsAndThousandsOfWords() {
    assertThat(values("Two hundred years ago it was a village; it lasted a hundred and fifty years.", "2020-01-01"))
        .containsExactly("Two hundred years ago=1820", "a hundred and fifty years=P150Y");
    assertThat(values("They kept it for more than two thousand years, not 5,000 years.", (String) null))
        .extracting(v -> v.substring(v.indexOf('=') + 1)).containsExactly("P2L", "P5L");
  }

  @Test
  void aStepInTheFutureAfterInIsTheDateItLandsOn() {
    assertThat(values("The stock would be redeemed in five years; the vote will be held in two weeks.", "1989-11-02"))
        .containsExactly("five years=1994", "two weeks=1989-W46");
    assertThat(values("He will return in three days, and we will meet again in 20 years' time.", "2013-03-20"))
        .containsExactly("three days=2013-03-23", "20 years=2033");
    // a future seen from the past counts from the date the paragraph speaks of
    assertThat(values("In 1990 he said he would retire in five years.", "2020-06-01"))
        .containsExactly("1990=1990", "five years=1995");
    assertThat(values("The company said Monday it would close the plant in two years.", "2020-06-03"))
        .containsExactly("Monday=2020-06-01", "two years=2022");
    // told in the past, or a stretch named whole, it stays a stretch
    assertThat(values("It was built in two years; it will take in two years of revenue.", "2013-03-20"))
        .containsExactly("two years=P2Y", "two years=P2Y");
    // with no date to count from, or none to the day for hours, the stretch
    assertThat(values("The train will arrive in two hours.", (String) null)).containsExactly("two hours=PT2H");
    assertThat(values("The train will arrive in two hours.", "2019-05")).containsExactly("two hours=PT2H");
    assertThat(values("In 1990 he left the city, and three hours later he returned.", "2020-01-01"))
        .containsExactly("1990=1990", "three hours=PT3H");
  }

  @Test
  void oneDayAfterAModalIsADayToComeNotAStretch() {
    assertThat(values("Islam will one day be the largest; he hopes to one day follow her.", "2013-03-20"))
        .containsExactly("one day=FUTURE_REF", "one day=FUTURE_REF");
    assertThat(values("The strike lasted one day; it will take one day; storage of up to one day.", "2013-03-20"))
        .containsExactly("one day=P1D", "one day=P1D", "up to one day=P1D");
  }

  @Test
  void countsInMillionsAndInThousandsOfHundredsReachBeyondTheCalendar() {
    assertThat(values("Dinosaurs died out 65 million years ago; the rocks formed over 4.5 billion years.", "2020-01-01"))
        .containsExactly("65 million years ago=PAST_REF", "4.5 billion years=P4500000L");
    assertThat(values("Humans came a hundred thousand years ago and stayed two hundred and ninety-nine thousand years.",
        "2020-01-01"))
        .containsExactly("a hundred thousand years ago=PAST_REF", "two hundred and ninety-nine thousand years=P299L");
    assertThat(values("For millions of years the sea covered it; a million years from now it may again.", "2020-01-01"))
        .containsExactly("millions of years=PXY", "a million years from now=FUTURE_REF");
  }

  @Test
  void aPaperCalledADailyIsNoSet() {
    assertThat(values("The Star was the only major daily to do so, and a weekly followed.", (String) null)).isEmpty();
    assertThat(values("It appears weekly, on a daily basis, and the paper appears weekly.", (String) null))
        .containsExactly("weekly=P1W", "daily=P1D", "weekly=P1W");
    // a paper's name, even where it opens the text or a line; "Daily, ..." and "Annually ..." stay sets
    assertThat(values("Daily Mail reporters were there.", (String) null)).isEmpty();
    assertThat(values("Daily, the ferry sails.", (String) null)).containsExactly("Daily=P1D");
    assertThat(values("Annually Americans spend more.", (String) null)).containsExactly("Annually=P1Y");
  }

  @Test
  void stepsAgoWithTheirUnitAbbreviated() {
    assertThat(values("Rolling Stone, 36 mins ago; Sky News, 4 hrs ago; two yrs ago it began.", "2020-06-01"))
        .containsExactly("36 mins ago=2020-06-01", "4 hrs ago=2020-06-01", "two yrs ago=2018");
  }

  @Test
  void aboutBeforeTheIsAPrepositionNotAModifier() {
    assertThat(tag("He spoke about the three-year Royal Commission for at least the past 18 months.", (String) null))
        .extracting(TemporalExpression::text, TemporalExpression::modifier)
        .containsExactly(tuple("three-year", null), tuple("at least the past 18 months", "EQUAL_OR_MORE"));
  }

  @Test
  void twoDurationsJoinOnlyAsOneValidDuration() {
    assertThat(values("It took two years and six months, then 1500 years and 3 decades.", (String) null))
        .containsExactly("two years and six months=P2Y6M", "1500 years=P1500Y", "3 decades=P30Y");
  }

  @Test
  void nightsAndHalvesAreCountedStepsAndEveryWeekendIsASet() {
    assertThat(values("Frost came back three nights ago.", "2021-04-03"))
        .containsExactly("three nights ago=2021-03-31");
    assertThat(values("The canal came in 1794, and the railway followed half a century later.", "2024-01-15"))
        .containsExactly("1794=1794", "half a century later=1844");
    assertThat(values("Half an hour later, applause greeted them.", "2021-04-03"))
        .containsExactly("Half an hour=PT30M");
    assertThat(values("We go hiking every weekend.", "2021-04-03")).containsExactly("every weekend=XXXX-WXX-WE");
    // an adverb before "ever since" is no adjective before its noun
    assertThat(values("The clock has been wound weekly ever since.", "2021-04-03")).containsExactly("weekly=P1W");
  }

  @Test
  void aBarePluralUnitAfterAVerbOfSpendingTimeIsAStretch() {
    assertThat(values("Scientists have waited decades; he spent years in Africa; it took months.", "2021-04-03"))
        .containsExactly("decades=PXDE", "years=PXY", "months=PXM");
  }

  @Test
  void aStepWithAHalfIsCountedInTheFinerUnit() {
    assertThat(values("But a minute and a half later, a pilot called.", "1998-01-14"))
        .containsExactly("a minute and a half=PT1M30S");
    assertThat(values("He left two and a half years ago.", "1998-01-14")).containsExactly("two and a half years ago=1995");
    assertThat(values("It opened a decade and a half ago.", "1998-01-14"))
        .containsExactly("a decade and a half ago=1983");
  }

  @Test
  void durationsAndSetsKeepTheirCounts() {
    assertThat(only("It lasted about three years in all.", null).modifier()).isEqualTo("APPROX");
    assertThat(only("It grew over the past two decades steadily.", null).value()).isEqualTo("P20Y");
    assertThat(only("The survey runs every two years by post.", null).value()).isEqualTo("P2Y");
    assertThat(only("Members meet twice a month at the hall.", null).type()).isEqualTo(TimexType.SET);
    assertThat(values("The bond pays 5% per annum.", (String) null)).containsExactly("per annum=P1Y");
  }

  @Test
  void halvesAndQuartersAreCounted() {
    assertThat(values("They lived in camps for 2 1/2 years, then a year and a half in town.", "1998-02-27"))
        .containsExactly("2 1/2 years=P2Y6M", "a year and a half=P1Y6M");
    assertThat(values("It took a minute and a half, not half an hour.", "1998-02-27"))
        .containsExactly("a minute and a half=PT1M30S", "half an hour=PT30M");
    assertThat(values("Losses in the past two quarters hurt earnings for the last half of 1989.", "1989-10-27"))
        .containsExactly("the past two quarters=P2Q", "the last half of 1989=1989-H2");
    assertThat(values("Demand stays weak through the first two quarters of 1990 and the last two quarters of this year.",
        "1989-10-26")).containsExactly("the first two quarters of 1990=1990-H1", "the last two quarters of this year=1989-H2");
    assertThat(tag("Three quarters of the vote, in a quarter that a four-quarter test missed.", "1989-10-27")).isEmpty();
    // "month" is no Monday; a month repeats; "may" is no month
    assertThat(values("They march each July, paid every month, and each may choose.", "1989-10-27"))
        .containsExactly("each July=XXXX-07", "every month=P1M");
    assertThat(values("In January last year and in June this year it grew.", "1998-02-19"))
        .containsExactly("January last year=1997-01", "June this year=1998-06");
  }

  @Test
  void agesAndAdjectivesNameNoTime() {
    assertThat(tag("The chairman, 52 years old, runs a 136-year-old firm.", "1989-11-02")).isEmpty();
    assertThat(tag("It enrolled men aged 22 to 57 years and women aged 18-65 years.", "1989-11-02")).isEmpty();
    assertThat(tag("Pusuke died aged 26 years and 9 months; puppies die before 7 weeks of age.", "1989-11-02"))
        .isEmpty();
    assertThat(tag("Maturity begins around age six to twelve months.", "1989-11-02")).isEmpty();
    assertThat(tag("Canadians 12 years and older were asked; people 65 years or over travel free.", "1989-11-02"))
        .isEmpty();
    assertThat(values("He worked there 12 years and over that time grew rich.", "1989-11-02"))
        .containsExactly("12 years=P12Y");
    assertThat(values("The cheese is aged for 10 years.", "1989-11-02")).containsExactly("10 years=P10Y");
    assertThat(tag("Magna cut its quarterly dividend and average daily volume fell.", "1989-11-02")).isEmpty();
    assertThat(values("Dividends are paid quarterly to holders.", "1989-11-02")).containsExactly("quarterly=P3M");
  }

  @Test
  void aStepBackBeyondTheEraIsPastWithNoDocumentDate() {
    // no document date: 12,000 years before any year a text is written in is before the era
    assertThat(values("Dogs were tamed roughly 12,000 years ago, and the breed arose 40 years ago.", (String) null))
        .containsExactly("roughly 12,000 years ago=PAST_REF", "40 years ago=null");
  }

  @Test
  void uncountedStepsAndStretchesReachingNow() {
    // "weeks ago" has no count: TimeML writes the stretch back from now, not a past date
    assertThat(values("Talks failed weeks ago; the town was built centuries ago.", "1998-02-13"))
        .containsExactly("weeks ago=PXW", "centuries ago=PXCE");
    assertThat(values("Talks failed two weeks ago.", "1998-02-13")).containsExactly("two weeks ago=1998-W05");
    // so are uncounted steps on or back, the stretch their word relates
    assertThat(values("The bomb went off Monday; hours later police came, and weeks earlier it was warned of.",
        "1998-02-13")).containsExactly("Monday=1998-02-09", "hours=PTXH", "weeks=PXW");
    assertThat(values("It ran three hours later than planned.", "1998-02-13")).containsExactly("three hours=PT3H");
    // a step back lands on the day, month or week named after it
    assertThat(values("A year ago today the plant closed; ten years ago this month the war began.", "2013-03-14"))
        .containsExactly("A year ago today=2012-03-14", "ten years ago this month=2003-03");
    // "a couple" without "of" counts two, as it does with it
    assertThat(values("It took a couple weeks; a couple years ago it took a couple of days.", "1998-02-13"))
        .containsExactly("a couple weeks=P2W", "a couple years ago=1996", "a couple of days=P2D");
    // "the past weeks" is a stretch of unstated length up to now; "the last days of" a stretch of something else
    assertThat(values("Prices rose over the past weeks and over the last months.", "1998-02-13"))
        .containsExactly("the past weeks=PXW", "the last months=PXM");
    assertThat(values("In the last days of the empire, riots spread.", "1998-02-13")).isEmpty();
  }

  @Test
  void thePastOrTheFutureBeforeItsNounQualifiesIt() {
    // "the past three summers", "the past president": an adjective, not a time before now
    assertThat(values("Marches led to riots for the past three summers; the past president spoke.", "1998-03-22"))
        .isEmpty();
    assertThat(values("He has missed the past 25 games.", "2018-11-05")).isEmpty();
    // a noun before a verb keeps its time: "had in the past promised", "the past designed to"
    assertThat(values("He had in the past promised it. In the past, prices rose.", "1998-03-22"))
        .containsExactly("the past=PAST_REF", "the past=PAST_REF");
    assertThat(values("Versions of the past designed to please spread.", "1998-03-22"))
        .containsExactly("the past=PAST_REF");
    // "the future king", "the future home base"; not "what the future holds", "the future of",
    // "in the future subject to"
    assertThat(values("The future king spoke; the future home base opens.", "2013-03-22")).isEmpty();
    assertThat(values("Say what the future holds. The future of jobs is bleak. Members may join in the future "
        + "subject to approval.", "2013-03-22"))
        .containsExactly("the future=FUTURE_REF", "The future=FUTURE_REF", "the future=FUTURE_REF");
    // "in the present study" qualifies its noun
    assertThat(values("In the present paper we show it.", "2013-03-22")).isEmpty();
  }

  @Test
  void aStepOfAVagueCountIsItsStretch() {
    // no day to land on: "A few days later" after a dated sentence, "in a few minutes" to come
    assertThat(values("The dam failed on June 1. A few days later, the town flooded.", "2019-06-20"))
        .containsExactly("June 1=2019-06-01", "A few days=PXD");
    assertThat(values("The answer is coming up in a few minutes.", "1998-01-21"))
        .containsExactly("a few minutes=PTXM");
    assertThat(values("The dam failed on June 1. Three days later, the town flooded.", "2019-06-20"))
        .containsExactly("June 1=2019-06-01", "Three days later=2019-06-04");
  }

  @Test
  void aStretchAfterAWordOfHowLittleIsADuration() {
    assertThat(values("Farmers have barely a month to clear their fields.", "2019-11-01"))
        .containsExactly("a month=P1M");
    assertThat(values("They had merely a week to leave.", "2019-11-01")).containsExactly("a week=P1W");
  }

  @Test
  void aYearOrAVagueCountBeforeAUnitInTheSingularIsNoStretch() {
    assertThat(values("Fans cheered the 1966 second album of the band.", "2016-03-01")).containsExactly("1966=1966");
    assertThat(values("It closed at the end of the 2017 calendar year.", "2016-03-01"))
        .containsExactly("2017=2017");
    assertThat(values("For many second homebuyers here, prices rose.", "2016-03-01")).isEmpty();
    assertThat(values("It followed a several-year tenure and lasted 20 second.", "2016-03-01"))
        .containsExactly("several-year=PXY", "20 second=PT20S");
  }
}
