package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Months and years named without their number, placed by the words around them. */
class MonthTaggingTest {
  @Test
  void aMonthThisPastIsTheLastOneAndAMonthToComeTheNext() {
    assertThat(values("This past January it fell, and it fell again this past June.", "1998-06-15"))
        .containsExactly("This past January=1998-01", "this past June=1997-06");
    assertThat(values("Come September, it ends; the election come November decides it.", "1998-06-15"))
        .containsExactly("Come September=1998-09", "come November=1998-11");
    // told in the past, the month after the time the text speaks of
    assertThat(values("In May 1944 the unit moved; come September, it had reached Paris.", "2020-06-15"))
        .containsExactly("May 1944=1944-05", "come September=1944-09");
    assertThat(values("This coming July it ends, as it did last June.", "1998-06-15"))
        .containsExactly("This coming July=1998-07", "last June=1997-06");
    // the month just gone is "last month": "last February" told in March is the year before's
    assertThat(values("Two helicopters crashed last February; last January was calm; this past February too.",
        "1998-03-01")).containsExactly("last February=1997-02", "last January=1998-01", "this past February=1998-02");
    assertThat(values("She fought last December.", "1999-01-20")).containsExactly("last December=1997-12");
  }

  @Test
  void aMonthToldAsAHabitIsEveryYears() {
    assertThat(values("The fair is usually held in May.", "1998-06-15")).containsExactly("May=XXXX-05");
    assertThat(values("The firm said sales usually peak in December.", "1998-06-15")).containsExactly("December=XXXX-12");
    // a clause of another tense beside the habit keeps its month
    assertThat(values("He currently works in Boston, but in March he moved.", "1998-06-15"))
        .containsExactly("currently=PRESENT_REF", "March=1998-03");
  }

  @Test
  void aNextYearOrMonthSeenFromAYearTheSentenceWroteCountsFromIt() {
    assertThat(values("In 1990 he said he would retire next year.", "2020-06-01"))
        .containsExactly("1990=1990", "next year=1991");
    assertThat(values("In March 2001 he said the plant would close next month.", "2020-06-01"))
        .containsExactly("March 2001=2001-03", "next month=2001-04");
    // a date told from the document's is no such year: the future stays the document's
    assertThat(values("Profit is up from last year, which would mean a higher dividend this year.", "1989-10-27"))
        .containsExactly("last year=1988", "this year=1989");
    assertThat(values("He said Monday he would retire next year.", "2020-06-03"))
        .containsExactly("Monday=2020-06-01", "next year=2021");
    // a year of an aside is no time the sentence is told from
    assertThat(values("The company, founded in 1990, said it would cut 500 jobs next year.", "2013-03-20"))
        .containsExactly("1990=1990", "next year=2014");
    assertThat(values("He announced in March 2001 that the plant would close next month.", "2020-06-01"))
        .containsExactly("March 2001=2001-03", "next month=2001-04");
    assertThat(values("The company, founded in October 1990, said it would cut jobs in January.", "2013-03-20"))
        .containsExactly("October 1990=1990-10", "January=2014-01");
    assertThat(values("In October 2012, the firm said it would cut jobs in January.", "2013-03-20"))
        .containsExactly("October 2012=2012-10", "January=2013-01");
    // seasons too
    assertThat(values("In 1995 the band said it would tour in the spring and record next spring.", "2020-06-01"))
        .containsExactly("1995=1995", "the spring=1995-SP", "next spring=1996-SP");
  }

  @Test
  void aPartOfTheYearToldInTheFutureIsNoneOfAYearGoneBy() {
    // an aside's year is behind the document date: what is to come falls in the document's year
    assertThat(values("The company, founded in 2005, expects to hire 300 people by the end of the year.",
        "2013-03-21")).containsExactly("2005=2005", "the end of the year=2013");
    assertThat(values("The plan, floated in 2011, will take effect in the second half of the year.", "2013-03-21"))
        .containsExactly("2011=2011", "the second half of the year=2013-H2");
    // told in the past, or seen from a year that frames the sentence, it is that year's
    assertThat(values("The company was founded in 2005, and by the end of the year it had 300 staff.",
        "2013-03-21")).containsExactly("2005=2005", "the end of the year=2005");
    assertThat(values("In 2005, the company said it would hire 300 people by the end of the year.", "2013-03-21"))
        .containsExactly("2005=2005", "the end of the year=2005");
    assertThat(values("In 2005, the company expected to finish by the spring.", "2013-03-21"))
        .containsExactly("2005=2005", "the spring=2005-SP");
  }

  @Test
  void aDayFixedInThePastForWhatIsToComeIsAhead() {
    assertThat(values("Sentencing was set for Jan. 15.", "1998-10-14")).containsExactly("Jan. 15=1999-01-15");
    assertThat(values("Sentencing was on Jan. 15.", "1998-10-14")).containsExactly("Jan. 15=1998-01-15");
  }

  @Test
  void somethingDueInAMonthIsStillToComeUnlessWhatFollowsIsPast() {
    assertThat(values("The band has a new album due in October; payments due in October were not made.",
        "2009-02-27")).containsExactly("October=2009-10", "October=2008-10");
  }

  @Test
  void anAimToldInThePresentIsStillToCome() {
    assertThat(values("The firm hopes to complete the sale in January.", "1998-10-14"))
        .containsExactly("January=1999-01");
    assertThat(values("The agency intends to publish the rules in March; it published some in January.", "1998-10-14"))
        .containsExactly("March=1999-03", "January=1998-01");
  }

  @Test
  void aVerbOfArrangementBeforeOfIsANounAndArrangesNothing() {
    // "return of York" is a noun's: no timetable's present, no coming September
    assertThat(values("Riots spread, prompting the celebrated return of York to the mainland in September.",
        "2017-11-27")).containsExactly("September=2017-09");
    assertThat(values("The king returns to the mainland in September.", "2017-11-27"))
        .containsExactly("September=2018-09");
  }

  @Test
  void inATextThatNamesSomeoneMayOfAndByMayAreThePerson() {
    DateContext context = DateContext.of("2019-07-23", "en-GB");
    assertThat(values("The deal was supported by May and a critic of May's plan.", context))
        .containsExactly("May=2019-05", "May=2019-05");
    assertThat(values("She was a critic of Theresa May's audit.", context)).isEmpty();
    assertThat(values("It was supported by May and a critic of May's plan, but in May it failed.", context))
        .containsExactly("May=2019-05");
  }

  @Test
  void aStretchSinceThePartOfAYearThatReachesNowIsOfTheDocumentsYear() {
    DateContext context = DateContext.of("2013-03-22", "en-US");
    values("It lost money in 2012.", context);
    assertThat(values("Its shares have fallen 30% since the start of the year.", context))
        .containsExactly("the start of the year=2013");
    // told in the past, the year the text spoke of
    DateContext past = DateContext.of("2013-03-22", "en-US");
    values("It lost money in 2012.", past);
    assertThat(values("Its shares had fallen since the start of the year.", past))
        .containsExactly("the start of the year=2012");
  }
}
