package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.tag;
import static dev.claimcheck.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Expressions read with the ones beside them: a year or a day written beside one told from the
 * one spoken of, a part of a year joined to its year, a list's months, a time and its day.
 */
class NeighbourTaggingTest {
  @Test
  void theMonthsAndDaysOfAListTakeTheYearWrittenAtItsEnd() {
    assertThat(values("It grew in February and March 2015, and in May, June and September 1998.", "2020-03-01"))
        .containsExactly("February=2015-02", "March 2015=2015-03", "May=1998-05", "June=1998-06",
            "September 1998=1998-09");
    assertThat(values("They met on June 3 and July 5, 2001 and at Chitose between August 24 and September 2, 1957.",
        (String) null)).containsExactly("June 3=2001-06-03", "July 5, 2001=2001-07-05", "August 24=1957-08-24",
            "September 2, 1957=1957-09-02");
    assertThat(values("A new tail marking, applied in April/May 1978, was kept.", "2018-09-03"))
        .containsExactly("April=1978-04", "May 1978=1978-05");
    // a guessed year after a written one in the list takes it
    assertThat(values("It rose in May 2019 and June, and fell on 3 March 2015 and 5 April.", "2020-06-15"))
        .containsExactly("May 2019=2019-05", "June=2019-06", "3 March 2015=2015-03-03", "5 April=2015-04-05");
    // a list going back across the turn of a year keeps its guess
    assertThat(values("It fell in December and January 2015.", (String) null))
        .containsExactly("December=XXXX-12", "January 2015=2015-01");
  }

  @Test
  void aTimeTakesItsDayWhenNeitherHasAYear() {
    assertThat(values("FA Cup: Friday 23 August @ 7:45 pm.", (String) null))
        .containsExactly("Friday 23 August=XXXX-08-23", "7:45 pm=XXXX-08-23T19:45");
    assertThat(values("The concerts take place at 8 p.m. Friday, August 14, and at noon on August 15.",
        (String) null)).containsExactly("8 p.m. Friday, August 14=XXXX-08-14T20:00", "noon=XXXX-08-15T12:00",
            "August 15=XXXX-08-15");
  }

  @Test
  void aDateThatMovesTheStoryOnIsWhatTheNextSentenceCountsFrom() {
    DateContext story = DateContext.of("2020-05-01", "en-US");
    tag("In March 1962 he joined the band.", story);
    assertThat(values("The following year, he moved to Paris.", story)).containsExactly("The following year=1963");
    assertThat(values("Two years later, he married.", story)).containsExactly("Two years later=1965");
    assertThat(values("Later that year, a son was born.", story)).containsExactly("that year=1965");
    // a step back compares and moves nothing
    DateContext report = DateContext.of("2020-05-01", "en-US");
    tag("In March 1962 it sold 300 cars.", report);
    assertThat(values("It had sold 200 a year earlier.", report)).containsExactly("a year earlier=1961-03");
    assertThat(values("Two years later, it closed.", report)).containsExactly("Two years later=1964-03");
  }

  @Test
  void aMonthOrSeasonOfTheFollowingYearIsOneExpressionInThatYear() {
    assertThat(values("It came in November 1989, was ready by March the following year and left in the spring of "
        + "the following year; it was ordered in May the previous year.", (String) null))
        .containsExactly("November 1989=1989-11", "March the following year=1990-03",
            "the spring of the following year=1990-SP", "May the previous year=1988-05");
    assertThat(values("The club was founded in 1902. In November of that year the city agreed, and on "
        + "December 1 that year it opened.", (String) null))
        .containsExactly("1902=1902", "November of that year=1902-11", "December 1 that year=1902-12-01");
  }

  @Test
  void aTimeBesideARangeOfDaysIsOfNoOneDayOfIt() {
    assertThat(values("Opening hours: 09:00 - 17:00, Monday to Friday.", "2013-03-22"))
        .containsExactly("09:00=2013-03-22T09:00", "17:00=2013-03-22T17:00", "Monday=2013-03-18",
            "Friday=2013-03-22");
    assertThat(values("The office opened at 9 a.m., Monday.", "2013-03-22"))
        .containsExactly("9 a.m., Monday=2013-03-18T09:00");
  }

