package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quarters placed by the day they are said to end on, and the year before a report's stretch of months. */
class QuarterTaggingTest {
  @Test
  void twoQuartersNamedOnceAreEachOfTheYearOrOfEveryYear() {
    assertThat(values("Profits fell in the first and second quarters, and rose in the second and third quarters "
        + "of 1988.", "1989-10-26")).containsExactly("the first=1989-Q1", "second quarters=1989-Q2",
            "the second=1988-Q2", "third quarters of 1988=1988-Q3");
    // told as a habit, even after a reporting verb in the past: every year's
    assertThat(values("The company said its auction business is usually conducted in the second and fourth quarters.",
        "1989-10-26")).containsExactly("the second=XXXX-Q2", "fourth quarters=XXXX-Q4");
    assertThat(values("Sales usually peak in the fourth quarter.", "1989-10-26"))
        .containsExactly("the fourth quarter=XXXX-Q4");
  }

  @Test
  void aGamesQuarterIsNoYears() {
    assertThat(values("The Bears led 14-7 at halftime and added a field goal in the third quarter.", "2020-01-12"))
        .isEmpty();
    assertThat(values("Profits rose in the third quarter, and the fourth quarter of 2019 was flat.", "2020-01-12"))
        .containsExactly("the third quarter=2019-Q3", "the fourth quarter of 2019=2019-Q4");
    // a quarter of something other than a year is no year's
    assertThat(values("The first quarter of the century saw growth, and the first quarter of the fiscal year too.",
        "2013-03-14")).containsExactly("the first quarter of the fiscal year=2013-Q1");
  }

  @Test
  void aQuarterNotNamedIsTheThreeMonthsToTheDayItEnded() {
    // May to July lies mostly in the second quarter; November to January in the fourth of the year before
    assertThat(values("In the quarter ended July 31, sales fell.", "1989-10-30"))
        .containsExactly("the quarter=1989-Q2", "July 31=1989-07-31");
    assertThat(values("In the quarter ended Jan. 31, 2013, sales fell.", "2013-04-25"))
        .containsExactly("the quarter=2012-Q4", "Jan. 31, 2013=2013-01-31");
    // ending: the next such day; ended: the last one
    assertThat(values("For the quarter ending June 30 it expects a loss.", "2013-04-25"))
        .containsExactly("the quarter=2013-Q2", "June 30=2013-06-30");
    assertThat(values("The latest quarter ended Nov. 30 was weak.", "2013-04-25"))
        .containsExactly("The latest quarter=2012-Q4", "Nov. 30=2012-11-30");
  }

  @Test
  void aYearBackFromStretchOfMonthsIsAYearNotTheQuarter() {
    // in a report by quarters, a year back is the same quarter a year before ...
    assertThat(values("Net rose in the third quarter. Sales were flat, against $2 million a year earlier.",
        "1989-10-26")).containsExactly("the third quarter=1989-Q3", "a year earlier=1988-Q3");
    // ... but from the nine months or the first half, the year
    assertThat(values("Net rose in the third quarter. In the latest nine months, sales were 45% of the total, "
        + "compared with 40% a year earlier and year-earlier profit of $2 million.", "1989-10-26"))
        .containsExactly("the third quarter=1989-Q3", "the latest nine months=P9M", "a year earlier=1988",
            "year-earlier=1988");
  }

  @Test
  void aQuarterNamedKeepsItsNumberInTheYearOfTheDayItEnded() {
    // told in late October 1989, the last October 31 was 1988's: a company's own second quarter
    assertThat(values("The second quarter ended Oct. 31, Service Corp. had a loss. Results for that quarter "
        + "included a charge.", "1989-10-27"))
        .containsExactly("The second quarter=1988-Q2", "Oct. 31=1988-10-31", "that quarter=1988-Q2");
    // over once its last day is, though the calendar's fourth quarter is not: "a year earlier" is a year before it
    assertThat(values("Net fell in the fourth quarter ended Aug. 26. A year earlier it earned more.", "1989-11-01"))
        .containsExactly("the fourth quarter=1989-Q4", "Aug. 26=1989-08-26", "A year earlier=1988-Q4");
  }

  @Test
  void anEarlierQuarterNamedInPassingLeavesTheReportsQuarter() {
    // a report of the third quarter that looks back at the second: "the year-earlier period" is still the third's
    assertThat(values("Net rose in the third quarter. After a flat second quarter, sales grew. The comparison was "
        + "helped by charges in the year-earlier period.", "1989-11-01"))
        .containsExactly("the third quarter=1989-Q3", "second quarter=1989-Q2", "the year-earlier period=1988-Q3");
    // "that quarter" points back to the one named last
    assertThat(values("Net rose in the third quarter. It had lost money in the second quarter, and results for "
        + "that quarter included a charge.", "1989-11-01"))
        .containsExactly("the third quarter=1989-Q3", "the second quarter=1989-Q2", "that quarter=1989-Q2");
  }

