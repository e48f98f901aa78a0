package dev.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of the report's pages: links, names, the timeline's scale and paged lists. */
class ReportPagesTest {
  @TempDir Path tmp;

  @Test
  void onlyWebAddressesBecomeLinksAndEverythingIsEscaped() {
    assertThat(Html.link("https://example.org/a?b=1&c=\"2\"", "<b>x</b>"))
        .isEqualTo("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer nofollow\">"
            + "&lt;b&gt;x&lt;/b&gt;</a>");
    assertThat(Html.link("HTTP://EXAMPLE.ORG/", "x")).startsWith("<a href=");
    assertThat(Html.link("javascript:alert(1)", "x")).isEqualTo("x");
    assertThat(Html.link("data:text/html,<script>", "x")).isEqualTo("x");
    assertThat(Html.link("//example.org/", "x")).isEqualTo("x");
    // A browser strips tabs and newlines from URLs: "java\tscript:" must not slip through.
    assertThat(Html.link("http://a\n.org", "x")).isEqualTo("x");
    assertThat(Html.link(null, "<i>")).isEqualTo("&lt;i&gt;");
  }

  @Test
  void pagesAreNamedByDocumentAndClaimsLinkToTheirDocumentsPage() {
    assertThat(Pages.document("076edc09ba51fd43")).isEqualTo("doc-076edc09ba51fd43.html");
    assertThat(Pages.claim("076edc09ba51fd43-3-12")).isEqualTo("doc-076edc09ba51fd43.html#c-076edc09ba51fd43-3-12");
    // An id from a JSON Lines input may hold anything: its page is named by a digest.
    String odd = Pages.document("../../etc/passwd<x>");
    assertThat(odd).matches("doc-x[0-9a-f]{20}\\.html");
    assertThat(Pages.claim("../../etc/passwd<x>-0-1")).isEqualTo(odd + "#c-../../etc/passwd<x>-0-1");
    assertThat(Pages.claim("my-doc-id-0-1")).startsWith("doc-my-doc-id.html#");
  }

  @Test
  void theTimelineGathersRowsByTheSpanOfItsDates() {
    TimelineScale years = TimelineScale.of(List.of("1998", "2003", "2010s"));
    assertThat(years.rowOf("2003")).isEqualTo("2003");
    assertThat(years.rowOf("2010s")).isEqualTo("2010s");

    TimelineScale decades = TimelineScale.of(List.of("1850", "1998", "2003", "1900-1999"));
    assertThat(decades.rowOf("1998")).isEqualTo("1990s");
    assertThat(decades.rowOf("1900-1999")).isEqualTo("1900-1999");

    TimelineScale centuries = TimelineScale.of(List.of("0400s", "1100", "1100s", "2001"));
    assertThat(centuries.rowOf("1100")).isEqualTo("1100-1199");
    assertThat(centuries.rowOf("1100s")).isEqualTo("1100-1199");
    assertThat(centuries.rowOf("0400s")).isEqualTo("0400-0499");
    assertThat(TimelineScale.of(List.of("0410", "0560")).rowOf("0410")).isEqualTo("0410s");

    Map<String, Map<String, Long>> timeline = new LinkedHashMap<>();
    timeline.put("1100", Map.of("CITED", 2L));
    timeline.put("1100s", Map.of("CITED", 1L, "UNSOURCED", 4L));
    timeline.put("2001", Map.of("UNSOURCED", 1L));
    timeline.put("0400s", Map.of("CITED", 1L));
    Map<String, Map<String, Long>> rows = centuries.rows(timeline);
    assertThat(rows.keySet()).hasSize(3).endsWith("1100-1199", "2000-2099");
    assertThat(rows.get("1100-1199")).containsEntry("CITED", 3L).containsEntry("UNSOURCED", 4L);
    // A century row comes before the decades and years it covers.
    assertThat(decades.rows(Map.of("1990s", Map.of("CITED", 1L), "1900-1999", Map.of("CITED", 1L),
        "1850", Map.of("CITED", 1L))).keySet()).containsExactly("1850s", "1900-1999", "1990s");
  }

  @Test
  void aLongListIsWrittenAsPagesOfAThousandRowsLinkedToEachOther() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("report"));
    try (RowFile first = new RowFile(tmp.resolve("a")); RowFile second = new RowFile(tmp.resolve("b"))) {
      for (int i = 0; i < 1500; i++) {
        first.add("<tr class=\"row-UNSOURCED\"><td>a" + i + "</td></tr>");
      }
      for (int i = 0; i < 700; i++) {
        second.add("<tr class=\"row-CITED\"><td>b" + i + "</td></tr>");
      }
      assertThat(RowFile.first(List.of(first, second), 3)).hasSize(3).allMatch(r -> r.contains(">a"));
      new ListPages("things", "Things <&>", "all of them", "<th>x</th>", Map.of("UNSOURCED", 1500L, "CITED", 700L))
          .write(folder, List.of(first, second));
    }
    List<String> pages = new ArrayList<>();
    try (var files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).sorted().forEach(pages::add);
    }
    assertThat(pages).containsExactly("things-1.html", "things-2.html", "things-3.html");
    String one = Files.readString(folder.resolve("things-1.html"));
    String three = Files.readString(folder.resolve("things-3.html"));
    assertThat(one.split("<tr class=", -1)).hasSize(1001);
    assertThat(one).contains("<h1>Things &lt;&amp;&gt;</h1>", ">a0<", ">a999<", "<b>1</b>",
        "<a href=\"things-2.html\">2</a>", "<a href=\"../report.html\">", "value=\"UNSOURCED\"", "page 1 of 3");
    assertThat(three).contains(">b500<", ">b699<").doesNotContain("<td>a").doesNotContain(">b499<");
    assertThat(three.split("<tr class=", -1)).hasSize(201);
    // The rows were deleted with their files.
    assertThat(tmp.resolve("a")).doesNotExist();
  }

  @Test
  void anEmptyListStillHasItsFirstPage() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("report"));
    try (RowFile none = new RowFile(tmp.resolve("none"))) {
      new ListPages("empty", "Nothing", "none", "<th>x</th>", Map.of()).write(folder, List.of(none));
    }
    assertThat(Files.readString(folder.resolve("empty-1.html"))).contains("0 rows").doesNotContain("Pages:");
  }
}
