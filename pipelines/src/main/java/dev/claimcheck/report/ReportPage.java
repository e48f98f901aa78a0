package dev.claimcheck.report;

import dev.claimcheck.diff.RunDiff;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.Failure;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.LinkRot;
import dev.claimcheck.results.SourceTotals;
import dev.claimcheck.results.SourceUse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The frame of {@code report.html}: one self-contained page (inline style and script, no
 * external assets, a content security policy that allows nothing else: the page's own script
 * only by its hash, so a script that article text smuggled in would not run) with totals,
 * status filters, the timeline of dated claims, the failures and a table of contents. No
 * inline event handlers. Thread-safe.
 */
final class ReportPage {
  private static final String STYLE = """
      body{font:15px/1.55 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d1d1f}
      h1{margin:.2rem 0}h2{margin-top:2.5rem;border-top:2px solid #ddd;padding-top:1rem}
      table{border-collapse:collapse}td,th{padding:.15rem .6rem;text-align:left;border-bottom:1px solid #eee}
      .meta{color:#555;font-size:.9rem}.nav{color:#777}.item{margin-left:1.5rem}
      .infobox{float:right;margin:0 0 1rem 1rem;background:#f6f6f6;font-size:.85rem;max-width:20rem}
      .claim{border-radius:3px;padding:0 .1rem}
      .st-CONTESTED{background:#f7c1c1}.st-DEAD_SOURCE{background:#e4c7f2}.st-SUPPORTED{background:#c9efc9}.st-PARTLY_SUPPORTED{background:#e8f3c4}
      .st-CITED{background:#dbeaf8}.st-ATTRIBUTED{background:#fbeec4}.st-UNSOURCED{background:#ffd8b0;outline:1px dashed #d9822b}
      .chip{display:inline-block;border-radius:9px;padding:0 .45rem;font-size:.8rem;margin:0 .1rem}
      .cite{font-size:.75rem;vertical-align:super;text-decoration:none}.link{color:inherit;text-decoration:underline dotted}
      .tag{font-size:.75rem;color:#a00;vertical-align:super}
      time{border-bottom:1px dotted #333}time.primary{border-bottom:2px solid #333}.warn{color:#a00;font-size:.85rem}
      .kind{color:#777;font-size:.85rem}.refs{font-size:.9rem;list-style:none;padding-left:1rem}
      .evidence{font-size:.9rem}mark.unsupported{background:#ffd8b0}.evidence blockquote{margin:.2rem 0 .5rem 1rem;color:#333;border-left:3px solid #ccc;padding-left:.5rem}
      .filters label{margin-right:.8rem;cursor:pointer}
      .bar{display:inline-block;height:.8rem;vertical-align:middle}
      .hide-CONTESTED .st-CONTESTED,.hide-DEAD_SOURCE .st-DEAD_SOURCE,.hide-SUPPORTED .st-SUPPORTED,
      .hide-PARTLY_SUPPORTED .st-PARTLY_SUPPORTED,
      .hide-CITED .st-CITED,.hide-ATTRIBUTED .st-ATTRIBUTED,.hide-UNSOURCED .st-UNSOURCED
      {background:none;outline:none;color:#aaa}
      """;
  private static final String SCRIPT = """
      document.querySelectorAll('.filters input').forEach(function (box) {
        box.addEventListener('change', function () {
          document.body.classList.toggle('hide-' + box.value, !box.checked);
        });
      });
      """;

  /** The script element's text, and the policy that lets exactly that text run. */
  static final String SCRIPT_ELEMENT_TEXT = "\n" + SCRIPT;
  static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
      + sha256(SCRIPT_ELEMENT_TEXT) + "'";

  private ReportPage() {}

