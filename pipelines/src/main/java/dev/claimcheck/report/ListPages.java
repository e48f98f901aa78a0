package dev.claimcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A long list of the report (claims needing attention, the claims of a timeline bucket, the
 * documents, the failing sources, the contested facts) written as pages of a few hundred or a thousand rows in the
 * report's folder, each page a table that sorts, filters by status and searches, with links to
 * the other pages and back to the index. Not thread-safe.
 *
 * @param name the pages' file names start with this ({@link Pages#list})
 * @param title the list's title
 * @param intro what the list holds, as HTML (escaped by the caller)
 * @param header the table's header cells, as HTML
 * @param statuses the status filters to offer with their counts, or an empty map for none
 * @param perPage how many rows a page holds
 */
record ListPages(String name, String title, String intro, String header, Map<String, Long> statuses, int perPage) {

  /** A list of {@link Pages#ROWS_PER_PAGE} rows a page. */
  ListPages(String name, String title, String intro, String header, Map<String, Long> statuses) {
    this(name, title, intro, header, statuses, Pages.ROWS_PER_PAGE);
  }

  /** How many pages {@code rows} rows take (at least one, so that every list has a first page). */
  int pages(long rows) {
    return (int) Math.max(1, (rows + perPage - 1) / perPage);
  }

  /** Writes the pages of the rows of {@code files}, in turn, into {@code folder}. */
  void write(Path folder, List<RowFile> files) throws IOException {
    long total = files.stream().mapToLong(RowFile::size).sum();
    int pages = pages(total);
    Page[] current = {null};
    long[] written = {0};
    for (RowFile f : files) {
      f.forEach(Long.MAX_VALUE, row -> {
        if (written[0] % perPage == 0) {
          if (current[0] != null) {
            current[0].close();
          }
          current[0] = new Page(folder, (int) (written[0] / perPage) + 1, pages, total);
        }
        current[0].out.write(row);
        current[0].out.write('\n');
        written[0]++;
      });
    }
    if (current[0] == null) {
      current[0] = new Page(folder, 1, 1, 0);
    }
    current[0].close();
  }

  /**
   * Links to every page of the list's {@code rows} rows, the page {@code current} (0 for none) in
   * bold; nothing for a list of one page (the index links to it in its own words).
   */
  String pager(long rows, int current, String prefix) {
    int pages = pages(rows);
    if (pages == 1) {
      return "";
    }
    StringBuilder out = new StringBuilder("<p class=\"pager\">Pages: ");
    for (int p = 1; p <= pages; p++) {
      out.append(p == current ? "<b>" + p + "</b>"
          : "<a href=\"" + prefix + Pages.list(name, p) + "\">" + p + "</a>");
    }
    return out.append("</p>\n").toString();
  }

  /** The table's opening, as the index shows the same list's first rows. */
  String tableStart() {
    return "<div class=\"wrap\"><table class=\"sortable list\" id=\"" + name + "\">\n<thead><tr>" + header
        + "</tr></thead>\n<tbody>\n";
  }

  static String tableEnd() {
    return "</tbody></table></div>\n";
  }

  /** One page being written. */
  private final class Page {
    final Writer out;
    final int number;
    final int pages;
    final long total;

    Page(Path folder, int number, int pages, long total) throws IOException {
      this.number = number;
      this.pages = pages;
      this.total = total;
      out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(Pages.list(name, number)),
          StandardCharsets.UTF_8), 1 << 16);
      PageFrame.begin(out, title + (pages > 1 ? " (page " + number + " of " + pages + ")" : "")
          + " · claimcheck report");
      out.write("<p class=\"crumbs\"><a href=\"" + Pages.INDEX_FROM_FOLDER + "\">← report</a></p>\n");
      out.write("<h1>" + Html.escape(title) + "</h1>\n<p class=\"meta\">" + intro + " · " + total
          + (total == 1 ? " row" : " rows") + (pages > 1 ? ", page " + number + " of " + pages : "") + "</p>\n");
      out.write(pager(total, number, ""));
      if (!statuses.isEmpty()) {
        PageFrame.filters(out, statuses);
      }
      PageFrame.search(out, "found", "#" + name + " tbody tr", "Search this page");
      out.write(tableStart());
    }

    void close() throws IOException {
      out.write(tableEnd());
      out.write(pager(total, number, ""));
      PageFrame.end(out);
      out.close();
    }
  }
}
