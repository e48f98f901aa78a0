package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.text.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's dates read paragraph by paragraph, with what one paragraph tells the next. */
class DocumentDatesTest {
  private static List<String> values(String text, String published) {
    Document document = new PlainTextReader(ReadLimits.DEFAULT).layOut("listing.txt", text);
    if (published != null) {
      document = document.withMetadata(null, published, null);
    }
    return DocumentDates.find(document).stream().map(e -> e.text() + "=" + e.value()).toList();
  }

  @Test
  void aParagraphThatIsADateAloneDatesTheNextOne() {
    assertThat(values("Meetings\n\nWednesday, September 4, 2019\n\n1:00 p.m.\n\nLive webcast\n\n"
        + "Thursday, September 5, 2019\n\n10:00 a.m.\n", "2012-01-20"))
        .containsExactly("Wednesday, September 4, 2019=2019-09-04", "1:00 p.m.=2019-09-04T13:00",
            "Thursday, September 5, 2019=2019-09-05", "10:00 a.m.=2019-09-05T10:00");
  }

  @Test
  void aRecordsDateFieldDatesItsOtherFields() {
    assertThat(values("Talks\n\nCost: $5.00\n\nDate: Sunday, September 15, 2019\n\nLocation: Tudor Hall (17 Tudor Ln)"
        + "\n\nTime: 2:00 pm\n\nSpeaker: Kate Taylor\n\nDoors open at 1:30 pm.\n\nNotes: none\n\nTime: 4:00 pm\n",
        "2015-03-05"))
        .containsExactly("Sunday, September 15, 2019=2019-09-15", "2:00 pm=2019-09-15T14:00",
            "1:30 pm=2019-09-15T13:30", "4:00 pm=2015-03-05T16:00");
    // a labelled date tells the next paragraph the day it is told from, as a date alone does
    assertThat(values("Corrections\n\nCorrection: July 27, 2014\n\nAn article last Sunday misstated a name.\n",
        "2014-08-01"))
        .containsExactly("July 27, 2014=2014-07-27", "last Sunday=2014-07-20");
    // a name and a title are no field of a record: the date alone over them heads only them
    assertThat(values("Blogs\n\n2 days ago\n\nKelly Fineman: Writing and Ruminating\n\nA poem read at 3 pm\n",
        "2019-08-20"))
        .containsExactly("2 days ago=2019-08-18", "3 pm=2019-08-20T15:00");
  }

  @Test
  void aDayNamedAgainTakesTheYearWrittenWithItUnlessItsParagraphSpeaksOfAnother() {
    assertThat(values("Record\n\n12 March 1916: sailed, arriving 22 June 1916.\n\nMay 1918: left, arriving by 22 June."
        + "\n\nThe log ends on 22 June.\n", null))
        .containsExactly("12 March 1916=1916-03-12", "22 June 1916=1916-06-22", "May 1918=1918-05",
            "22 June=1918-06-22", "22 June=1916-06-22");
  }

  @Test
  void aDateInsideProseHeadsNothing() {
    assertThat(values("Meetings\n\nThe board met on September 4, 2019.\n\nIt resumes at 1:00 p.m.\n", "2012-01-20"))
        .containsExactly("September 4, 2019=2019-09-04", "1:00 p.m.=2012-01-20T13:00");
  }

  @Test
  void aDayAloneOverAParagraphIsTheDayItIsToldFrom() {
    assertThat(values("News\n\n14 Nov 2018.\n\nGreat news today that two more were accepted.\n\n"
        + "Nothing more came today.\n", "2019-01-20"))
        .containsExactly("14 Nov 2018=2018-11-14", "today=2018-11-14", "today=2019-01-20");
    // a range of days heads the next paragraph but tells no one day it is told from
    assertThat(values("Events\n\nApril 28-29, 2020\n\nA week ago the blog said so.\n", "2012-01-20"))
        .containsExactly("April 28=2020-04-28", "29, 2020=2020-04-29", "A week ago=2012-W02");
  }

  @Test
  void daysListedUnderAHeadingWithAYearFallInThatYear() {
    assertThat(values("Tour\n\nGigantour 2006 tour dates:\n\nSep. 07 - San Diego, CA - TBA\n\n"
        + "Sep. 08 - Oakland, CA\n\n\u2022 Sep. 09 - Fresno, CA\n\nTickets go on sale on Sep. 1.\n\n"
        + "Sep. 10 - Reno, NV\n", "2019-07-29"))
        .containsExactly("2006=2006", "Sep. 07=2006-09-07", "Sep. 08=2006-09-08", "Sep. 09=2006-09-09",
            "Sep. 1=2019-09-01", "Sep. 10=2019-09-10");
    // a heading that writes no year, or a paragraph after it that is no item, ends the list
    assertThat(values("Tour\n\nTour dates:\n\nSep. 07 - San Diego\n\nSep. 08 - Oakland\n", "2019-07-29"))
        .containsExactly("Sep. 07=2019-09-07", "Sep. 08=2019-09-08");
    assertThat(values("Tour\n\nThe 2006 dates are:\n\nSep. 07 - San Diego\n\nSep. 08 - Oakland\n\n"
        + "Tickets for the Oakland show went on sale in June.\n\nSep. 09 - Fresno\n", "2019-07-29"))
        .containsExactly("2006=2006", "Sep. 07=2006-09-07", "Sep. 08=2006-09-08", "June=2019-06", "Sep. 09=2019-09-09");
  }

  @Test
  void aDayWhoseYearAPageBrokeOntoTheNextLineTakesIt() {
    assertThat(values("Photos\n\nSupporters celebrate in Rio de Janeiro on Oct. 28,\n\n2018.Silvia Izquierdo / AP\n\n"
        + "Latest Blogs August 18,\n\n2019North Korea fires\n\nNovember 6,\n\nChat with the cast\n", "2021-05-03"))
        .containsExactly("Oct. 28=2018-10-28", "2018=2018", "August 18=2019-08-18", "November 6=2020-11-06");
    // with no comma too, as a day written before its month is
    assertThat(values("Roll\n\nShe died on active service in London on 21 March\n\n1943, aged 34.\n", null))
        .containsExactly("21 March=1943-03-21", "1943=1943");
  }
}
