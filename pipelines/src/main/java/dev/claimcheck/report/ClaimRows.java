package dev.claimcheck.report;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.TemporalExpression;

/**
 * A claim as a row of the report's claim lists (the claims needing attention, the claims of a
 * timeline bucket): its status, date, text linked to its place on its document's page, the
 * document, and why it is listed. Every piece of article text is escaped. Thread-safe.
 */
final class ClaimRows {
  /** How much of a claim's text a row shows. */
  static final int TEXT_SHOWN = 300;
  /** The header of every claim list. */
  static final String HEADER = "<th><button type=\"button\">status</button></th><th><button type=\"button\">date</button>"
      + "</th><th><button type=\"button\">claim</button></th><th><button type=\"button\">document</button></th>"
      + "<th>why</th>";

  private ClaimRows() {}

  /**
   * The row of {@code claim} of {@code document}, for a page {@code prefix} away from the report's
   * folder ({@code ""} inside it, {@link Pages#FOLDER} from the index).
   *
   * @param rank where its reason stands among the reasons to look at a claim, for sorting
   * @param why why it is listed
   */
  static String row(Claim claim, Document document, int rank, String why, String prefix) {
    String status = claim.status() == null ? "" : claim.status().name();
    String text = claim.text().length() > TEXT_SHOWN ? claim.text().substring(0, TEXT_SHOWN) + "…" : claim.text();
    String date = date(claim);
    String title = document.title() != null ? document.title() : document.source();
    StringBuilder out = new StringBuilder(text.length() + 400);
    out.append("<tr class=\"row-").append(status).append("\"><td data-v=\"").append(rank).append("\"><span class=\"chip st-")
        .append(status).append("\">").append(status).append("</span></td><td>").append(Html.escape(date))
        .append("</td><td><a href=\"").append(prefix).append(Html.escape(Pages.claim(claim.id()))).append("\">")
        .append(Html.escape(text)).append("</a></td><td>").append(Html.escape(title)).append("</td><td>")
        .append(Html.escape(why)).append("</td></tr>");
    return out.toString();
  }

  /** The value of a claim's primary date, else of its first date with a value, else empty. */
  static String date(Claim claim) {
    String first = "";
    for (TemporalExpression t : claim.dates()) {
      if (t.value() != null && t.has(DateFlag.PRIMARY)) {
        return t.value();
      }
      if (t.value() != null && first.isEmpty()) {
        first = t.value();
      }
    }
    return first;
  }
}