  @Test
  void aDayOfThatYearIsOfTheYearSpokenOfWhateverTheDocumentDate() {
    DateContext context = DateContext.of("2018-06-25", "en-US");
    tag("The unit was formed on March 8, 1962.", context);
    assertThat(tag("It was not until September 17 that year that it flew; in November of that year it moved.", context)
        .stream().map(e -> e.text() + "=" + e.value()).toList())
        .containsExactly("September 17 that year=1962-09-17", "November of that year=1962-11");
    assertThat(values("Last year she called for more critics and later that year spoke out.", "2018-06-25"))
        .containsExactly("Last year=2017", "that year=2017");
    // "that same year" is "that year"
    assertThat(values("It moved on May 12, 1959, and began operations from August 28 that same year.", "2018-06-25"))
        .containsExactly("May 12, 1959=1959-05-12", "August 28 that same year=1959-08-28");
    assertThat(values("It came in 1930 and rose to the major leagues that same year.", "2018-06-25"))
        .containsExactly("1930=1930", "that same year=1930");
    // a comma sets "the same day" beside the day just written, whatever day the text spoke of before
    assertThat(values("It rained on Feb. 2. The tour is March 5, the same day he launches a book.", (String) null))
        .containsExactly("Feb. 2=XXXX-02-02", "March 5=XXXX-03-05", "the same day=XXXX-03-05");
    // and so does "the day" told by what it was: "the day before the plunge", "the day after the vote"
    assertThat(values("Prices rose after Oct. 12, 1989, the day before the plunge; the day before, they fell.",
        (String) null)).containsExactly("Oct. 12, 1989=1989-10-12", "the day=1989-10-12", "the day before=1989-10-11");
  }

  @Test
  void aYearOrDayToldFromTheOneSpokenOfIsTheOneWrittenBesideIt() {
    assertThat(values("She had turned professional in the same year, 1992.", (String) null))
        .containsExactly("the same year=1992", "1992=1992");
    assertThat(values("In 1990 he left. He came back the following year (1992), older.", "2016-03-01"))
        .containsExactly("1990=1990", "the following year=1992", "1992=1992");
    assertThat(values("The event took place the day before, on Nov. 17.", "2017-11-20"))
        .containsExactly("the day before=2017-11-17", "Nov. 17=2017-11-17");
    assertThat(values("He fled to France the next day, July 4, after a warning.", (String) null))
        .containsExactly("the next day=XXXX-07-04", "July 4=XXXX-07-04");
  }

  @Test
  void aDayToldFromTheDocumentsIsTheDayWrittenInBracketsAfterIt() {
    // the document date says another week: the day written is the one meant
    assertThat(values("She thanked the crowd in Chicago last night (Aug. 9).", "2019-08-22"))
        .containsExactly("last night=2019-08-09TNI", "Aug. 9=2019-08-09");
    assertThat(values("He spoke on Wednesday (June 22), at the station.", "2019-08-22"))
        .containsExactly("Wednesday=2019-06-22", "June 22=2019-06-22");
    assertThat(values("It premiered on Friday morning (Feb. 13).", (String) null))
        .containsExactly("Friday morning=XXXX-02-13TMO", "Feb. 13=XXXX-02-13");
    // a month in brackets restates no day, and a day not in brackets is a day of its own
    assertThat(values("Sales fell on Monday (in March) and rose on Tuesday, May 7.", "2019-08-22"))
        .containsExactly("Monday=2019-08-19", "March=2019-03", "Tuesday, May 7=2019-05-07");
  }

