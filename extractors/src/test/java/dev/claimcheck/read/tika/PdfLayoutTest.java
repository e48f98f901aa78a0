package dev.claimcheck.read.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the PDF conversion flattens, recovered: on XHTML in the shape the converter writes. */
class PdfLayoutTest {
  private static org.jsoup.nodes.Document layOut(String... paragraphs) {
    StringBuilder body = new StringBuilder("<html><body><div class=\"page\">");
    for (String p : paragraphs) {
      body.append("<p>").append(p.replace("&", "&amp;")).append("</p>");
    }
    return Jsoup.parse(DocumentLayout.of(body.append("</div></body></html>").toString(), "application/pdf"));
  }

  private static List<String> texts(org.jsoup.nodes.Document page, String tag) {
    return page.select(tag).stream().map(Element::text).toList();
  }

  @Test
  void aDoiAFigureOrAPageNumberIsNeverAMarker() {
    StringBuilder entries = new StringBuilder();
    for (int n = 1; n <= 12; n++) {
      entries.append(n).append(". Okafor A. Tides of the north, part ").append(n).append(". J Tides. 2019;4:1–9.\n");
    }
    var page = layOut("Norland Journal of Tides Volume 2010 doi:10.1155/2010/157939",
        "Silt rose as shown in Fig.4 and on pp.12 of the survey. It fell after dredging.10 It rose again.",
        "The ratio was 0.01 and then 0.67±0.10 in Section 4.1 of the report. It was dredged in 2019.3 Then",
        "References", entries.toString());
    String text = page.body().text();
    assertThat(text).contains("doi:10.1155/2010/157939").contains("Fig.4").contains("pp.12")
        .contains("dredging.[10]").contains("0.01 and then 0.67±0.10 in Section 4.1 of")
        .contains("in 2019.[3] Then");
  }

  @Test
  void anAuthorYearListRunTogetherIsCutIntoItsEntries() {
    var page = layOut("Introduction\nSilt rose (Barth et al. 2005).", "References",
        "Barth J. V., Costantini G., Kern K., 2005, Nature, 437, 671\n"
            + "Bennett C. J., Pirim C., Orlando T. M., 2013, Chem. Rev., 113, 9086\n"
            + "Beyssac O., Goffé B., Petitet J.-P., Froigneux E., Moreau M.,",
        "Rouzaud J.-N., 2003, Spectrochim. Acta, 59, 2267\nBrown M. J. I., et al., 2014, ApJS, 212, 18",
        "Afgan E, Baker D, Blankenberg D. 2016.",
        "The Galaxy platform for accessible analyses. Nucleic Acids Research 44:W3–W10",
        "Eddy SR. 1998. Profile hidden Markov models. Bioinformatics 14(9):755–763");
    assertThat(texts(page, "p")).contains(
        "Barth J. V., Costantini G., Kern K., 2005, Nature, 437, 671",
        "Bennett C. J., Pirim C., Orlando T. M., 2013, Chem. Rev., 113, 9086",
        "Beyssac O., Goffé B., Petitet J.-P., Froigneux E., Moreau M., Rouzaud J.-N., 2003, Spectrochim. Acta, 59, 2267",
        "Brown M. J. I., et al., 2014, ApJS, 212, 18",
        "Afgan E, Baker D, Blankenberg D. 2016. The Galaxy platform for accessible analyses. Nucleic Acids Research 44:W3–W10",
        "Eddy SR. 1998. Profile hidden Markov models. Bioinformatics 14(9):755–763");
  }

  @Test
  void anEntrysVolumeAndPagesAtTheHeadOfTheNextColumnAreNoPageNumbers() {
    var page = layOut("Introduction\nSilt rose (Jones 1990).", "References",
        "Jager C., Huisken F., 2009, ApJ,", "696, 706\nJones A. P., 2012, Astron. Astrophys., 540, A2\n"
            + "Jones A. P., Duley W. W., 1990, Q. J. R. Astron. Soc., 31,",
        "567\nKovacevic E., Winter J., 2005, ApJ,", "623, 242\nSadezky A., Poschl U., 2005,",
        "Carbon N. Y., 43, 1731\nSalama F., 2019, Proc. Int. Astron. Union, 15, 281");
    assertThat(texts(page, "p")).contains("Jager C., Huisken F., 2009, ApJ, 696, 706",
        "Jones A. P., Duley W. W., 1990, Q. J. R. Astron. Soc., 31, 567",
        "Kovacevic E., Winter J., 2005, ApJ, 623, 242", "Sadezky A., Poschl U., 2005, Carbon N. Y., 43, 1731",
        "Salama F., 2019, Proc. Int. Astron. Union, 15, 281");
  }

  @Test
  void aNumberedSectionTitleOnItsOwnIsAHeadingNotAFootnote() {
    var page = layOut("1 Introduction\nSilt rose in 2004.", "2 Tide Gauges", "The gauges were read daily.",
        "3 EXPERIMENTAL METHODS", "Samples were dried.", "4 Corresponding author: a.okafor@example.org",
        "5 Department of Physics, University of Norland");
    assertThat(texts(page, "h2")).containsExactly("1 Introduction", "2 Tide Gauges", "3 EXPERIMENTAL METHODS", "Notes");
    assertThat(page.body().text()).contains("[note 4] Corresponding author", "[note 5] Department of Physics");
  }

  @Test
  void aTablesReferenceColumnBeforeTheConclusionsIsNoReferenceList() {
    var page = layOut("1 Introduction\nSilt rose in 2004.", "Likelihood\nReference",
        "Unlikely 0.95 Godard et al. (2011)", "5 Conclusions\nSilt will rise again.", "References",
        "Godard M., et al., 2011, Astron. Astrophys., 529, A146");
    assertThat(texts(page, "h2")).containsExactly("1 Introduction", "5 Conclusions", "References");
  }

  @Test
  void aWordEndingASentenceOnItsOwnLineNamesNoSection() {
    var page = layOut("Introduction\nThe rate was never measured in the\nliterature.\nIt is measured here.");
    assertThat(texts(page, "h2")).containsExactly("Introduction");
  }

  @Test
  void aPapersTitleIsWhatStandsBeforeItsByline() {
    var page = layOut("Silt in the harbours of the north\nover two centuries", "P. A. Lindqvist",
        "Department of Coastal Engineering, University of Norland,", "Silt rose in 2004.");
    assertThat(texts(page, "h1")).containsExactly("Silt in the harbours of the north over two centuries");
    var two = layOut("Silt in the harbours of the north\nPer Lindqvist,1 Adaeze Okafor,2★ and Claire Moreau1",
        "Silt rose in 2004.");
    assertThat(texts(two, "h1")).containsExactly("Silt in the harbours of the north");
    assertThat(texts(two, "p")).contains("Per Lindqvist,1 Adaeze Okafor,2★ and Claire Moreau1");
  }
}
