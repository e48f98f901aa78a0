package dev.claimcheck.report;

import dev.claimcheck.model.Status;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.LinkRot;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code summary.md}: the run's totals as Markdown, to paste into a ticket or a chat: claims per
 * status, documents, errors and conflicts, the sources checked, and the documents with the most
 * claims that need attention (contested, dead source, partly supported, unsourced: {@link
 * Attention}). Titles and inputs are escaped
 * so that no article text becomes Markdown or HTML. Computes nothing the totals do not hold but
 * that ranking, over the list of documents read once. Not thread-safe.
 */
final class SummaryMarkdown {
  /** How many documents the attention list shows. */
  static final int DOCUMENTS_SHOWN = 20;
  private SummaryMarkdown() {}

  /** Writes the summary of {@code totals}. */
  static void write(Totals totals, Writer out) throws IOException {
    ClaimTotals c = totals.claimTotals();
    out.write("# claimcheck report\n\n");
    out.write(String.format(Locale.ROOT, "%,d inputs (%,d failed), %,d documents, %,d claims (%,d dated), "
            + "%,d references, %,d errors, %,d conflicts.\n\n", totals.inputs(), totals.failedInputs(), c.documents(),
        c.claims(), c.datedClaims(), c.references(), totals.errors(), totals.conflicts()));
    out.write("| status | claims |\n|---|---:|\n");
    for (Map.Entry<String, Long> s : c.statuses().entrySet()) {
      out.write(String.format(Locale.ROOT, "| %s | %,d |\n", s.getKey(), s.getValue()));
    }
    LinkRot rot = totals.linkRot();
    if (rot.checked() > 0) {
      out.write(String.format(Locale.ROOT, "\nSources checked: %,d.", rot.checked()));
      for (Map.Entry<String, Long> s : rot.byStatus().entrySet()) {
        out.write(String.format(Locale.ROOT, " %s %,d.", s.getKey(), s.getValue()));
      }
      out.write(String.format(Locale.ROOT, " Newly dead: %,d; recovered: %,d.\n", rot.newlyDead().size(),
          rot.recovered().size()));
    }
    List<DocumentList.Entry> top = Attention.topDocuments(totals, DOCUMENTS_SHOWN);
    if (!top.isEmpty()) {
      out.write("\n## Documents with the most claims to look at\n\n");
      out.write("| document | input | contested | dead source | partly supported | unsourced | claims |\n|---|---|---:|---:|---:|---:|---:|\n");
      for (DocumentList.Entry d : top) {
        out.write("| " + escape(d.title() == null ? d.id() : d.title()) + " | " + escape(d.source()) + " | "
            + d.counts().getOrDefault(Status.CONTESTED.name(), 0L) + " | "
            + d.counts().getOrDefault(Status.DEAD_SOURCE.name(), 0L) + " | "
            + d.counts().getOrDefault(Status.PARTLY_SUPPORTED.name(), 0L) + " | "
            + d.counts().getOrDefault(Status.UNSOURCED.name(), 0L) + " | " + d.claims() + " |\n");
      }
    }
  }

  /** Text made inert in Markdown: its markup characters escaped, HTML's brackets as entities, one line. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r', '\t' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '(', ')', '{', '}', '~' -> b.append('\\').append(ch);
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
