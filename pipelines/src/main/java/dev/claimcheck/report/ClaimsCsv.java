package dev.claimcheck.report;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.TemporalExpression;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code claims.csv}: one row per claim, for spreadsheets and scripts (RFC 4180: comma-separated,
 * every cell quoted, quotes doubled, CRLF line ends, UTF-8 with no byte-order mark). Several values
 * in one cell are joined by {@code "; "}. Article text is untrusted: a cell that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, so that opening the file never runs it. Thread-safe.
 */
public final class ClaimsCsv {
  /** The header row. */
  public static final String HEADER = row(List.of("id", "document", "source", "title", "section", "status", "flags",
      "dates", "citations", "reasons", "text"));

  private ClaimsCsv() {}

  /** The row of one claim of {@code document}. */
  public static String row(Claim c, Document document) {
    return row(List.of(c.id(), c.documentId(), document.source(), nullToEmpty(document.title()), c.section(),
        c.status() == null ? "" : c.status().name(),
        c.sortedFlags().stream().map(Flag::outputName).collect(Collectors.joining("; ")),
        c.dates().stream().map(ClaimsCsv::date).collect(Collectors.joining("; ")),
        String.join("; ", c.citations()), String.join("; ", c.reasons()), c.text()));
  }

  private static String date(TemporalExpression t) {
    return t.value() == null ? t.text() : t.text() + " = " + t.value();
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"').append(cell(cells.get(i)).replace("\"", "\"\"")).append('"');
    }
    return b.append("\r\n").toString();
  }

  /** A cell as written: a formula's opening character made inert. */
  static String cell(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
