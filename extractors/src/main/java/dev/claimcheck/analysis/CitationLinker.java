package dev.claimcheck.analysis;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Reference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links claims to the references their markers name, applies the paragraph-citation rule
 * (a sentence without a marker is covered by the next cited sentence of a paragraph that ends
 * in a citation, unless an editor tagged it "citation needed"), counts each reference's uses, and lists dangling markers and unused
 * references. Stateless and thread-safe.
 */
final class CitationLinker {
  private CitationLinker() {}

  static Analysis link(Document document, List<Paragraph> paragraphs, List<Reference> references) {
    Map<String, Reference> byId = new LinkedHashMap<>();
    Map<String, Reference> byLabel = new LinkedHashMap<>();
    references.forEach(r -> {
      byId.putIfAbsent(r.id(), r);
      byLabel.putIfAbsent(r.label(), r);
    });
    Map<String, Integer> markerCounts = new LinkedHashMap<>();
    Set<String> dangling = new TreeSet<>();
    int markers = 0;
    List<Claim> claims = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      List<Paragraph.Line> lines = paragraph.lines();
      for (int i = 0; i < lines.size(); i++) {
        Paragraph.Line line = lines.get(i);
        for (InlineMark mark : line.marks()) {
          if (mark.kind() == MarkKind.CITATION) {
            markers++;
            Reference target = target(mark, byId, byLabel);
            if (target == null) {
              dangling.add(mark.label());
            } else {
              markerCounts.merge(target.id(), 1, Integer::sum);
            }
          }
        }
        if (line.claim() == null) {
          continue;
        }
        if (line.cites()) {
          claims.add(line.claim().withCitations(resolve(line.marks(), byId, byLabel), Set.of()));
        } else if (paragraph.block().isProse() && paragraph.endsInCitation()
            && !line.claim().has(Flag.CITATION_NEEDED)) {
          // An editor's "citation needed" says the paragraph's citation does not cover it.
          Paragraph.Line cover = nextCited(lines, i);
          claims.add(line.claim().withCitations(resolve(cover.marks(), byId, byLabel),
              EnumSet.of(Flag.PARAGRAPH_CITATION)));
        } else {
          claims.add(line.claim());
        }
      }
    }
    List<Reference> counted = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    for (Reference r : references) {
      int pointing = markerCounts.getOrDefault(r.id(), 0);
      if (pointing == 0) {
        unused.add(r.id());
      }
      counted.add(r.uses() > 0 ? r : r.withUses(pointing));
    }
    return new Analysis(document, claims, counted, markers, List.copyOf(dangling), unused);
  }

  private static Paragraph.Line nextCited(List<Paragraph.Line> lines, int from) {
    for (int j = from + 1; j < lines.size(); j++) {
      if (lines.get(j).cites()) {
        return lines.get(j);
      }
    }
    throw new IllegalStateException("a paragraph that ends in a citation has a cited sentence");
  }

  private static List<String> resolve(
      List<InlineMark> marks, Map<String, Reference> byId, Map<String, Reference> byLabel) {
    Set<String> ids = new LinkedHashSet<>();
    for (InlineMark mark : marks) {
      Reference r = mark.kind() == MarkKind.CITATION ? target(mark, byId, byLabel) : null;
      if (r != null) {
        ids.add(r.id());
      }
    }
    return List.copyOf(ids);
  }

  /** The reference a citation marker points at: by its target id, else by its label. */
  private static Reference target(
      InlineMark mark, Map<String, Reference> byId, Map<String, Reference> byLabel) {
    Reference r = byId.get(mark.target());
    return r != null ? r : byLabel.get(mark.label());
  }
}
