package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.only;
import static dev.claimcheck.dates.Tagging.tag;
import static dev.claimcheck.dates.Tagging.values;
import static dev.claimcheck.dates.Tagging.valuesAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days of the week: read by the tense of their clause, counted within a month, some such day, or
 * part of a name.
 */
class WeekdayTaggingTest {
  @Test
  void aWeekdayWrittenWithADayPicksTheYearOfThatWeekday() {
    // Aug. 14 is a Friday in 2020, a Wednesday in 2019; the list does not go back in time
    assertThat(values("The concerts take place Friday, August 14, and Saturday, August 15.", "2020-01-01"))
        .containsExactly("Friday, August 14=2020-08-14", "Saturday, August 15=2020-08-15");
    assertThat(values("The final is on Mon. Jan. 5 in Lyon.", "2020-01-08")).containsExactly("Mon. Jan. 5=2020-01-05");
    // a fixture list read against 2017: Aug. 24 is a Saturday in 2019 (and 2013), the nearer
    assertThat(values("Arsenal play Burnley on Sat Aug 24 and Spurs on Sun Sep 1.", "2017-05-10"))
        .containsExactly("Sat Aug 24=2019-08-24", "Sun Sep 1=2019-09-01");
    assertThat(values("The concerts take place August 14, and August 15.", "2020-01-01"))
        .containsExactly("August 14=2020-08-14", "August 15=2020-08-15");
  }

  @Test
  void aWeekdayInTheNameOfADayIsNoDayOfTheWeek() {
    // the feasts are dates of their own (HolidayDays), their weekdays none
    assertThat(values("Sales on Black Friday and Palm Sunday beat Super Tuesday; the Senate Tuesday voted.",
        "2010-05-05")).containsExactly("Black Friday=2009-11-27", "Palm Sunday=2010-03-28", "Tuesday=2010-05-04");
  }

  @Test
  void weekdaysResolveToTheLastOneBeforeTheDocumentDate() {
    TemporalExpression t = only("The minister resigned on Thursday after the vote.", "1990-08-18");
    assertThat(t.value()).isEqualTo("1990-08-16");
  }

  @Test
  void aWeekdayCountedInAMonthIsThatDayOfTheMonth() {
    assertThat(values("The vote was held on the last Friday of March 2012.", "2013-03-14"))
        .containsExactly("the last Friday of March 2012=2012-03-30");
    assertThat(values("The law takes effect the second Monday in April.", "2013-03-14"))
        .containsExactly("the second Monday in April=2013-04-08");
    assertThat(values("The club meets on the first Monday of every month.", "2013-03-14"))
        .containsExactly("every month=P1M");
  }