  @Test
  void aTimeThatBeginsARangeIsOfTheDayItsEndNames() {
    assertThat(values("It runs from 9 a.m. to 5 p.m. Monday.", "2019-03-13"))
        .containsExactly("9 a.m.=2019-03-18T09:00", "5 p.m. Monday=2019-03-18T17:00");
    assertThat(values("He left at 9 a.m. and returned at 5 p.m. Monday.", "2019-03-13"))
        .containsExactly("9 a.m.=2019-03-13T09:00", "5 p.m. Monday=2019-03-11T17:00");
    // a listing's hours: a range after its day is of that day, and the day after begins the next
    assertThat(values("Hours: Saturday 14 September 10:00am-4:00pm Sunday 15 September 7:00am-4:00pm", "2019-09-01"))
        .containsExactly("Saturday 14 September=2019-09-14", "10:00am=2019-09-14T10:00", "4:00pm=2019-09-14T16:00",
            "Sunday 15 September=2019-09-15", "7:00am=2019-09-15T07:00", "4:00pm=2019-09-15T16:00");
  }

  @Test
  void aWeekOrWeekendNamedByADayInItIsThatWeek() {
    assertThat(values("It was the week of March 4.", "2019-03-13")).containsExactly("the week of March 4=2019-W10");
    // the weekend of those days, not the one of the document's week; both days of a range in it
    assertThat(values("Over the weekend of March 2–3 it snowed.", "2019-03-13"))
        .containsExactly("the weekend of March 2–3=2019-W09-WE");
    assertThat(values("During the week of Oct. 12, 2020 it rained.", "2019-03-13"))
        .containsExactly("the week of Oct. 12, 2020=2020-W42");
    assertThat(values("The week of the election was tense, and it lasted a week of March days.", "2019-03-13"))
        .containsExactly("a week=P1W", "March=2019-03");
  }

  @Test
  void aLeapDayWithoutItsYearIsOfAYearNotYetKnown() {
    assertThat(values("It converted in 1980, ending operations on February 29 of that year.", "2018-09-03"))
        .containsExactly("1980=1980", "February 29 of that year=1980-02-29");
    assertThat(values("The office closed on February 29.", "2018-09-03")).containsExactly("February 29=XXXX-02-29");
    assertThat(values("The office closed on February 30.", "2018-09-03")).containsExactly("February 30=null");
  }

  @Test
  void aDateGluedToTheWordBeforeItIsStillADate() {
    // a page's elements that met without a space: "Post author" and "March 12, 2010"
    assertThat(values("Fagstein Post authorMarch 12, 2010 at 1:01 am", "2018-06-25"))
        .containsExactly("March 12, 2010=2010-03-12", "1:01 am=2010-03-12T01:01");
    assertThat(values("By Katie CameroAug. 7, 2019", "2018-06-25")).containsExactly("Aug. 7, 2019=2019-08-07");
    // and to a word in capitals: a button's label, a section's name
    assertThat(values("delivered weekday mornings.\n\nSUBSCRIBEOct. 31, 2018, 6:09 PM UTCBy Simeon Tegel", "2019-06-25"))
        .containsExactly("Oct. 31, 2018=2018-10-31", "6:09 PM=2018-10-31T18:09");
    assertThat(values("Latest NewsOPINIONApril 11 2019 - 12:00AM", "2019-06-25"))
        .containsExactly("April 11 2019=2019-04-11", "12:00AM=2019-04-11T00:00");
    assertThat(values("Mr. DiMarco 5 scored twice.", "2018-06-25")).isEmpty();
  }

  @Test
  void aDayGluedToTheCapitalisedWordAfterItIsStillADay() {
    // a listing's cells run together: "Sunday, Aug. 25" and "Montreal 12:00 ET"
    assertThat(values("Ottawa 7:00 ETBC Sunday, Aug. 25Montreal 12:00 ET", "2019-08-01"))
        .contains("Sunday, Aug. 25=2019-08-25", "12:00 ET=2019-08-25T12:00");
    // not a day before a unit or an abbreviation
    assertThat(values("She ran the May 5K and bought an Oct. 2GB plan.", "2019-08-01")).isEmpty();
    // a month's full name glued to the line after it: "Wednesday 24 July" and "Noon: …"
    assertThat(values("Wednesday 24 JulyNoon: Theresa May takes her final questions.", "2019-07-23"))
        .containsExactly("Wednesday 24 July=2019-07-24");
    // not an abbreviation: "5 MarBella" is no day
    assertThat(values("Room 5 MarBella is booked.", "2019-07-23")).isEmpty();
  }

