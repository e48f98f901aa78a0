package dev.claimcheck.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoinsTest {

  @Test
  void aChapterKeepsItsBookApartFromItsPublisher() {
    Work w = Coins.parse("ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook"
        + "&rft.genre=bookitem&rft.atitle=Harbour+railways&rft.btitle=Coastal+Transport+History"
        + "&rft.place=Westmere&rft.pages=45-61&rft.edition=2nd&rft.pub=Quayside+Press&rft.date=2010"
        + "&rft.isbn=978-0-306-40615-7&rft.aulast=Ward&rft.aufirst=Lena&rft.au=Hale%2C+Samuel"
        + "&rft_id=info%3Adoi%2F10.1000%2FABC&rfr_id=info%3Asid%2Fen.wikipedia.org%3AHarbour");
    assertThat(w.kind()).isEqualTo(ReferenceKind.CHAPTER);
    assertThat(w.title()).isEqualTo("Harbour railways");
    assertThat(w.container()).isEqualTo("Coastal Transport History");
    assertThat(w.publisher()).isEqualTo("Quayside Press");
    assertThat(w.place()).isEqualTo("Westmere");
    assertThat(w.date()).isEqualTo("2010");
    assertThat(w.edition()).isEqualTo("2nd");
    assertThat(w.authors()).extracting(Author::display).containsExactly("Ward, Lena", "Hale, Samuel");
    assertThat(w.identifiers()).containsEntry("isbn", List.of("9780306406157"))
        .containsEntry("doi", List.of("10.1000/abc"));
  }

  @Test
  void aJournalArticleAndAnEmptyObject() {
    Work w = Coins.parse("rft.genre=article&rft.atitle=Rebuilding+a+harbour+line"
        + "&rft.jtitle=Journal+of+Coastal+Transport&rft.volume=12&rft.issue=3&rft.pages=45-61"
        + "&rft.date=2003-05-17&rft_id=info%3Apmid%2F12345678");
    assertThat(w.kind()).isEqualTo(ReferenceKind.JOURNAL);
    assertThat(w.container()).isEqualTo("Journal of Coastal Transport");
    assertThat(w.date()).isEqualTo("2003-05-17");
    assertThat(w.identifiers()).containsEntry("pmid", List.of("12345678"));
    assertThat(Coins.parse("ctx_ver=Z39.88-2004&rft.genre=unknown")).isNull();
  }
}