  /**
   * Friday 6 March 1998. "said Thursday" is the day before, whatever the quoted future says; what
   * was said would happen lies ahead, as do a deadline told in the present, a day something is
   * ahead of or expected on, a day a fronted phrase names before a future clause, and a programme
   * told in the simple present; after a determiner the word is a noun.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A spokesman said Thursday that the troops will stay.                          | Thursday=1998-03-05
      Officials said the talks would resume Tuesday.                                | Tuesday=1998-03-10
      He has until Monday to decide, as he had until Thursday.                      | Monday=1998-03-09;Thursday=1998-03-05
      Prices rose ahead of Tuesday's summit; the results, expected Monday, are key. | Tuesday=1998-03-10;Monday=1998-03-09
      In a speech Tuesday, he will outline his plan.                                | Tuesday=1998-03-10
      He appears in court Tuesday; he says Thursday's attack was planned.           | Tuesday=1998-03-10;Thursday=1998-03-05
      The Senate votes Tuesday on the bill; the votes Thursday were close.          | Tuesday=1998-03-10;Thursday=1998-03-05
      The report, to be released Tuesday, shows gains; it was to be released Thursday. | Tuesday=1998-03-10;Thursday=1998-03-05
      Polls close at 8 p.m. Sunday, officials said.                                  | 8 p.m. Sunday=1998-03-08T20:00
      The team left for Rome Tuesday and is expected back Thursday.                  | Tuesday=1998-03-03;Thursday=1998-03-12
      With two weeks left, the vote is Tuesday.                                      | two weeks=P2W;Tuesday=1998-03-10
      The deadline is midnight on Monday; it was 5 on Thursday.                      | midnight=1998-03-09T24:00;Monday=1998-03-09;Thursday=1998-03-05
      The schools will stay closed until Tuesday; they stayed closed until Thursday. | Tuesday=1998-03-10;Thursday=1998-03-05
      It had been due to be signed on Thursday; it is due to be signed on Tuesday.  | Thursday=1998-03-05;Tuesday=1998-03-10
      They will meet at 10:30 on Tuesday.                                            | 10:30=1998-03-10T10:30;Tuesday=1998-03-10
      The vote is at 10:30 a.m. EDT Tuesday.                                         | 10:30 a.m. EDT Tuesday=1998-03-10T10:30
      Markets were closed Thursday and reopen Tuesday.                               | Thursday=1998-03-05;Tuesday=1998-03-10
      Police were called and are investigating Tuesday's attack.                     | Tuesday=1998-03-03
      Police are investigating Tuesday's attack.                                     | Tuesday=1998-03-03
      Troops are preparing for Tuesday's parade.                                     | Tuesday=1998-03-10
      The report, due out Tuesday, is likely to show gains.                          | Tuesday=1998-03-10
      Payments due Thursday were not made; the payment was due Thursday.             | Thursday=1998-03-05;Thursday=1998-03-05
      The vote was scheduled for Tuesday; it had been scheduled for Thursday.       | Tuesday=1998-03-10;Thursday=1998-03-05
      The curfew runs until 6 a.m. on Tuesday.                                       | 6 a.m.=1998-03-10T06:00;Tuesday=1998-03-10
      The offer expires by 5 p.m. EST Tuesday.                                       | 5 p.m. EST Tuesday=1998-03-10T17:00
      Markets are closed Tuesday; banks were closed Thursday.                        | Tuesday=1998-03-10;Thursday=1998-03-05
      The holiday-shortened week begins Tuesday.                                     | Tuesday=1998-03-10
      The film will debut in 2,244 theaters on Tuesday.                              | Tuesday=1998-03-10
      That is something that, when we get home on Tuesday, we'll study.              | Tuesday=1998-03-10
      If talks fail by Tuesday, the union will strike; when it struck Thursday, it won. | Tuesday=1998-03-10;Thursday=1998-03-05
      The album, out Tuesday, features 12 tracks.                                    | Tuesday=1998-03-10
      The match was postponed until Tuesday; it was played Thursday.                 | Tuesday=1998-03-10;Thursday=1998-03-05
      The court gave him until Tuesday to respond; he had until Thursday to pay.     | Tuesday=1998-03-10;Thursday=1998-03-05
      He is quoted in Thursday's editions as saying he would resign.               | Thursday=1998-03-05
      Smith, who turns 30 on Tuesday, is expected to start.                          | Tuesday=1998-03-10
      The firm, which reports earnings Tuesday, declined to comment.                 | Tuesday=1998-03-10
      The network will air "Sopranos" reruns Tuesday; "We will win," he said Thursday. | Tuesday=1998-03-10;Thursday=1998-03-05
      Organizers hope to raise $1 million at Tuesday's gala; it raised less Thursday. | Tuesday=1998-03-10;Thursday=1998-03-05
      The festival runs through Tuesday; trading ran Monday through Thursday.        | Tuesday=1998-03-10;Monday=1998-03-02;Thursday=1998-03-05
      The sides agreed to meet again Tuesday; they had agreed to play Thursday but lost. | Tuesday=1998-03-10;Thursday=1998-03-05
      On Thursday, the union agreed to end the strike.                               | Thursday=1998-03-05
      The union agreed to the deal Thursday.                                         | Thursday=1998-03-05
      """)
  void aWeekdayIsReadByTheTenseOfItsClause(String sentence, String expected) {
    assertThat(values(sentence, "1998-03-06")).containsExactly(expected.split(";"));
  }

  @Test
  void newsDaysAreReadByTheirOwnClauseAndTheNearestYear() {
    // Late October: "payable Dec. 15" is this December, "Jan. 2" the coming January.
    assertThat(values("The reduced dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-10-27"))
        .containsExactly("Jan. 2=1990-01-02", "Dec. 15=1989-12-15");
    // Wednesday 10 June 2020: the weekend just past.
    assertThat(values("Officials met over the weekend.", "2020-06-10")).containsExactly("the weekend=2020-W23-WE");
    assertThat(values("Clinton spent the weekend at Camp David.", "2020-06-10"))
        .containsExactly("the weekend=2020-W23-WE");
    assertThat(values("Talks will go on through the weekend.", "2020-06-10")).containsExactly("the weekend=2020-W24-WE");
    assertThat(values("Traders squared positions ahead of the weekend.", "2020-06-10"))
        .containsExactly("the weekend=2020-W24-WE");
    assertThat(values("The offer runs until the weekend.", "2020-06-10")).containsExactly("the weekend=2020-W24-WE");
    // the first of a pair with a part of the day in the plural is a set too
    assertThat(values("Flights leave on Monday and Tuesday nights; it left on Monday.", "2020-06-10"))
        .containsExactly("Monday=XXXX-WXX-1TNI", "Tuesday nights=XXXX-WXX-2TNI", "Monday=2020-06-08");
    assertThat(values("The weekend's violence ended, as prices fell this past week.", "2020-06-10"))
        .containsExactly("The weekend=2020-W23-WE", "this past week=2020-W23");
    // A day after "ended" or "since" has passed, however near the coming one is.
    assertThat(values("In the period ended Oct. 31 it lost money; sales rose since Jan. 31.", "1989-10-29"))
        .containsExactly("Oct. 31=1988-10-31", "Jan. 31=1989-01-31");
    assertThat(values("The shares have halved since November, when they traded at $10.", "1989-10-26"))
        .containsExactly("November=1988-11");
    // "this past spring" is the last one; "year-end" the close of the year; "the following month" follows
    // the last date named, even in an earlier paragraph.
    assertThat(values("The unit was scrapped this past spring and the deal closes by year-end.", "1989-10-30"))
        .containsExactly("this past spring=1989-SP", "year-end=1989");
    // "mid-year" the middle of it; "since midyear" the last one passed
    assertThat(values("Talks should end by mid-year.", "1998-02-13")).containsExactly("mid-year=1998");
    assertThat(values("Prices have risen since midyear.", "1998-02-13")).containsExactly("midyear=1997");
    assertThat(values("Prices have risen since midyear.", "1998-09-13")).containsExactly("midyear=1998");
    DateContext story = DateContext.of("1989-10-27", "en-US");
    tag("In March, the board asked for a sale.", story);
    story.newParagraph();
    assertThat(tag("The following month, the company put itself up for sale.", story))
        .extracting(TemporalExpression::value).containsExactly("1989-04");
    // The tense word nearest the day decides; "set for" a day is a coming one; "take a week" lasts.
    assertThat(values("Officials over the weekend became sure a deal is likely to come.", "1991-02-25"))
        .containsExactly("the weekend=1991-W08-WE");
    assertThat(values("The trial is set for Tuesday and would take a week.", "1999-01-22"))
        .containsExactly("Tuesday=1999-01-26", "a week=P1W");
    // Monday 30 October 1989: "the previous Friday" is the one before last Friday.
    assertThat(values("The index fell 4.5% from the previous Friday.", "1989-10-30"))
        .containsExactly("the previous Friday=1989-10-20");
    // A deadline told in the past may lie ahead: the nearest one.
    assertThat(values("The board created an office, effective Feb. 1, and set a plan to pay by February.", "1989-10-26"))
        .containsExactly("Feb. 1=1990-02-01", "February=1990-02");
    // the end of what goes on, told in the present, is still to come; told in the past, the nearest
    assertThat(values("The measure, which funds the government through Sept. 30, now goes to the president.",
        "2013-03-22")).containsExactly("Sept. 30=2013-09-30", "now=PRESENT_REF");
    assertThat(values("The museum was closed until Jan. 5.", "2013-03-22")).containsExactly("Jan. 5=2013-01-05");
    // nor after a perfect, the end of what has gone on till now
    assertThat(values("Sales have risen through Sept. 30.", "2013-03-22")).containsExactly("Sept. 30=2012-09-30");
    // A month opening the sentence takes the tense of the clause it opens; "announced plans to" is past.
    assertThat(values("In September, it announced plans to buy the firm.", "1989-10-30"))
        .containsExactly("September=1989-09");
    // A time with its day after a short aside in brackets is the time of that day, not of the last date named.
    assertThat(valuesAfter("1998-08-07", "On July 4, 1997, the ship sank.",
        "The bomb exploded at 10:40 a.m. (0740 GMT) Thursday.")).containsExactly("1998-08-06T10:40", "1998-08-06");
    // So is a time just after its day: "on Thursday at 10:30 a.m.", "Thursday night at 10:30".
    assertThat(valuesAfter("1998-08-07", "On July 4, 1997, the ship sank.",
        "The blast occurred on Thursday at 10:30 a.m.; a second, Thursday night at 11:15."))
        .containsExactly("1998-08-06", "1998-08-06T10:30", "1998-08-06TNI", "1998-08-06T11:15");
    assertThat(values("The offer expires at 5 p.m. EST Nov. 9, and noon Thursday is the deadline.", "1989-11-02"))
        .containsExactly("5 p.m. EST Nov. 9=1989-11-09T17:00", "noon Thursday=1989-11-02T12:00");
    // Wednesday 2 December 2026: a day opening the sentence takes its main clause's tense; an
    // arrangement in the present progressive ("are meeting") speaks of the coming day.
    assertThat(values("On Monday, the leaders will meet in Paris.", "2026-12-02")).containsExactly("Monday=2026-12-07");
    assertThat(values("On Monday, the leaders met in Paris.", "2026-12-02")).containsExactly("Monday=2026-11-30");
    assertThat(values("The leaders are meeting in Paris on Monday.", "2026-12-02")).containsExactly("Monday=2026-12-07");
    assertThat(values("The talks, which are continuing, ended Monday.", "2026-12-02")).containsExactly("Monday=2026-11-30");
    assertThat(values("Monday's meeting will decide the matter.", "2026-12-02")).containsExactly("Monday=2026-12-07");
    // Told in the past in January, "the fourth quarter" is last year's; in the future it stays this year's.
    assertThat(values("AT&T announced a drop in profits for the fourth quarter.", "1998-01-26"))
        .containsExactly("the fourth quarter=1997-Q4");
    assertThat(values("Reserves for the third quarter will rise.", "1989-10-26"))
        .containsExactly("the third quarter=1989-Q3");
    // "the start of the month" after a year named is the text's month, not that year.
    assertThat(values("By the end of 1999, the debt will be paid; at the start of the month, prices fell.", "1998-08-07"))
        .containsExactly("the end of 1999=1999", "the start of the month=1998-08");
    // A reported clause has its own tense: "added" does not make "to be held Monday" past.
    assertThat(values("He added that the talks to be held Monday will decide.", "2026-12-02"))
        .containsExactly("Monday=2026-12-07");
    // A deadline told in the past may lie ahead, with "mid" or "early" before its month too.
    assertThat(values("Canada gave Merieux until mid-February to submit more.", "1989-10-30"))
        .containsExactly("mid-February=1990-02");
    // "… of last year" is one expression, that part of that year; "the fall of Rome" is no season.
    assertThat(values("Sales fell in the fourth quarter of last year and will rise in the first quarter of next year.",
        "1998-08-12"))
        .containsExactly("the fourth quarter of last year=1997-Q4", "the first quarter of next year=1999-Q1");
    assertThat(values("It opened in March of last year and closes in the spring of next year.", "1998-08-12"))
        .containsExactly("March of last year=1997-03", "the spring of next year=1999-SP");
    assertThat(tag("He wrote on the fall of Rome.", "1998-08-12")).isEmpty();
    // A season named alone is read by the tense it is told in; "fall" alone after a preposition
    // of time, a modifier or another season, not before a noun ("a rise in fall prices").
    assertThat(values("It happened in fall.", "1998-10-12")).containsExactly("fall=1998-FA");
    assertThat(values("It opened in the fall and will close by spring; over the summer and fall, late fall, "
        + "this coming summer, a rise in fall prices.", "1998-08-12"))
        .containsExactly("the fall=1997-FA", "spring=1999-SP", "the summer=1998-SU", "fall=1998-FA",
            "late fall=1998-FA", "this coming summer=1999-SU");
    assertThat(values("Prices last fell this low in the winter of nineteen ninety-four.", "1998-02-23"))
        .containsExactly("the winter of nineteen ninety-four=1994-WI");
    // A step finer than the date it counts from is taken from that date's middle: a day before
    // "March" is still March, a day before March 1 is Feb. 28.
    assertThat(valuesAfter("1998-08-12", "The plant opened in March.", "A day earlier, workers struck."))
        .containsExactly("1998-03");
    assertThat(valuesAfter("1998-08-12", "The plant opened on March 1.", "A day earlier, workers struck."))
        .containsExactly("1998-02-28");
    // A day the text names by its weekday is where "the next day" counts on from.
    assertThat(valuesAfter("1998-08-12", "Rebels attacked the town on Monday.", "The next day, troops arrived."))
        .containsExactly("1998-08-11");
    // A month counted from a year named alone is unknown within that year, as TimeML writes it.
    assertThat(valuesAfter("1998-08-12", "The ship sank in 1994.", "That month, it was raised."))
        .containsExactly("1994-XX");
    // "the end of the week" is the document's week, with the part as modifier, as months and years are.
    assertThat(tag("The talks will end by the end of the week.", "1998-08-12"))
        .extracting(e -> e.value() + " " + e.modifier()).containsExactly("1998-W33 END");
    // "by week's end", "before month's end": the same parts, told the other way round.
    assertThat(tag("The talks will end by week's end and resume before month's end.", "1998-08-12"))
        .extracting(e -> e.value() + " " + e.modifier()).containsExactly("1998-W33 END", "1998-08 END");
    // "due to" a noun gives a cause, not a coming day.
    assertThat(values("The bank raised reserves due to the loss Tuesday.", "2026-12-02")).containsExactly("Tuesday=2026-12-01");
    assertThat(values("The offer is due to expire Tuesday.", "2026-12-02")).containsExactly("Tuesday=2026-12-08");
    // "will be held" is no past for being a participle; "was held" is.
    assertThat(values("The funeral will be held Saturday.", "2026-12-02")).containsExactly("Saturday=2026-12-05");
    assertThat(values("The funeral was held Saturday.", "2026-12-02")).containsExactly("Saturday=2026-11-28");
    // A timetable's simple present is a coming day too, and a coming month; "the close of business" is no verb.
    assertThat(values("The trial opens in March.", "1998-08-07")).containsExactly("March=1999-03");
    assertThat(values("The 10-day trip ends Sunday.", "2026-12-02")).containsExactly("10-day=P10D", "Sunday=2026-12-06");
    assertThat(values("At the close of business Thursday, 500 shares were tendered.", "2026-12-02"))
        .containsExactly("Thursday=2026-11-26");
    assertThat(values("Monday's attack killed five people.", "2026-12-02")).containsExactly("Monday=2026-11-30");
    // An expectation told in the present speaks of a coming day; told in the past it does not.
    assertThat(values("The vote is expected Thursday.", "2026-12-02")).containsExactly("Thursday=2026-12-03");
    assertThat(values("The vote was expected Thursday.", "2026-12-02")).containsExactly("Thursday=2026-11-26");
    assertThat(values("He is due in court Friday.", "2026-12-02")).containsExactly("Friday=2026-12-04");
    assertThat(values("The storm is forecast to hit Florida on Saturday.", "2026-12-02"))
        .containsExactly("Saturday=2026-12-05");
    assertThat(values("Officials expect a decision by Friday.", "2026-12-02")).containsExactly("Friday=2026-12-04");
    assertThat(values("The ship is due to arrive Sunday.", "2026-12-02")).containsExactly("Sunday=2026-12-06");
    assertThat(values("Voters go to the polls Sunday.", "2026-12-02")).containsExactly("Sunday=2026-12-06");
    // An irregular past before the day decides it, whatever the words after it tell; "left"
    // after a count is no verb.
    assertThat(values("The team flew to Geneva on Monday and is expected back Friday.", "2026-12-02"))
        .containsExactly("Monday=2026-11-30", "Friday=2026-12-04");
    assertThat(values("The race is on October 9, so I have 22 weeks left.", "2022-05-08"))
        .containsExactly("October 9=2022-10-09", "22 weeks=P22W");
  }

  @Test
  void someonesLastYearIsTheirFinalOneAndAFridayIsSomeFriday() {
    assertThat(values("After finishing my last year at Reed College, he left.", "2016-04-20")).isEmpty();
    assertThat(values("He spends his last night in the city.", "2016-04-20")).isEmpty();
    assertThat(values("Our last year's results were better.", "2016-04-20")).containsExactly("last year=2015");
    assertThat(values("This will be on a Friday for the show.", "2016-04-20")).containsExactly("Friday=XXXX-WXX-5");
    assertThat(values("It was on a Saturday night, for example.", "2016-04-20"))
        .containsExactly("Saturday night=XXXX-WXX-6TNI");
    assertThat(values("He spoke at a Thursday news conference.", "2016-04-20"))
        .containsExactly("Thursday=2016-04-14");
  }

  @Test
  void aModalBeforeADaySpeaksOfAComingOne() {
    assertThat(values("His death may bring about the cancellation of Saturday's friendly.", "2018-06-25"))
        .containsExactly("Saturday=2018-06-30");
    assertThat(values("The team may have played Saturday.", "2018-06-25")).containsExactly("Saturday=2018-06-23");
    // a modal inside a quotation elsewhere in the sentence tells nothing of the month's year
    assertThat(values("In the October discussion, he said that \"the dogs may bark\".", "2015-03-25"))
        .containsExactly("October=2014-10");
  }

  @Test
  void aDayToComeSeenFromADayTheSentenceNamedCountsOnFromIt() {
    // told on Friday 22 March: the Thursday after that Tuesday, gone by now
    assertThat(values("Officials said Tuesday that the vote would be held Thursday.", "2013-03-22"))
        .containsExactly("Tuesday=2013-03-19", "Thursday=2013-03-21");
    assertThat(values("He said on Monday he would resign Wednesday.", "2013-03-22"))
        .containsExactly("Monday=2013-03-18", "Wednesday=2013-03-20");
    // a future not seen from it, or a day a week or more back, counts from the document date
    assertThat(values("Officials said Tuesday that the vote will be held Thursday.", "2013-03-22"))
        .containsExactly("Tuesday=2013-03-19", "Thursday=2013-03-28");
    assertThat(values("On March 1 officials said the vote would be held Thursday.", "2013-03-22"))
        .containsExactly("March 1=2013-03-01", "Thursday=2013-03-28");
  }

  @Test
  void aWeekdayCountedInAMonthWithoutTheIsNoDayNearTheDocumentDate() {
    assertThat(values("Open house: First Sunday of the month.", "2017-07-20")).isEmpty();
    assertThat(values("The vote is on first Tuesday in November.", "2017-07-20"))
        .containsExactly("first Tuesday in November=2017-11-07");
    assertThat(values("He left last Friday of all days.", "2017-07-20")).containsExactly("last Friday=2017-07-14");
  }

  @Test
  void aWeekdayCountedInAMonthWithAFigureOrToldAsAHabit() {
    assertThat(values("The vote will be held on the 2nd Monday in March.", "2019-08-20"))
        .containsExactly("the 2nd Monday in March=2020-03-09");
    // a month with no such day is that month alone
    assertThat(values("It was on the fifth Sunday in March 2021.", "2019-08-20"))
        .containsExactly("the fifth Sunday in March 2021=2021-03");
    // a habit in the present: that day of every year, however far the list goes
    assertThat(values("Consecrated on 15 February 1991, it currently meets on the third Tuesday in February, "
        + "April & December, and the 4th Tuesday in May.", "2019-08-20")).containsExactly(
            "15 February 1991=1991-02-15", "currently=PRESENT_REF", "the third Tuesday in February=XXXX-02",
            "April=XXXX-04", "December=XXXX-12", "the 4th Tuesday in May=XXXX-05");
    assertThat(values("Thanksgiving Day falls on the fourth Thursday in November.", "2019-08-20"))
        .containsExactly("Thanksgiving Day=2019-11-28", "the fourth Thursday in November=XXXX-11");
  }

  @Test
  void aWeekdayThatBeginsANameIsNoDate() {
    // an abbreviation after "the" or a capitalised word ends a name; after a bracket or a preposition it is a day
    assertThat(values("They were not invited, according to The Sun.", "2018-07-29")).isEmpty();
    assertThat(values("A marque from the Land of the Rising Sun. It won.", "2018-07-29")).isEmpty();
    assertThat(values("Daily takings (Sun.) rose, and tickets go on sale Sat. at noon.", "2018-07-29"))
        .containsExactly("Sun.=2018-07-29", "Sat.=2018-08-04", "noon=2018-08-04T12:00");
    assertThat(values("After \"The Sunday Times\" branded his speeches, he sued it.", "1998-03-10")).isEmpty();
    assertThat(values("He joined the Monday Club in 1961.", "1998-03-10")).containsExactly("1961=1961");
    assertThat(values("The vote on the Friday was close.", "1998-03-10")).containsExactly("Friday=1998-03-06");
    assertThat(values("The Friday March 5 session ended early.", "1998-03-10"))
        .containsExactly("Friday March 5=1998-03-05");
    assertThat(values("Children attend Sunday School there. Sunday School is followed by a meal.", "1998-03-10"))
        .isEmpty();
    assertThat(values("The actress Tuesday Weld and Kanye West's 'Sunday Service' came.", "1998-03-10")).isEmpty();
  }

  @Test
  void aDayOrWeekendThisPastIsTheLastAndThisComingTheNext() {
    // told on Wednesday, March 20, 2013 (ISO week 12)
    assertThat(values("This past Monday it rained; come Monday, it ends.", "2013-03-20"))
        .containsExactly("This past Monday=2013-03-18", "Monday=2013-03-25");
    assertThat(values("This past weekend it rained and this coming weekend it snows.", "2013-03-20"))
        .containsExactly("This past weekend=2013-W11-WE", "this coming weekend=2013-W12-WE");
    // told on a Saturday, the coming weekend is the next one
    assertThat(values("The coming weekend is busy.", "2013-03-23")).containsExactly("The coming weekend=2013-W13-WE");
    // "this Sunday" is of the document's week, unless the tense puts it on the other side
    assertThat(values("This Sunday, they welcomed a baby.", "2013-10-15")).containsExactly("This Sunday=2013-10-13");
    assertThat(values("They will meet this Monday.", "2013-10-15")).containsExactly("this Monday=2013-10-21");
    assertThat(values("They meet this Sunday.", "2013-10-15")).containsExactly("this Sunday=2013-10-20");
  }

  @Test
  void aWeekdayAfterADayItsSentenceWroteLongBeforeIsOfThatWeek() {
    assertThat(values("On Tuesday, 5 June 1990, he arrived, and on Friday he left.", "2020-06-01"))
        .containsExactly("Tuesday, 5 June 1990=1990-06-05", "Friday=1990-06-08");
    assertThat(values("On 5 June 1990 he said he would resign the following Monday.", "2020-06-01"))
        .containsExactly("5 June 1990=1990-06-05", "the following Monday=1990-06-11");
    assertThat(values("He arrived on 5 June 1990 and left on Friday.", "2020-06-01"))
        .containsExactly("5 June 1990=1990-06-05", "Friday=1990-06-08");
    // an aside's day is not the one the weekday is told from
    assertThat(values("The firm, founded on 5 June 1990, said Friday it would grow.", "2020-06-01"))
        .containsExactly("5 June 1990=1990-06-05", "Friday=2020-05-29");
    // a day near the document date, or one whose year was not written, leaves the weekday the news'
    assertThat(values("Since the Oct. 13 plunge, the index has fallen through Friday.", "2019-10-30"))
        .containsExactly("Oct. 13=2019-10-13", "Friday=2019-10-25");
  }

  @Test
  void weekdaysCountedBackAreThatDay() {
    // told on Wednesday, March 13: the last Friday was March 8
    assertThat(values("Two Fridays ago he quit, and 3 Sundays ago he moved.", "2019-03-13"))
        .containsExactly("Two Fridays ago=2019-03-01", "3 Sundays ago=2019-02-24");
    // told on Wednesday, March 13: steps from a day named after them
    assertThat(values("He quit a week ago Sunday; the vote is two weeks from Friday, the deal a week ago yesterday.",
        "2019-03-13")).containsExactly("a week ago Sunday=2019-03-03", "two weeks from Friday=2019-03-29",
            "a week ago yesterday=2019-03-05");
    // a few days from a day is a stretch that began then
    assertThat(values("The fair ran two days from Monday.", "2019-03-13")).containsExactly("two days=P2D", "Monday=2019-03-11");
    assertThat(values("On Fridays he swims.", "2019-03-13")).containsExactly("Fridays=XXXX-WXX-5");
  }

  @Test
  void aWeekdayThatBeginsACompoundNamingAKindOfThingIsNoDate() {
    assertThat(values("Most of them have Sunday school, and he taught his Sunday school class in their Sunday best.",
        "1998-03-10")).isEmpty();
    assertThat(values("On Sunday school reopened.", "1998-03-10")).containsExactly("Sunday=1998-03-08");
  }

  @Test
  void aWeekdayBeforeACapitalisedWordIsADayAfterAPrepositionAPossessiveOrInAHeadline() {
    assertThat(values("On Sunday Iraq said it would talk.", "1998-03-10")).containsExactly("Sunday=1998-03-08");
    assertThat(values("In his Sunday Mass, the cardinal spoke.", "1998-03-10")).containsExactly("Sunday=1998-03-08");
    assertThat(values("Officials said Monday Mr. Smith resigned.", "1998-03-10")).containsExactly("Monday=1998-03-09");
    assertThat(values("Briefers Talk Friday About Spacewalk", "1998-03-10")).containsExactly("Friday=1998-03-06");
    assertThat(values("They left Sunday After the talks.", "1998-03-10")).containsExactly("Sunday=1998-03-08");
  }

  @Test
  void aRangeOfWeekdaysEndsAfterItBegins() {
    // told on Friday 22 March 2013: read by their tense, Thursday was the 21st and Sunday the 17th
    assertThat(values("The fair ran from Thursday to Sunday.", "2013-03-22"))
        .containsExactly("Thursday=2013-03-14", "Sunday=2013-03-17");
    assertThat(values("The fair will run from Thursday to Sunday.", "2013-03-22"))
        .containsExactly("Thursday=2013-03-28", "Sunday=2013-03-31");
    assertThat(values("Talks were held between Monday and Wednesday.", "2013-03-22"))
        .containsExactly("Monday=2013-03-18", "Wednesday=2013-03-20");
  }
}