  @Test
  void aPartOfTheDayAfterThePrepositionIsOfTheDayLastSpokenOf() {
    // the day the text last spoke of, though a paragraph before
    assertThat(values("Hopes were dashed Friday.\n\nDealers placed heavy buy orders in the morning.", "1989-10-30"))
        .containsExactly("Friday=1989-10-27", "the morning=1989-10-27TMO");
    // an hour of it; a clock time with its minutes anywhere, an hour alone after "at"
    assertThat(values("The plane landed at 10 in the morning and left at 3:30 in the afternoon.", "2013-03-20"))
        .containsExactly("10 in the morning=2013-03-20T10:00", "3:30 in the afternoon=2013-03-20T15:30");
    assertThat(values("But it's 9:30 in the morning.", "2014-08-10"))
        .containsExactly("9:30 in the morning=2014-08-10T09:30");
    // a habit or a chance is any day's; a part of the day before a noun is no time
    assertThat(values("They sometimes met in the morning.", "2013-03-20")).isEmpty();
    assertThat(values("He could wake up at any time, seven in the morning or seven at night.", "2013-03-20")).isEmpty();
    assertThat(values("Shares fell in the morning session.", "2013-03-20")).isEmpty();
  }

  @Test
  void anHourBeforeAPartOfADayIsThatHourOfThatDay() {
    assertThat(values("It began at 9:30 this morning and ends at 9 tonight.", "2013-03-20"))
        .containsExactly("9:30 this morning=2013-03-20T09:30", "9 tonight=2013-03-20T21:00");
    assertThat(values("He called at 7 last night; they meet at 8 tomorrow morning.", "2013-03-20"))
        .containsExactly("7 last night=2013-03-19T19:00", "8 tomorrow morning=2013-03-21T08:00");
    // "a.m." and "p.m." say the hour themselves; twelve at night is midnight
    assertThat(values("Trading resumed at 2 p.m. this afternoon and stops at 12 tonight.", "2013-03-20"))
        .containsExactly("2 p.m. this afternoon=2013-03-20T14:00", "12 tonight=2013-03-20T24:00");
  }

  @Test
  void aTimeWithItsPartOfTheDaySaysItsDayInARange() {
    // "midnight tonight" is tonight's, though the range it begins ends on another day
    assertThat(values("The ban runs from midnight tonight until 6 a.m. on Monday.", "2013-03-22"))
        .containsExactly("midnight tonight=2013-03-22T24:00", "6 a.m.=2013-03-25T06:00", "Monday=2013-03-25");
  }

  @Test
  void aMidnightGoneByOnTheDocumentsDayIsTheOneThatBeganIt() {
    // told on March 22, the midnight that ends it has not come yet: a strike that began at
    // midnight began as the day did; one that will begin at midnight, as it ends
    assertThat(values("The strike began at midnight.", "2013-03-22")).containsExactly("midnight=2013-03-21T24:00");
    assertThat(values("The curfew will start at midnight.", "2013-03-22")).containsExactly("midnight=2013-03-22T24:00");
    // a day the paragraph names is the day the midnight ends
    assertThat(values("On March 20, the strike began at midnight.", "2013-03-22"))
        .containsExactly("March 20=2013-03-20", "midnight=2013-03-20T24:00");
    // a capitalised "Midnight" inside a sentence begins a name
    assertThat(values("He runs Midnight Kingdom Films and sang Midnight To Six Man.", "2013-03-22")).isEmpty();
  }
}
