package dev.claimcheck.dates;

import static dev.claimcheck.dates.Tagging.tag;
import static dev.claimcheck.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Holidays and feasts: their days in the year the text gives or the tense tells, and the names
 * that hold one without being a date.
 */
class HolidayTaggingTest {
  @Test
  void aHolidayOnTheSameDayEveryYearIsThatDayWithNoYearToGoBy() {
    assertThat(values("We met at Christmas, on New Year's Eve and at Easter.", (String) null))
        .containsExactly("Christmas=XXXX-12-25", "New Year's Eve=XXXX-12-31", "Easter=null");
    assertThat(values("He recovered on Christmas Day 1454; Easter 1450 passed; Easter 2019 fell late.", (String) null))
        .containsExactly("Christmas Day 1454=1454-12-25", "Easter 1450=1450", "Easter 2019=2019-04-21");
  }

  @Test
  void aHolidayWithNoDocumentDateIsTheOneOfTheYearSpokenOf() {
    assertThat(values("It came out on November 2, 2004, Election Day; in 2004 they met on Thanksgiving.", (String) null))
        .containsExactly("November 2, 2004=2004-11-02", "Election Day=2004-11-02", "2004=2004",
            "Thanksgiving=2004-11-25");
    // with a document date, a moving holiday keeps the year it was reckoned in: a list's year
    // cannot move it onto another year's day
    assertThat(values("It came out on November 2, 2004, Election Day.", "2010-05-05"))
        .containsExactly("November 2, 2004=2004-11-02", "Election Day=2009-11-03");
    assertThat(values("In 2008 the film \"Labor Day,\" was a flop.", (String) null)).containsExactly("2008=2008");
  }

  @Test
  void holidaysAreTheirDays() {
    assertThat(values("The boy was found Thanksgiving Day and will stay past Easter.", "2000-01-07"))
        .containsExactly("Thanksgiving Day=1999-11-25", "Easter=2000-04-23");
    assertThat(values("He came last Christmas; New Year's Eve 1999 was quiet.", "2000-01-07"))
        .containsExactly("last Christmas=1999-12-25", "New Year's Eve 1999=1999-12-31");
    assertThat(tag("A Christmas tree stood on Easter Island.", "2000-01-07")).isEmpty();
    assertThat(HolidayDays.easter(2024)).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
    assertThat(HolidayDays.easter(1998)).isEqualTo(java.time.LocalDate.of(1998, 4, 12));
  }

  @Test
  void feastsThatMoveWithEasterAndOtherNamedDaysAreTheirDays() {
    assertThat(values("The pope will lead Palm Sunday services; Catholics marked Ash Wednesday.", "2013-03-22"))
        .containsExactly("Palm Sunday=2013-03-24", "Ash Wednesday=2013-02-13");
    assertThat(values("Parades were held on St. Patrick's Day; stores opened on Black Friday.", "2013-03-22"))
        .containsExactly("St. Patrick's Day=2013-03-17", "Black Friday=2012-11-23");
    assertThat(values("Pentecost will fall in May; on Father's Day he called.", "2013-03-22"))
        .containsExactly("Pentecost=2013-05-19", "May=2013-05", "Father's Day=2012-06-17");
    assertThat(values("Every Christmas he visited; each Easter they met.", "2013-03-22"))
        .containsExactly("Every Christmas=XXXX-12-25", "each Easter=null");
    // a name that holds a feast's name is no date, nor its weekday
    assertThat(tag("The Good Friday agreement was signed; the Good Friday Agreement held.", "2013-03-22"))
        .isEmpty();
  }

  @Test
  void aFeastAfterACapitalisedWordEndsAName() {
    assertThat(tag("He starred in The Long Good Friday, and in \"A Very Murray Christmas\" he sang.", "2013-03-22"))
        .isEmpty();
    // the Orthodox churches' Easter is its own feast, reckoned by the Julian computus
    assertThat(values("Crowds marked Orthodox Easter; in 2021 Orthodox Easter Sunday fell on May 2.", "2013-03-22"))
        .containsExactly("Orthodox Easter=2012-04-15", "2021=2021", "Orthodox Easter Sunday=2021-05-02", "May 2=2021-05-02");
    // what is held on the day is no name the feast begins; a place is
    assertThat(values("The pope will celebrate Palm Sunday Mass; they sailed to Easter Island.", "2013-03-22"))
        .containsExactly("Palm Sunday=2013-03-24");
    // a possessive, an abbreviation, a greeting, an adjective that says which day, a headline's word
    assertThat(values("America's Independence Day was quiet; U.S. Thanksgiving was late; Merry Christmas!",
        "2013-03-22")).containsExactly("Independence Day=2012-07-04", "Thanksgiving=2012-11-22", "Christmas=2012-12-25");
    assertThat(values("It came out on the Presidential Election Day of 2004.", "2013-03-22"))
        .containsExactly("Election Day=2012-11-06", "2004=2004");
    assertThat(values("Stores Close Early Before Christmas Eve", "2013-03-22"))
        .containsExactly("Christmas Eve=2013-12-24");
    assertThat(values("Christmas was quiet.", "2013-03-22")).containsExactly("Christmas=2012-12-25");
  }

  @Test
  void aHolidayOfAClauseToldWithDiedIsThePastOne() {
    assertThat(values("Three people died on the roads over Easter.", "2013-03-22")).containsExactly("Easter=2012-04-08");
  }
}