  @Test
  void theSamePeriodBesideAStretchOfMonthsIsItsYear() {
    // "the first seven months" are no quarter: the same period a year before is that year's
    assertThat(values("Exports rose 8.7 percent in the first seven months of this year, compared with the same "
        + "period of last year.", "1998-08-12"))
        .containsExactly("the first seven months=P7M", "this year=1998", "the same period of last year=1997");
    // beside a quarter it stays the quarter
    assertThat(values("Net rose in the third quarter, compared with the same period of last year.", "1989-10-26"))
        .containsExactly("the third quarter=1989-Q3", "the same period of last year=1988-Q3");
  }

  @Test
  void aYearBeforeAMonthTheSentenceNamesIsThatMonths() {
    // a report by quarters: a year back from a month of the same sentence is that month's
    DateContext report = DateContext.of("2013-03-22", "en-US");
    assertThat(values("The bank reported a 12% rise in fourth-quarter profit.", report))
        .containsExactly("fourth-quarter=2012-Q4");
    assertThat(values("Unemployment stood at 7.9% in February, down from 8.1% a year earlier.", report))
        .containsExactly("February=2013-02", "a year earlier=2012-02");
    // the next sentence names no month: the quarter again
    assertThat(values("Costs fell from a year earlier.", report)).containsExactly("a year earlier=2011-Q4");
    // months counted are a stretch, not a month: its year
    DateContext nineMonths = DateContext.of("1989-10-26", "en-US");
    assertThat(values("Net rose in the third quarter.", nineMonths)).containsExactly("the third quarter=1989-Q3");
    assertThat(values("In the nine months through September, net rose from a year earlier.", nineMonths))
        .containsExactly("the nine months=P9M", "September=1989-09", "a year earlier=1988");
  }

  @Test
  void theFinalQuarterOfAYearIsItsFourth() {
    assertThat(values("The economy shrank in the final quarter of last year.", "2013-03-22"))
        .containsExactly("the final quarter of last year=2012-Q4");
    assertThat(values("Profit will rise in the last quarter of this year.", "2013-03-22"))
        .containsExactly("the last quarter of this year=2013-Q4");
    // with no year after it, a game's last quarter or the one before: no quarter of a year
    assertThat(values("He scored twice in the final quarter.", "2013-03-22")).isEmpty();
  }

  @Test
  void theSamePeriodLastYearIsTheStretchOrMonthTheSentenceSpokeOf() {
    // two months are no quarter: their year before, whatever quarter last ended before the document date
    assertThat(values("Trade reached 32.4 billion dollars in the first two months of this year, up 12 percent over "
        + "the same period last year.", "1998-03-10"))
        .containsExactly("the first two months=P2M", "this year=1998", "the same period last year=1997");
    // a month the sentence named: that month a year before
    assertThat(values("Exports in February rose 8 percent over the same period last year.", "1998-03-10"))
        .containsExactly("February=1998-02", "the same period last year=1997-02");
  }

  @Test
  void theSameQuarterIsTheOneNamedLastAndOfAYearAfterItThatYears() {
    assertThat(values("Investment dropped in the first quarter from the same quarter of 1997.", "1998-06-05"))
        .containsExactly("the first quarter=1998-Q1", "the same quarter of 1997=1997-Q1");
    assertThat(values("Net rose in the first quarter, up from the same quarter last year.", "1998-06-05"))
        .containsExactly("the first quarter=1998-Q1", "the same quarter last year=1997-Q1");
    DateContext report = DateContext.of("1998-06-05", "en-US");
    values("Net rose in the first quarter.", report);
    assertThat(values("Costs rose in the same quarter.", report)).containsExactly("the same quarter=1998-Q1");
  }

  @Test
  void aQuarterNamedByTheMonthItEndsInIsThatCalendarQuarter() {
    assertThat(values("Sales in the December quarter were flat, up from a year earlier.", "2013-03-21"))
        .containsExactly("the December quarter=2012-Q4", "a year earlier=2011-Q4");
    assertThat(values("The company will report June-quarter results.", "2013-03-21"))
        .containsExactly("June-quarter=2013-Q2");
    // the three months to January are mostly the fourth quarter of the year before
    assertThat(values("The January quarter was weak.", "2013-03-21")).containsExactly("The January quarter=2012-Q4");
    assertThat(values("Sales in the March quarter of 2011 rose.", "2013-03-21"))
        .containsExactly("the March quarter of 2011=2011-Q1");
  }
}