  private static String sha256(String text) {
    try {
      return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static void head(Writer out, Totals t) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>claimcheck report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    ClaimTotals c = t.claimTotals();
    out.write("<h1>claimcheck report</h1>\n<p class=\"meta\">" + count(t.documents(), "document")
        + " from " + count(t.inputs(), "input") + " (" + t.failedInputs() + " failed) · "
        + count(t.claims(), "claim") + ", " + c.datedClaims() + " dated · "
        + count(c.references(), "reference") + "</p>\n");
    out.write("<p class=\"filters\">Show: ");
    for (Map.Entry<String, Long> s : c.statuses().entrySet()) {
      out.write("<label class=\"chip st-" + s.getKey() + "\"><input type=\"checkbox\" checked value=\""
          + s.getKey() + "\"> " + s.getKey() + " " + s.getValue() + "</label>");
    }
    out.write("</p>\n");
    whatChanged(out, t);
    contested(out, t);
    timeline(out, t);
    sources(out, t);
    linkRot(out, t);
    errors(out, t);
    contents(out, t);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static void tail(Writer out) throws IOException {
    out.write("<script>" + SCRIPT_ELEMENT_TEXT + "</script>\n</body>\n</html>\n");
  }

  private static void timeline(Writer out, Totals t) throws IOException {
    Map<String, Map<String, Long>> timeline = t.claimTotals().timeline();
    if (timeline.isEmpty()) {
      return;
    }
    long max = timeline.values().stream()
        .mapToLong(c -> c.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1);
    out.write("<h2>Timeline of dated claims</h2>\n<table class=\"timeline\">\n");
    for (Map.Entry<String, Map<String, Long>> e : timeline.entrySet()) {
      long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      out.write("<tr><th>" + Html.escape(e.getKey()) + "</th><td>");
      for (String status : t.claimTotals().statuses().keySet()) {
        long n = e.getValue().getOrDefault(status, 0L);
        if (n > 0) {
          out.write("<span class=\"bar st-" + status + "\" title=\"" + status + " " + n
              + "\" style=\"width:" + Math.max(2, 300 * n / max) + "px\"></span>");
        }
      }
      out.write(" " + total + "</td></tr>\n");
    }
    out.write("</table>\n");
  }

  /** The facts that claims of the run state with different values, each side linked to its claims. */
  /** How many changes the "What changed" section lists; the rest are in changes.jsonl. */
  static final int CHANGES_SHOWN = 200;

  /** What changed since the previous run, when there was one: counts by kind, then the first changes. */
  private static void whatChanged(Writer out, Totals t) throws IOException {
    List<RunDiff.Change> changes = t.changes();
    if (changes == null) {
      return;
    }
    out.write("<h2>What changed</h2>\n<p class=\"meta\">");
    if (changes.isEmpty()) {
      out.write("Nothing since the previous run.</p>\n");
      return;
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    StringBuilder line = new StringBuilder();
    counts.forEach((kind, n) -> line.append(line.length() == 0 ? "" : " · ").append(Html.escape(kind)).append(' ')
        .append(n));
    out.write(line + "</p>\n<ul class=\"changes\">\n");
    for (RunDiff.Change c : changes.subList(0, Math.min(CHANGES_SHOWN, changes.size()))) {
      var row = c.row();
      out.write("<li><b>" + Html.escape(c.kind()) + "</b> ");
      if (row.hasNonNull("from") || row.hasNonNull("to")) {
        out.write(Html.escape(row.path("from").asText("—")) + " → " + Html.escape(row.path("to").asText("—")) + " ");
      }
      if (!c.input().isEmpty()) {
        out.write(Html.escape(c.input()) + ": ");
      }
      String what = row.hasNonNull("text") ? row.get("text").asText() : row.hasNonNull("url") ? row.get("url").asText()
          : row.hasNonNull("subject") ? row.get("subject").asText() + " — " + row.path("relation").asText() : "";
      if (row.hasNonNull("id") && c.kind().startsWith("claim")) {
        out.write("<a href=\"#c-" + Html.escape(row.get("id").asText()) + "\">" + Html.escape(what) + "</a>");
      } else {
        out.write(Html.escape(what));
      }
      out.write("</li>\n");
    }
    out.write("</ul>\n");
    if (changes.size() > CHANGES_SHOWN) {
      out.write("<p class=\"meta\">" + (changes.size() - CHANGES_SHOWN) + " more in changes.jsonl</p>\n");
    }
  }

  private static void contested(Writer out, Totals t) throws IOException {
    if (t.conflicts() == 0) {
      return;
    }
    out.write("<h2>Contested</h2>\n<p class=\"meta\">" + count(t.conflicts(), "fact")
        + " stated with different values</p>\n<ul class=\"conflicts\">\n");
    for (Conflicts.Conflict c : t.conflictsShown()) {
      out.write("<li>" + Html.escape(c.subjectKey()) + " — " + Html.escape(c.relation()) + ": ");
      boolean firstSide = true;
      for (Conflicts.Side side : c.sides()) {
        out.write(firstSide ? "" : " <b>against</b> ");
        firstSide = false;
        out.write("<span class=\"chip st-CONTESTED\">" + Html.escape(side.value()) + "</span>");
        for (Fact f : side.facts()) {
          out.write(" <a href=\"#c-" + Html.escape(f.claimId()) + "\">" + Html.escape(f.source()) + "</a>");
        }
      }
      out.write("</li>\n");
    }
    out.write("</ul>\n");
    if (t.conflicts() > t.conflictsShown().size()) {
      out.write("<p class=\"meta\">" + (t.conflicts() - t.conflictsShown().size())
          + " more in conflicts.jsonl</p>\n");
    }
  }

  /** The sources most documents cite; each is checked once however many cite it. */
  private static void sources(Writer out, Totals t) throws IOException {
    List<SourceUse> cited = t.mostCited();
    if (cited.isEmpty()) {
      return;
    }
    out.write("<h2>Most-cited sources</h2>\n<table class=\"sources\">\n"
        + "<tr><th>source</th><th>documents</th><th>uses</th></tr>\n");
    for (SourceUse s : cited) {
      String name = s.title() != null ? s.title() : s.key();
      out.write("<tr><td>" + Html.escape(name) + " <span class=\"kind\">" + Html.escape(s.key())
          + "</span></td><td>" + s.documents() + "</td><td>" + s.uses() + "</td></tr>\n");
    }
    out.write("</table>\n");
  }

  /** What the source checks found, when sources were checked. */
  private static void linkRot(Writer out, Totals t) throws IOException {
    LinkRot rot = t.linkRot();
    if (rot.checked() == 0) {
      return;
    }
    out.write("<h2>Link rot</h2>\n<p class=\"meta\">" + count(rot.checked(), "cited URL") + " checked · ");
    StringBuilder classes = new StringBuilder();
    rot.byStatus().forEach((status, n) -> classes.append(classes.length() == 0 ? "" : ", ").append(status).append(' ').append(n));
    out.write(Html.escape(classes.toString()) + " · " + rot.withArchiveCopy() + " with an archive copy ("
        + rot.failingWithArchiveCopy() + " of them failing)</p>\n");
    urlList(out, "Dead since the last run", rot.newlyDead());
    urlList(out, "Failing, not yet confirmed dead", rot.suspectedDead());
    urlList(out, "Recovered", rot.recovered());
    urlList(out, "Drifted from their archived copy", rot.drifted());
  }

  private static void urlList(Writer out, String title, List<String> urls) throws IOException {
    if (urls.isEmpty()) {
      return;
    }
    out.write("<h3>" + title + " (" + urls.size() + ")</h3>\n<ul class=\"refs\">\n");
    for (String url : urls.subList(0, Math.min(urls.size(), SourceTotals.SHOWN * 10))) {
      out.write("<li>" + Html.escape(url) + "</li>\n");
    }
    out.write("</ul>\n");
  }

  private static void errors(Writer out, Totals t) throws IOException {
    if (t.errors() == 0) {
      return;
    }
    out.write("<h2>Inputs that failed</h2>\n<table class=\"errors\">\n");
    List<Failure> shown = t.errorTotals().shown();
    for (Failure e : shown) {
      out.write("<tr><td>" + Html.escape(e.input()) + "</td><td>"
          + Html.escape(e.stage()) + "</td><td>"
          + Html.escape(e.errorClass()) + "</td><td>"
          + Html.escape(e.message()) + "</td></tr>\n");
    }
    out.write("</table>\n");
    if (t.errors() > shown.size()) {
      out.write("<p class=\"meta\">" + (t.errors() - shown.size())
          + " more in errors.jsonl</p>\n");
    }
  }

  private static void contents(Writer out, Totals t) throws IOException {
    out.write("<h2>Documents</h2>\n<table class=\"contents\">\n");
    t.forEachDocument(d -> {
      String title = d.title() == null ? d.source() : d.title();
      out.write("<tr><td><a href=\"#doc-" + Html.escape(d.id()) + "\">"
          + Html.escape(title) + "</a></td><td>");
      for (String status : t.claimTotals().statuses().keySet()) {
        long n = d.counts().getOrDefault(status, 0L);
        if (n > 0) {
          out.write("<span class=\"chip st-" + status + "\">" + status + " " + n + "</span>");
        }
      }
      out.write("</td></tr>\n");
    });
    out.write("</table>\n");
  }
}
