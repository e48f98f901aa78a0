package dev.claimcheck.report;

import dev.claimcheck.diff.RunDiff;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Status;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.LinkRot;
import dev.claimcheck.results.SourceTotals;
import dev.claimcheck.results.SourceUse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}, the report's index: totals, what changed since the previous run, the
 * facts stated with different values, the first claims that need attention (the whole list on
 * its pages), the documents with the most of them (every document on the documents' pages), the
 * timeline of dated claims (each row a link to its claims), link rot and the failing sources,
 * the most-cited sources and the inputs that failed. Its size is bounded whatever the corpus:
 * every list is cut, the rest a link away. Thread-safe.
 */
final class IndexPage {
  /** How many claims needing attention the index lists. */
  static final int ATTENTION_SHOWN = 200;
  /** How many documents the index ranks. */
  static final int DOCUMENTS_SHOWN = 50;
  /** How many contested facts the index lists. */
  static final int CONFLICTS_SHOWN = 100;
  /** How many failing sources the index lists. */
  static final int SOURCES_SHOWN = 100;
  /** How many changes the "What changed" section lists; the rest are in changes.jsonl. */
  static final int CHANGES_SHOWN = 200;
  /** The width in pixels of the timeline's longest bar. */
  private static final int BAR = 240;

  static final String DOCUMENT_HEADER;
  static final String CONFLICT_HEADER = "<th><button type=\"button\">subject</button></th><th><button type=\"button\">"
      + "relation</button></th><th>values and the claims stating them</th>";
  static final String SOURCE_HEADER = "<th><button type=\"button\">status</button></th><th class=\"n\"><button "
      + "type=\"button\">HTTP</button></th><th><button type=\"button\">URL</button></th><th>archive</th>"
      + "<th class=\"n\"><button type=\"button\">documents</button></th><th>cited by</th>";

  static {
    StringBuilder h = new StringBuilder("<th><button type=\"button\">document</button></th><th class=\"n\"><button "
        + "type=\"button\">claims</button></th><th class=\"n\"><button type=\"button\">attention</button></th>");
    for (Status s : Status.values()) {
      h.append("<th class=\"n\"><button type=\"button\">").append(s.name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ')).append("</button></th>");
    }
    DOCUMENT_HEADER = h.toString();
  }

  private IndexPage() {}

  static void write(Writer out, Totals t, ReportSite site) throws IOException {
    PageFrame.begin(out, "claimcheck report");
    ClaimTotals c = t.claimTotals();
    out.write("<h1>claimcheck report</h1>\n<p class=\"meta\">" + count(t.documents(), "document")
        + " from " + count(t.inputs(), "input") + " (" + t.failedInputs() + " failed) · "
        + count(t.claims(), "claim") + ", " + c.datedClaims() + " dated · "
        + count(c.references(), "reference") + "</p>\n<p>");
    for (Map.Entry<String, Long> s : c.statuses().entrySet()) {
      out.write("<span class=\"chip st-" + s.getKey() + "\">" + s.getKey() + " " + s.getValue() + "</span>");
    }
    out.write("</p>\n<p class=\"crumbs\">Go to: <a href=\"#attention\">needs attention</a> · "
        + "<a href=\"#documents\">documents</a> · <a href=\"#timeline\">timeline</a> · "
        + "<a href=\"#link-rot\">link rot</a> · <a href=\"#failed\">failed inputs</a></p>\n");
    whatChanged(out, t);
    contested(out, t, site);
    attention(out, site);
    documents(out, t);
    timeline(out, t, site);
    linkRot(out, t, site);
    sources(out, t);
    errors(out, t);
    PageFrame.end(out);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A row made for a page in the report's folder, with its links made to work from the index. */
  static String fromIndex(String row) {
    return row.replace("<a href=\"doc-", "<a href=\"" + Pages.FOLDER + "doc-");
  }

  /** The first {@code shown} rows of a list's {@code files} as its table, then links to all its pages. */
  private static void firstRows(Writer out, ListPages list, List<RowFile> files, int shown) throws IOException {
    out.write(list.tableStart());
    for (String row : RowFile.first(files, shown)) {
      out.write(fromIndex(row));
      out.write('\n');
    }
    out.write(ListPages.tableEnd());
    out.write(list.pager(files.stream().mapToLong(RowFile::size).sum(), 0, Pages.FOLDER));
  }

  /** What changed since the previous run, when there was one: counts by kind, then the first changes. */
  private static void whatChanged(Writer out, Totals t) throws IOException {
    List<RunDiff.Change> changes = t.changes();
    if (changes == null) {
      return;
    }
    out.write("<h2 id=\"changes\">What changed</h2>\n<p class=\"meta\">");
    if (changes.isEmpty()) {
      out.write("Nothing since the previous run.</p>\n");
      return;
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    changes.forEach(ch -> counts.merge(ch.kind(), 1, Integer::sum));
    StringBuilder line = new StringBuilder();
    counts.forEach((kind, n) -> line.append(line.length() == 0 ? "" : " · ").append(Html.escape(kind)).append(' ')
        .append(n));
    out.write(line + "</p>\n<ul class=\"changes\">\n");
    for (RunDiff.Change ch : changes.subList(0, Math.min(CHANGES_SHOWN, changes.size()))) {
      var row = ch.row();
      out.write("<li><b>" + Html.escape(ch.kind()) + "</b> ");
      if (row.hasNonNull("from") || row.hasNonNull("to")) {
        out.write(Html.escape(row.path("from").asText("—")) + " → " + Html.escape(row.path("to").asText("—")) + " ");
      }
      if (!ch.input().isEmpty()) {
        out.write(Html.escape(ch.input()) + ": ");
      }
      if (row.hasNonNull("id") && ch.kind().startsWith("claim")) {
        out.write("<a href=\"" + Pages.FOLDER + Html.escape(Pages.claim(row.get("id").asText())) + "\">"
            + Html.escape(row.path("text").asText()) + "</a>");
      } else if (row.hasNonNull("url")) {
        out.write(Html.link(row.get("url").asText(), row.get("url").asText()));
      } else {
        String what = row.hasNonNull("text") ? row.get("text").asText() : row.hasNonNull("subject")
            ? row.get("subject").asText() + " — " + row.path("relation").asText() : "";
        out.write(Html.escape(what));
      }
      out.write("</li>\n");
    }
    out.write("</ul>\n");
    if (changes.size() > CHANGES_SHOWN) {
      out.write("<p class=\"meta\">" + (changes.size() - CHANGES_SHOWN) + " more in changes.jsonl</p>\n");
    }
  }

  /** The first facts that claims of the run state with different values, each side linked to its claims. */
  private static void contested(Writer out, Totals t, ReportSite site) throws IOException {
    RowFile rows = site.conflicts();
    if (rows.size() == 0) {
      return;
    }
    out.write("<h2 id=\"contested\">Contested</h2>\n<p class=\"meta\">" + count(rows.size(), "fact")
        + " stated with different values" + (rows.size() > CONFLICTS_SHOWN ? "; the first " + CONFLICTS_SHOWN
        + " here, all on <a href=\"" + Pages.FOLDER + Pages.list(ReportSite.CONFLICTS, 1) + "\">their pages</a>" : "")
        + "</p>\n");
    firstRows(out, ReportSite.conflictList(), List.of(rows), CONFLICTS_SHOWN);
  }

  /** The first claims that need attention, sortable, filterable and searchable; the rest on their pages. */
  private static void attention(Writer out, ReportSite site) throws IOException {
    Map<Attention.Kind, Long> counts = site.attentionCounts();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    out.write("<h2 id=\"attention\">Needs attention</h2>\n<p class=\"meta\">" + count(total, "claim"));
    if (total == 0) {
      out.write("; none is contested, unsourced, partly supported or citing a failing source.</p>\n");
      return;
    }
    StringBuilder kinds = new StringBuilder();
    counts.forEach((k, n) -> {
      if (n > 0) {
        kinds.append(kinds.length() == 0 ? ": " : " · ").append(k.label).append(' ').append(n);
      }
    });
    ListPages list = site.attentionList();
    out.write(kinds + (total > ATTENTION_SHOWN ? "; the first " + ATTENTION_SHOWN + " here, all on "
        + "<a href=\"" + Pages.FOLDER + Pages.list(ReportSite.ATTENTION, 1) + "\">their pages</a>" : "") + "</p>\n");
    PageFrame.filters(out, site.attentionStatuses());
    PageFrame.search(out, "attention-found", "#" + ReportSite.ATTENTION + " tbody tr", "Search these claims");
    firstRows(out, list, site.attentionFiles(), ATTENTION_SHOWN);
  }

  /** A document as a row of the documents' table, for a page {@code prefix} away from the report's folder. */
  static String documentRow(DocumentList.Entry d, String prefix) {
    String name = Html.escape(d.title() == null ? d.source() : d.title());
    StringBuilder row = new StringBuilder("<tr><td data-v=\"").append(name).append("\"><a href=\"").append(prefix)
        .append(Pages.document(d.id())).append("\">").append(name).append("</a>");
    if (d.title() != null) {
      row.append("<br><span class=\"kind\">").append(Html.escape(d.source())).append("</span>");
    }
    row.append("</td><td class=\"n\">").append(d.claims()).append("</td><td class=\"n\">").append(Attention.count(d))
        .append("</td>");
    for (Status s : Status.values()) {
      row.append("<td class=\"n\">").append(d.counts().getOrDefault(s.name(), 0L)).append("</td>");
    }
    return row.append("</tr>").toString();
  }

  /** The documents with the most claims needing attention; every document on the documents' pages. */
  private static void documents(Writer out, Totals t) throws IOException {
    out.write("<h2 id=\"documents\">Documents</h2>\n<p class=\"meta\">" + count(t.documents(), "document") + "; "
        + "every one on <a href=\"" + Pages.FOLDER + Pages.list(ReportSite.DOCUMENTS, 1) + "\">the documents' pages</a>"
        + ". The " + DOCUMENTS_SHOWN + " with the most claims needing attention:</p>\n");
    out.write("<div class=\"wrap\"><table class=\"sortable list\" id=\"top-documents\">\n<thead><tr>" + DOCUMENT_HEADER
        + "</tr></thead>\n<tbody>\n");
    for (DocumentList.Entry d : Attention.topDocuments(t, DOCUMENTS_SHOWN)) {
      out.write(documentRow(d, Pages.FOLDER));
      out.write('\n');
    }
    out.write(ListPages.tableEnd());
    out.write(ReportSite.documentList().pager(t.documents(), 0, Pages.FOLDER));
  }

  /** The dated claims per row of the compact timeline, each row a link to its claims. */
  private static void timeline(Writer out, Totals t, ReportSite site) throws IOException {
    Map<String, Map<String, Long>> rows = site.scale().rows(t.claimTotals().timeline());
    if (rows.isEmpty()) {
      return;
    }
    long max = rows.values().stream()
        .mapToLong(c -> c.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1);
    out.write("<h2 id=\"timeline\">Timeline of dated claims</h2>\n<p class=\"meta\">by the main date of each claim; "
        + "a row links to its claims</p>\n<div class=\"wrap\"><table class=\"timeline\">\n");
    for (Map.Entry<String, Map<String, Long>> e : rows.entrySet()) {
      long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      out.write("<tr><th><a href=\"" + Pages.FOLDER + Pages.list("timeline-" + e.getKey(), 1) + "\">"
          + Html.escape(e.getKey()) + "</a></th><td><a href=\"" + Pages.FOLDER
          + Pages.list("timeline-" + e.getKey(), 1) + "\">");
      for (String status : t.claimTotals().statuses().keySet()) {
        long n = e.getValue().getOrDefault(status, 0L);
        if (n > 0) {
          out.write("<span class=\"bar st-" + status + "\" title=\"" + status + " " + n
              + "\" style=\"width:" + Math.max(2, BAR * n / max) + "px\"></span>");
        }
      }
      out.write(" " + total + "</a></td></tr>\n");
    }
    out.write("</table></div>\n");
  }

  /** The sources most documents cite; each is checked once however many cite it. */
  private static void sources(Writer out, Totals t) throws IOException {
    List<SourceUse> cited = t.mostCited();
    if (cited.isEmpty()) {
      return;
    }
    out.write("<h2 id=\"most-cited\">Most-cited sources</h2>\n<div class=\"wrap\"><table class=\"sortable\">\n"
        + "<thead><tr><th><button type=\"button\">source</button></th><th class=\"n\"><button type=\"button\">"
        + "documents</button></th><th class=\"n\"><button type=\"button\">uses</button></th></tr></thead>\n<tbody>\n");
    for (SourceUse s : cited) {
      String name = s.title() != null ? s.title() : s.key();
      out.write("<tr><td>" + Html.escape(name) + " <span class=\"kind\">" + Html.link(s.url(), s.key())
          + "</span></td><td class=\"n\">" + s.documents() + "</td><td class=\"n\">" + s.uses() + "</td></tr>\n");
    }
    out.write("</tbody></table></div>\n");
  }

  /** What the source checks found, when sources were checked, and the first failing sources. */
  private static void linkRot(Writer out, Totals t, ReportSite site) throws IOException {
    LinkRot rot = t.linkRot();
    if (rot.checked() == 0) {
      return;
    }
    out.write("<h2 id=\"link-rot\">Link rot</h2>\n<p class=\"meta\">" + count(rot.checked(), "cited URL") + " checked · ");
    StringBuilder classes = new StringBuilder();
    rot.byStatus().forEach((status, n) -> classes.append(classes.length() == 0 ? "" : ", ").append(status).append(' ').append(n));
    out.write(Html.escape(classes.toString()) + " · " + rot.withArchiveCopy() + " with an archive copy ("
        + rot.failingWithArchiveCopy() + " of them failing)</p>\n");
    urlList(out, "Dead since the last run", rot.newlyDead());
    urlList(out, "Failing, not yet confirmed dead", rot.suspectedDead());
    urlList(out, "Recovered", rot.recovered());
    urlList(out, "Drifted from their archived copy", rot.drifted());
    RowFile failing = site.failing();
    if (failing.size() == 0) {
      return;
    }
    out.write("<h3>Failing sources (" + failing.size() + ")</h3>\n");
    firstRows(out, ReportSite.failingList(), List.of(failing), SOURCES_SHOWN);
  }

  private static void urlList(Writer out, String title, List<String> urls) throws IOException {
    if (urls.isEmpty()) {
      return;
    }
    out.write("<h3>" + title + " (" + urls.size() + ")</h3>\n<ul class=\"refs\">\n");
    for (String url : urls.subList(0, Math.min(urls.size(), SourceTotals.SHOWN * 10))) {
      out.write("<li>" + Html.link(url, url) + "</li>\n");
    }
    out.write("</ul>\n");
  }

  private static void errors(Writer out, Totals t) throws IOException {
    if (t.errors() == 0) {
      return;
    }
    out.write("<h2 id=\"failed\">Inputs that failed</h2>\n<div class=\"wrap\"><table class=\"errors\">\n");
    List<Failure> shown = t.errorTotals().shown();
    for (Failure e : shown) {
      out.write("<tr><td>" + Html.escape(e.input()) + "</td><td>"
          + Html.escape(e.stage()) + "</td><td>"
          + Html.escape(e.errorClass()) + "</td><td>"
          + Html.escape(e.message()) + "</td></tr>\n");
    }
    out.write("</table></div>\n");
    if (t.errors() > shown.size()) {
      out.write("<p class=\"meta\">" + (t.errors() - shown.size())
          + " more in errors.jsonl</p>\n");
    }
  }
}
