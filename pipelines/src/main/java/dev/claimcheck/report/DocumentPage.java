package dev.claimcheck.report;

import java.io.IOException;
import java.io.Writer;

/**
 * One document's page in {@code report/}: a bar with the way back to the index, the status
 * filters (with the document's counts) and a search over its paragraphs and references, then its
 * section ({@link HtmlReport}). Thread-safe.
 */
final class DocumentPage {
  private DocumentPage() {}

  /** Writes the page of the document {@code listed} around its rendered {@code section}. */
  static void write(Writer out, DocumentList.Entry listed, String section) throws IOException {
    String title = listed.title() != null ? listed.title() : listed.source();
    PageFrame.begin(out, title + " · claimcheck report");
    out.write("<nav class=\"crumbs\"><a href=\"" + Pages.INDEX_FROM_FOLDER + "\">← report</a> · "
        + "<a href=\"" + Pages.list(ReportSite.ATTENTION, 1) + "\">claims that need attention</a></nav>\n");
    PageFrame.filters(out, listed.counts());
    PageFrame.search(out, "found", ".doc .body > p, .doc .refs > li, .doc .infobox tr", "Search this document");
    out.write(section);
    PageFrame.end(out);
  }
}
