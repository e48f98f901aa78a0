package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockTimesTest {

  private static List<String> values(String text) {
    return Tagging.values(text, DateContext.of("1998-08-12", "en-US"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police came at 3:15 p.m. EDT.              | 3:15 p.m. EDT=1998-08-12T15:15
      Shares closed at 4:30pm.                   | 4:30pm=1998-08-12T16:30
      The talks start at 10 a.m.                 | 10 a.m.=1998-08-12T10:00
      Police came at 14:30 local time.           | 14:30 local time=1998-08-12T14:30
      Police came at 0730 GMT.                   | 0730 GMT=1998-08-12T07:30
      The curfew starts at 2200 hours.           | 2200 hours=1998-08-12T22:00
      At 1930 hours the unit moved.              | 1930 hours=1998-08-12T19:30
      The 0600 hours patrol left.                | 0600 hours=1998-08-12T06:00
      He logged 1200 hours.                      | 1200 hours=PT1200H
      The meeting began at 10 o'clock.           | 10 o'clock=1998-08-12T10:00
      They met at ten o'clock at night.          | ten o'clock at night=1998-08-12T22:00
      The blast came at 10:40 a.m. (0740 GMT) Friday. | 10:40 a.m.=1998-08-07T10:40;Friday=1998-08-07
      It sold 1500 hours of tape.                | 1500 hours=PT1500H
      Stone tools were made 3,000 years ago.     | 3,000 years ago=PAST_REF
      Troops attacked at dawn on Saturday.       | dawn=1998-08-08TMO;Saturday=1998-08-08
      Fighting stopped on Monday by nightfall.   | Monday=1998-08-10;nightfall=1998-08-10TEV
      The lamp was lit at dusk as ever.          | –
      They left before dawn yesterday.           | dawn yesterday=1998-08-11TMO
      The dawn of the jet age changed travel.    | –
      Backups run nightly at 2 a.m.              | nightly=P1D;2 a.m.=XXXX-XX-XXT02:00
      The show airs every weekday morning from 8 am. | 8 am=XXXX-XX-XXT08:00
      The office usually opens at 9 a.m.         | 9 a.m.=XXXX-XX-XXT09:00
      He usually arrives at 9 a.m. but he arrived at noon. | 9 a.m.=XXXX-XX-XXT09:00;noon=1998-08-12T12:00
      He usually arrives at 9 a.m. but yesterday he came at noon. | 9 a.m.=XXXX-XX-XXT09:00;yesterday=1998-08-11;noon=1998-08-11T12:00
      The offer expires at 5 p.m. EST Nov. 9.    | 5 p.m. EST Nov. 9=1998-11-09T17:00
      He scored at 10:45 of the third period.    | –
      Published 5 Aug 1998, 10:00 by the desk.   | 5 Aug 1998=1998-08-05;10:00=1998-08-05T10:00
      Date: Wed, 05 Aug 1998 10:00:00 GMT        | Wed, 05 Aug 1998=1998-08-05;10:00:00 GMT=1998-08-05T10:00
      See J Arthroplasty 2001, 16:37-46.         | 2001=2001
      She hit a layup with 2:31 left.            | –
      The train leaves at 10:45 from Leeds.      | 10:45=1998-08-12T10:45
      """)
  void timesOfDayAreTimesOfTheDaySpokenOf(String sentence, String expected) {
    List<String> found = values(sentence);
    assertThat(found.isEmpty() ? "–" : String.join(";", found)).isEqualTo(expected);
  }
}
