package dev.claimcheck.refs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.refs.Segments;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceParserTest {

  private static Reference parse(String entry) {
    return ReferenceParser.parse(entry, new Span("d", 0, entry.length()), null, "0");
  }

  @Test
  void bookWithPlaceAndIsbn10() {
    Reference r = parse("  1. ^ a b Penrose, Ada (1998). Trams of the Westmere Coast. "
        + "Westmere: Quayside Press. p. 12. ISBN 0-306-40615-2.");
    assertThat(r.label()).isEqualTo("1");
    assertThat(r.uses()).isEqualTo(2);
    assertThat(r.work().authors()).extracting(Author::display).containsExactly("Penrose, Ada");
    assertThat(r.work().date()).isEqualTo("1998");
    assertThat(r.work().title()).isEqualTo("Trams of the Westmere Coast");
    assertThat(r.work().place()).isEqualTo("Westmere");
    assertThat(r.work().publisher()).isEqualTo("Quayside Press");
    assertThat(r.work().pages()).isEqualTo("12");
    assertThat(r.work().identifiers()).containsEntry("isbn", List.of("9780306406157"));
    assertThat(r.kind()).isEqualTo(ReferenceKind.BOOK);
    assertThat(r.work().problems()).isEmpty();
  }

  @Test
  void journalArticle() {
    Reference r = parse("2. ^ Hale, Samuel; Ward, Lena (2003-05-17). \"Rebuilding a harbour line\". "
        + "Journal of Coastal Transport. 12 (3): 45–61. ISSN 0317-8471.");
    assertThat(r.work().authors()).extracting(Author::display).containsExactly("Hale, Samuel", "Ward, Lena");
    assertThat(r.work().title()).isEqualTo("Rebuilding a harbour line");
    assertThat(r.work().container()).isEqualTo("Journal of Coastal Transport");
    assertThat(r.work().pages()).isEqualTo("45–61");
    assertThat(r.kind()).isEqualTo(ReferenceKind.JOURNAL);
  }

  @Test
  void newsArticleWithAccessDate() {
    Reference r = parse("3. ^ \"Westmere tram depot to close\". The Westmere Gazette. "
        + "12 June 1951. Retrieved 3 February 2021.");
    assertThat(r.work().date()).isEqualTo("1951-06-12");
    assertThat(r.work().accessDate()).isEqualTo("2021-02-03");
    assertThat(r.work().container()).isEqualTo("The Westmere Gazette");
    assertThat(r.kind()).isEqualTo(ReferenceKind.NEWS);
    assertThat(r.uses()).isEqualTo(1);
  }

  @Test
  void webPageWithArchiveAndUrls() {
    Reference r = parse("^ \"Tramways\" (PDF). Example Site. "
        + "https://example.org/trams.pdf Archived from the original on 2019-08-01. "
        + "https://web.archive.org/web/20190801/https://example.org/trams.pdf Retrieved 2020-01-15.");
    assertThat(r.work().format()).isEqualTo("PDF");
    assertThat(r.work().url()).isEqualTo("https://example.org/trams.pdf");
    assertThat(r.work().archiveUrl()).startsWith("https://web.archive.org/web/20190801/");
    assertThat(r.kind()).isEqualTo(ReferenceKind.WEB);
  }

  @Test
  void badIsbnIsKeptAndReported() {
    Reference r = parse("6. ^ Unused, Entry (2010). A Book. Nowhere Press. ISBN 0-306-40615-3.");
    assertThat(r.work().identifiers()).containsEntry("isbn", List.of("0306406153"));
    assertThat(r.work().problems()).singleElement().asString().contains("check digit");
  }

  @Test
  void lowerCaseNameParticleIsNotABackLink() {
    Reference r = parse("4. de Gaulle, Charles (1954). Memoirs. Plon.");
    assertThat(r.label()).isEqualTo("4");
    assertThat(r.work().authors()).extracting(Author::display).containsExactly("de Gaulle, Charles");
    assertThat(r.uses()).isZero();
  }

  @Test
  void segmentsRespectQuotesAndAbbreviations() {
    assertThat(Segments.of("\"A. B. title.\" Press. pp. 1–2. Vol. 3."))
        .containsExactly("\"A. B. title.\"", "Press", "pp. 1–2", "Vol. 3");
  }

  @Test
  void astronomyEntriesNameAuthorsByInitialsAndNoTitle() {
    Reference r = parse("Lindqvist P. A., Muñoz Caro G. M., d’Arcy L., Chang H.-C., 1994, Mon. Not. R. Astron. Soc., 433, 797");
    assertThat(r.work().authors()).extracting(Author::display)
        .containsExactly("Lindqvist, P. A.", "Muñoz Caro, G. M.", "d’Arcy, L.", "Chang, H.-C.");
    assertThat(r.work().date()).isEqualTo("1994");
    assertThat(r.work().title()).isNull();
    assertThat(r.work().container()).isEqualTo("Mon. Not. R. Astron. Soc.");
    assertThat(r.work().volume()).isEqualTo("433");
    assertThat(r.work().pages()).isEqualTo("797");
    assertThat(r.kind()).isEqualTo(ReferenceKind.JOURNAL);
    Reference etAl = parse("Okafor A., et al., 2014, ApJS, 212, 18");
    assertThat(etAl.work().authors()).extracting(Author::display).containsExactly("Okafor, A.");
    assertThat(etAl.work().etAl()).isTrue();
    assertThat(etAl.work().container()).isEqualTo("ApJS");
  }

  @Test
  void ieeeBooksWithoutQuotesNameTheirPeopleByInitialsThenTheTitle() {
    Reference book = parse("J. Tanaka, K. Lindqvist, and S. De Geest, Tidal Records of the Northern Basin,"
        + " Halvard Press, Bergen, 2014.");
    assertThat(book.work().authors()).extracting(Author::display)
        .containsExactly("Tanaka, J.", "Lindqvist, K.", "Geest, S. De");
    assertThat(book.work().title()).isEqualTo("Tidal Records of the Northern Basin");
    assertThat(book.work().date()).isEqualTo("2014");
    Reference body = parse("Office of Harbour Surveys, Silt Maps: A Guide for Pilots, University of Norland, 2007.");
    assertThat(body.work().authors()).extracting(Author::display).containsExactly("Office of Harbour Surveys");
    assertThat(body.work().title()).isEqualTo("Silt Maps: A Guide for Pilots");
    assertThat(body.work().date()).isEqualTo("2007");
    // An author–date head still reads as one.
    Reference harvard = parse("Tanaka, J., 2014. Tidal Records of the Northern Basin. Halvard Press, Bergen.");
    assertThat(harvard.work().authors()).extracting(Author::display).containsExactly("Tanaka, J.");
    assertThat(harvard.work().title()).isEqualTo("Tidal Records of the Northern Basin");
  }

  @Test
  void physicsEntriesCloseWithJournalVolumeYearAndPage() {
    Reference elsevier = parse("A. Okafor and P.J. Lindqvist, Silt waves in a tidal basin, Nucl. Instrum. Meth. A 462 (2001) 152"
        + " [1302.0804].");
    assertThat(elsevier.work().authors()).extracting(Author::display).containsExactly("Okafor, A.", "Lindqvist, P.J.");
    assertThat(elsevier.work().title()).isEqualTo("Silt waves in a tidal basin");
    assertThat(elsevier.work().container()).isEqualTo("Nucl. Instrum. Meth. A");
    assertThat(elsevier.work().volume()).isEqualTo("462");
    assertThat(elsevier.work().date()).isEqualTo("2001");
    assertThat(elsevier.work().pages()).isEqualTo("152");
    assertThat(elsevier.kind()).isEqualTo(ReferenceKind.JOURNAL);
    // APS: volume, page, then the year; no title, and initials glued to the name.
    Reference aps = parse("J.M.Okafor, C.K.Lindqvist and T.Moreau, Phys. Rev. C 102, 015501 (2020)");
    assertThat(aps.work().authors()).extracting(Author::display)
        .containsExactly("Okafor, J.M.", "Lindqvist, C.K.", "Moreau, T.");
    assertThat(aps.work().title()).isNull();
    assertThat(aps.work().container()).isEqualTo("Phys. Rev. C");
    assertThat(aps.work().volume()).isEqualTo("102");
    assertThat(aps.work().pages()).isEqualTo("015501");
    assertThat(aps.work().date()).isEqualTo("2020");
  }

  @Test
  void bioMedCentralEntriesGiveTheYearBeforeVolumeAndPages() {
    Reference r = parse("Okafor AA, Lindqvist P, Moreau C Jr: Silt in tidal harbours after dredging."
        + " J Coast Eng 2001, 119(1 Suppl):132S-175S.");
    assertThat(r.work().authors()).extracting(Author::display).containsExactly("Okafor, AA", "Lindqvist, P", "Moreau, C Jr");
    assertThat(r.work().title()).isEqualTo("Silt in tidal harbours after dredging");
    assertThat(r.work().container()).isEqualTo("J Coast Eng");
    assertThat(r.work().date()).isEqualTo("2001");
    assertThat(r.work().volume()).isEqualTo("119");
    assertThat(r.work().pages()).isEqualTo("132S–175S");
  }
}
