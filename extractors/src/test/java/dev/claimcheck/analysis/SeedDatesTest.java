package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.SharedCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every temporal expression of the seeds, as the {@code dates} command lists them. */
class SeedDatesTest {

  private static List<TemporalExpression> wiki() {
    return DocumentDates.find(Articles.read(SharedCorpus.seed("000_52ecb9cc12e3a58f.txt")));
  }

  private static String describe(TemporalExpression t) {
    return t.text().replace('\u00a0', ' ') + " → " + t.value()
        + (t.modifier() == null ? "" : " " + t.modifier());
  }

  @Test
  void theWikipediaSeedsDatesNormalizeAsWritten() {
    List<String> found = wiki().stream().map(SeedDatesTest::describe).toList();
    assertThat(found).contains("1984 → 1984", "2021-11-20 → 2021-11-20",
        "2022-10-26 → 2022-10-26", "June 1, 2020 → 2020-06-01", "June 9, 2020 → 2020-06-09",
        "the 1990s → 199X", "early 2000s → 200X EARLY");
  }

  @Test
  void fortyYearsAgoIsRelative() {
    TemporalExpression ago = wiki().stream()
        .filter(t -> t.text().replace('\u00a0', ' ').equals("40 years ago")).findFirst().orElseThrow();
    assertThat(ago.has(DateFlag.RELATIVE_DATE)).isTrue();
  }

  @Test
  void ranksPagesAndIdsOfTheSeedAreNotDates() {
    assertThat(wiki()).extracting(TemporalExpression::text).noneMatch(t -> t.contains("12th")
        || t.contains("978") || t.equals("24") || t.equals("39") || t.equals("56")
        || t.contains("resrep") || t.contains("25132") || t.equals("102") || t.equals("103"));
  }
}
