package dev.claimcheck.report;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Evidence;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.Status;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.results.ReferenceCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the body of one document's page: its text with every claim highlighted by status (a
 * claim that needs attention also labelled, so that its status shows without hovering, a cited
 * source that is failing named on the claim), citation markers linked to the reference list
 * (the reference shown on hover), dates marked with their values, what the checked sources said
 * under each paragraph, and the reference list with each source's check. Every piece of article
 * text goes through {@link Html#escape}; only http(s) addresses become links. Stateless and
 * thread-safe.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The {@code <section>} for one analysed document whose references' URLs were checked as {@code checks} says. */
  public static String documentSection(Analysis analysis, Map<String, ReferenceCheck> checks) {
    Document d = analysis.document();
    StringBuilder out = new StringBuilder(d.text().length() * 2 + 1024);
    String anchor = "doc-" + d.id();
    out.append("<section class=\"doc\" id=\"").append(anchor).append("\">\n<h1>")
        .append(Html.escape(d.title() != null ? d.title() : d.source())).append("</h1>\n")
        .append("<p class=\"meta\">").append(Html.escape(d.source())).append(" · ")
        .append(Html.escape(d.format())).append(" · ").append(analysis.claims().size())
        .append(analysis.claims().size() == 1 ? " claim · " : " claims · ")
        .append(analysis.references().size())
        .append(analysis.references().size() == 1 ? " reference" : " references");
    for (Status s : Status.values()) {
      long n = analysis.claims().stream().filter(c -> c.status() == s).count();
      if (n > 0) {
        out.append(" <span class=\"chip st-").append(s.name()).append("\">").append(s.name())
            .append(' ').append(n).append("</span>");
      }
    }
    if (d.truncated()) {
      out.append(" <span class=\"warn\">truncated</span>");
    }
    out.append("</p>\n<div class=\"body\">\n");
    // What marks point at: a marker by reference id or label, a link by its URL.
    Map<String, Reference> refs = new HashMap<>();
    for (Reference r : analysis.references()) {
      refs.putIfAbsent("label:" + r.label(), r);
      refs.put("id:" + r.id(), r);
      if (r.work().archiveUrl() != null) {
        refs.putIfAbsent("link:" + r.work().archiveUrl(), r);
      }
      if (r.work().url() != null) {
        refs.putIfAbsent("link:" + r.work().url(), r);
      }
    }
    Map<Integer, List<Claim>> claimsByBlock = analysis.claims().stream()
        .collect(Collectors.groupingBy(Claim::paragraph));
    List<Block> blocks = d.blocks();
    boolean inInfobox = false;
    boolean referencesShown = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == BlockKind.INFOBOX != inInfobox) {
        out.append(inInfobox ? "</table>\n" : "<table class=\"infobox\">\n");
        inInfobox = !inInfobox;
      }
      switch (b.kind()) {
        case HEADING -> out.append("<h3>").append(Html.escape(b.text())).append("</h3>\n");
        case INFOBOX -> out.append("<tr><td>").append(Html.escape(b.text())).append("</td></tr>\n");
        case NAVIGATION -> out.append("<p class=\"nav\">").append(Html.escape(b.text())).append("</p>\n");
        case REFERENCE_ENTRY -> {
          if (!referencesShown) {
            references(out, analysis, checks);
            referencesShown = true;
          }
        }
        case PARAGRAPH, LIST_ITEM -> {
          out.append(b.kind() == BlockKind.LIST_ITEM ? "<p class=\"item\">" : "<p>");
          List<Claim> claims = claimsByBlock.getOrDefault(i, List.of());
          prose(out, d, b, claims, refs, checks);
          out.append("</p>\n");
          evidence(out, d.text(), claims);
        }
        default -> { }
      }
    }
    if (inInfobox) {
      out.append("</table>\n");
    }
    if (!referencesShown && !analysis.references().isEmpty()) {
      out.append("<h3>References</h3>\n");
      references(out, analysis, checks);
    }
    out.append("</div>\n");
    out.append("</section>\n");
    return out.toString();
  }

  /** The reference list, each entry an anchor that citation markers link to, with its source's check. */
  private static void references(StringBuilder out, Analysis analysis, Map<String, ReferenceCheck> checks) {
    String documentId = analysis.document().id();
    out.append("<ol class=\"refs\">\n");
    for (Reference r : analysis.references()) {
      out.append("<li id=\"").append(refAnchor(documentId, r.id())).append("\"><span class=\"label\">")
          .append(Html.escape(r.label())).append(".</span> ").append(Html.escape(r.text()))
          .append(r.work().url() != null
              ? " <span class=\"kind\">" + Html.link(r.work().url(), r.work().url()) + "</span>" : "")
          .append(" <span class=\"kind\">").append(r.kind().outputName()).append(", used ")
          .append(r.uses()).append("×</span>");
      if (r.fullReference() != null) {
        out.append(" <a class=\"kind\" href=\"#").append(refAnchor(documentId, r.fullReference()))
            .append("\">→ full reference</a>");
      }
      r.work().problems().forEach(p -> out.append(" <span class=\"warn\">").append(Html.escape(p)).append("</span>"));
      check(out, checks.get(r.id()));
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  /** A source's check as a reference entry shows it: its class, HTTP status and archive copy. */
  private static void check(StringBuilder out, ReferenceCheck check) {
    if (check == null) {
      return;
    }
    String tone = check.failing() ? "src-failing" : check.status().equals("ALIVE") || check.status().equals("REDIRECTED")
        ? "src-ok" : "src-other";
    out.append("<br><span class=\"").append(tone).append("\">source ").append(Html.escape(check.status()));
    if (check.httpStatus() > 0) {
      out.append(" (HTTP ").append(check.httpStatus()).append(')');
    }
    out.append("</span>");
    if (check.finalUrl() != null) {
      out.append(" <span class=\"kind\">→ ").append(Html.link(check.finalUrl(), check.finalUrl())).append("</span>");
    }
    if (check.archiveCopy() != null) {
      out.append(" <span class=\"kind\">").append(Html.link(check.archiveCopy(), "archive copy")).append("</span>");
    }
    if (check.drift() != null && check.drift().drifted()) {
      out.append(" <span class=\"warn\">drifted from ").append(Html.escape(check.drift().against())).append("</span>");
    }
  }

  /**
   * What the checked sources said about the claims of one paragraph, under it: for each claim
   * with evidence, in text order, the passage of each source that holds its facts (or states
   * another value), the source's address and whether it was the live page or an archive copy.
   */
  private static void evidence(StringBuilder out, String text, List<Claim> claims) {
    List<Claim> found = claims.stream().filter(c -> !c.evidence().isEmpty())
        .sorted(Comparator.comparingInt(c -> c.span().start())).toList();
    if (found.isEmpty()) {
      return;
    }
    out.append("<ol class=\"evidence\">\n");
    for (Claim c : found) {
      String claimText = text.substring(c.span().start(), c.span().end());
      out.append("<li>Evidence for <a class=\"claim st-").append(c.status().name()).append("\" href=\"#c-").append(c.id())
          .append("\">").append(Html.escape(claimText.length() > 120 ? claimText.substring(0, 120) + "…" : claimText))
          .append("</a> <span class=\"chip st-").append(c.status().name()).append("\">").append(c.status().name())
          .append("</span>\n<ul>\n");
      for (Evidence e : c.evidence()) {
        out.append("<li><span class=\"kind\">[").append(Html.escape(e.reference())).append("] ")
            .append(Html.link(e.url(), e.url())).append(e.copy().equals("live") ? " (live page)"
                : " (" + Html.link(e.copy(), "archive copy") + ")").append("</span>");
        if (e.timestamp() != null) {
          out.append(" <span class=\"kind\">captured ").append(Html.escape(e.timestamp())).append("</span>");
        }
        if (e.contradicts() != null) {
          out.append(" <span class=\"warn\">says ").append(Html.escape(e.contradicts())).append(" where the claim says ")
              .append(Html.escape(e.claimValue())).append("</span>");
        } else if (!e.facts().isEmpty()) {
          out.append(" <span class=\"kind\">holds ").append(Html.escape(String.join(", ", e.facts())))
              .append("</span>");
        }
        out.append("<blockquote>").append(Html.escape(e.passage())).append("</blockquote></li>\n");
      }
      if (!c.unsupported().isEmpty()) {
        out.append("<li class=\"warn\">no checked source states: ");
        for (int i = 0; i < c.unsupported().size(); i++) {
          out.append(i == 0 ? "" : ", ").append("<mark class=\"unsupported\">")
              .append(Html.escape(c.unsupported().get(i).text())).append("</mark>");
        }
        out.append("</li>\n");
      }
      out.append("</ul></li>\n");
    }
    out.append("</ol>\n");
  }

  /** The text of a prose block, claims wrapped in highlighted spans. */
  private static void prose(StringBuilder out, Document d, Block block, List<Claim> claims,
      Map<String, Reference> refs, Map<String, ReferenceCheck> checks) {
    String text = d.text();
    int at = block.span().start();
    List<Claim> ordered = new ArrayList<>(claims);
    ordered.sort(Comparator.comparingInt(c -> c.span().start()));
    for (Claim c : ordered) {
      out.append(Html.escape(text.substring(at, c.span().start())));
      out.append("<span class=\"claim st-").append(c.status().name()).append("\" id=\"c-")
          .append(c.id()).append("\" title=\"").append(Html.escape(tooltip(c))).append("\">");
      inner(out, d, c, refs);
      out.append("</span>");
      badge(out, c, refs, checks);
      at = c.span().end();
    }
    out.append(Html.escape(text.substring(at, block.span().end())));
  }

  /** The label after a claim that needs attention: its status, or the failing source it cites. */
  private static void badge(StringBuilder out, Claim c, Map<String, Reference> refs, Map<String, ReferenceCheck> checks) {
    Attention.Kind kind = Attention.of(c, checks);
    if (kind == null) {
      return;
    }
    if (kind == Attention.Kind.FAILING_SOURCE) {
      String id = Attention.failingSource(c, checks);
      Reference r = refs.get("id:" + id);
      out.append("<span class=\"badge failing\">source ").append(Html.escape(checks.get(id).status()))
          .append(r == null ? "" : " [" + Html.escape(r.label()) + "]").append("</span>");
    } else if (kind == Attention.Kind.CITATION_NEEDED) {
      out.append("<span class=\"badge\">citation needed</span>");
    } else {
      out.append("<span class=\"badge b-").append(c.status().name()).append("\">").append(c.status().name())
          .append("</span>");
    }
  }

  /** A claim's text with its marks linked and its dates marked. */
  private static void inner(StringBuilder out, Document d, Claim c, Map<String, Reference> refs) {
    record Piece(Span span, InlineMark mark, TemporalExpression date) {}
    List<Piece> pieces = new ArrayList<>();
    c.marks().forEach(m -> pieces.add(new Piece(m.span(), m, null)));
    c.dates().forEach(t -> pieces.add(new Piece(t.span(), null, t)));
    pieces.sort(Comparator.comparingInt(p -> p.span().start()));
    String text = d.text();
    int at = c.span().start();
    for (Piece p : pieces) {
      if (p.span().start() < at) {
        continue;
      }
      out.append(Html.escape(text.substring(at, p.span().start())));
      String raw = Html.escape(text.substring(p.span().start(), p.span().end()));
      if (p.date() != null) {
        TemporalExpression t = p.date();
        StringBuilder title = new StringBuilder(t.type().name()).append(' ')
            .append(t.value() == null ? "(unresolved)" : t.value());
        t.sortedFlags().forEach(f -> title.append(", ").append(f.outputName()));
        out.append(t.has(dev.claimcheck.model.DateFlag.PRIMARY) ? "<time class=\"primary\" title=\""
            : "<time title=\"").append(Html.escape(title.toString())).append("\">").append(raw)
            .append("</time>");
      } else if (target(p.mark(), refs) != null) {
        Reference r = target(p.mark(), refs);
        String style = p.mark().kind() == MarkKind.LINK ? "link" : "cite";
        out.append("<a class=\"").append(style).append("\" href=\"#").append(refAnchor(d.id(), r.id()))
            .append("\" title=\"").append(Html.escape(r.text())).append("\">").append(raw)
            .append("</a>");
      } else {
        out.append("<span class=\"tag\">").append(raw).append("</span>");
      }
      at = p.span().end();
    }
    out.append(Html.escape(text.substring(at, c.span().end())));
  }

  private static Reference target(InlineMark mark, Map<String, Reference> refs) {
    if (mark.kind() == MarkKind.LINK) {
      return refs.get("link:" + mark.target());
    }
    if (mark.kind() != MarkKind.CITATION) {
      return null;
    }
    Reference r = refs.get("id:" + mark.target());
    return r != null ? r : refs.get("label:" + mark.label());
  }

  private static String tooltip(Claim c) {
    StringBuilder t = new StringBuilder(c.status().name()).append(": ")
        .append(String.join("; ", c.reasons()));
    if (!c.flags().isEmpty()) {
      t.append(" [").append(c.sortedFlags().stream().map(Flag::outputName)
          .collect(Collectors.joining(", "))).append(']');
    }
    if (c.attribution() != null) {
      t.append(" — source named in the text: ").append(c.attribution().source());
    }
    return t.toString();
  }

  private static String refAnchor(String documentId, String label) {
    return "ref-" + documentId + "-" + label.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
