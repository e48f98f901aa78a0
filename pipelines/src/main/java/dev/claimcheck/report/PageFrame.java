package dev.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The frame every page of the report shares: one style and one script, inline, so that each page
 * opens from disk on its own; a content security policy that allows nothing else (the script
 * only by its hash, so a script that article text smuggled in would not run); no inline event
 * handlers. The script does three things wherever the page has them: status filters
 * ({@code .filters} check boxes toggle {@code hide-STATUS} on the body), search ({@code
 * input.search} hides the items its {@code data-items} selector names that do not hold the
 * text) and sorting ({@code table.sortable}: a header's button sorts the rows by that column,
 * by a cell's {@code data-v} when it has one, numbers as numbers). Thread-safe.
 */
final class PageFrame {
  private static final String STYLE = """
      *{box-sizing:border-box}
      body{font:15px/1.55 system-ui,sans-serif;margin:0 auto;max-width:64rem;padding:1rem 1.5rem;color:#1d1d1f;overflow-wrap:break-word}
      h1{margin:.2rem 0;font-size:1.6rem}h2{margin-top:2rem;border-top:2px solid #ddd;padding-top:1rem}
      a,.kind,td{overflow-wrap:anywhere}
      .wrap{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse}td,th{padding:.15rem .6rem;text-align:left;border-bottom:1px solid #eee;vertical-align:top}
      td.n,th.n{text-align:right}
      th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;color:#1a4f8b}
      th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
      .meta{color:#555;font-size:.9rem}.nav{color:#777}.item{margin-left:1.5rem}
      .crumbs{font-size:.9rem}.pager a,.pager b{margin-right:.5rem}
      .infobox{float:right;margin:0 0 1rem 1rem;background:#f6f6f6;font-size:.85rem;max-width:20rem}
      .claim{border-radius:3px;padding:0 .1rem}
      .st-CONTESTED{background:#f7c1c1}.st-DEAD_SOURCE{background:#e4c7f2}.st-SUPPORTED{background:#c9efc9}.st-PARTLY_SUPPORTED{background:#e8f3c4}
      .st-CITED{background:#dbeaf8}.st-ATTRIBUTED{background:#fbeec4}.st-UNSOURCED{background:#ffd8b0;outline:1px dashed #d9822b}
      .chip{display:inline-block;border-radius:9px;padding:0 .45rem;font-size:.8rem;margin:0 .1rem;white-space:nowrap}
      .badge{display:inline-block;border-radius:3px;padding:0 .3rem;font-size:.7rem;margin-left:.2rem;font-weight:bold;color:#fff;background:#666;vertical-align:middle}
      .badge.b-CONTESTED{background:#b3261e}.badge.b-DEAD_SOURCE{background:#7b3294}.badge.b-UNSOURCED{background:#b25d00}
      .badge.b-PARTLY_SUPPORTED{background:#5e7d12}.badge.failing{background:#7b3294}
      .src-ok{color:#256029}.src-failing{color:#a00;font-weight:bold}.src-other{color:#8a5a00}
      .cite{font-size:.75rem;vertical-align:super;text-decoration:none}.link{color:inherit;text-decoration:underline dotted}
      .tag{font-size:.75rem;color:#a00;vertical-align:super}
      time{border-bottom:1px dotted #333}time.primary{border-bottom:2px solid #333}.warn{color:#a00;font-size:.85rem}
      .kind{color:#777;font-size:.85rem}.refs{font-size:.9rem;list-style:none;padding-left:1rem}.refs li{margin:.2rem 0}
      .evidence{font-size:.9rem;margin:.2rem 0 .8rem 1rem;padding-left:.6rem;border-left:3px solid #c9efc9}
      mark.unsupported{background:#ffd8b0}.evidence blockquote{margin:.2rem 0 .5rem 1rem;color:#333;border-left:3px solid #ccc;padding-left:.5rem}
      .filters label{margin-right:.4rem;cursor:pointer}
      input.search{font:inherit;padding:.2rem .4rem;width:18rem;max-width:100%}
      .bar{display:inline-block;height:.8rem;vertical-align:middle}
      .timeline a{text-decoration:none;color:inherit}
      .miss{display:none}
      .hide-CONTESTED .st-CONTESTED,.hide-DEAD_SOURCE .st-DEAD_SOURCE,.hide-SUPPORTED .st-SUPPORTED,
      .hide-PARTLY_SUPPORTED .st-PARTLY_SUPPORTED,
      .hide-CITED .st-CITED,.hide-ATTRIBUTED .st-ATTRIBUTED,.hide-UNSOURCED .st-UNSOURCED
      {background:none;outline:none;color:#aaa}
      .hide-CONTESTED .row-CONTESTED,.hide-DEAD_SOURCE .row-DEAD_SOURCE,.hide-SUPPORTED .row-SUPPORTED,
      .hide-PARTLY_SUPPORTED .row-PARTLY_SUPPORTED,.hide-CITED .row-CITED,.hide-ATTRIBUTED .row-ATTRIBUTED,
      .hide-UNSOURCED .row-UNSOURCED{display:none}
      @media (max-width:40rem){body{padding:.5rem .7rem}.infobox{float:none;max-width:none;margin:0 0 1rem}
      td,th{padding:.15rem .3rem}h2{margin-top:1.4rem}}
      """;
  private static final String SCRIPT = """
      (function () {
        var body = document.body;
        document.querySelectorAll('.filters input').forEach(function (box) {
          box.addEventListener('change', function () {
            body.classList.toggle('hide-' + box.value, !box.checked);
          });
        });
        document.querySelectorAll('input.search').forEach(function (field) {
          var items = document.querySelectorAll(field.getAttribute('data-items'));
          var found = document.getElementById(field.getAttribute('aria-describedby'));
          field.addEventListener('input', function () {
            var q = field.value.trim().toLowerCase();
            var n = 0;
            items.forEach(function (item) {
              var hit = q === '' || item.textContent.toLowerCase().indexOf(q) >= 0;
              item.classList.toggle('miss', !hit);
              if (hit) { n++; }
            });
            if (found) { found.textContent = q === '' ? '' : n + ' found'; }
          });
        });
        function key(row, column) {
          var cell = row.cells[column];
          if (!cell) { return ''; }
          var v = cell.getAttribute('data-v');
          return v === null ? cell.textContent.trim() : v;
        }
        document.querySelectorAll('table.sortable').forEach(function (table) {
          var heads = table.tHead ? table.tHead.rows[0].cells : [];
          Array.prototype.forEach.call(heads, function (th, column) {
            var button = th.querySelector('button');
            if (!button) { return; }
            button.addEventListener('click', function () {
              var down = th.getAttribute('aria-sort') !== 'descending';
              Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
              var tbody = table.tBodies[0];
              var rows = Array.prototype.slice.call(tbody.rows);
              rows.sort(function (a, b) {
                var x = key(a, column), y = key(b, column);
                var nx = parseFloat(x), ny = parseFloat(y);
                var c = (!isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y) ? nx - ny : x.localeCompare(y);
                return down ? -c : c;
              });
              rows.forEach(function (r) { tbody.appendChild(r); });
            });
          });
        });
      })();
      """;

  /** The script element's text, and the policy that lets exactly that text run. */
  static final String SCRIPT_ELEMENT_TEXT = "\n" + SCRIPT;
  static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
      + sha256(SCRIPT_ELEMENT_TEXT) + "'";

  private PageFrame() {}

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Opens a page titled {@code title} (escaped here), up to the start of its body. */
  static void begin(Writer out, String title) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
    out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
  }

  /** Closes a page: its script, then the body and the document. */
  static void end(Writer out) throws IOException {
    out.write("<script>" + SCRIPT_ELEMENT_TEXT + "</script>\n</body>\n</html>\n");
  }

  /** Status check boxes that hide (or grey out) what has each status, with the counts given. */
  static void filters(Writer out, Map<String, Long> counts) throws IOException {
    out.write("<p class=\"filters\">Show: ");
    for (Map.Entry<String, Long> s : counts.entrySet()) {
      if (s.getValue() > 0) {
        out.write("<label class=\"chip st-" + s.getKey() + "\"><input type=\"checkbox\" checked value=\""
            + s.getKey() + "\"> " + s.getKey() + " " + s.getValue() + "</label>");
      }
    }
    out.write("</p>\n");
  }

  /** A search field over the elements {@code items} selects, with its count of hits beside it. */
  static void search(Writer out, String id, String items, String placeholder) throws IOException {
    out.write("<p><input class=\"search\" type=\"search\" placeholder=\"" + Html.escape(placeholder)
        + "\" aria-label=\"" + Html.escape(placeholder) + "\" data-items=\"" + Html.escape(items)
        + "\" aria-describedby=\"" + id + "\"> <span class=\"meta\" id=\"" + id + "\"></span></p>\n");
  }
}
