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
 * in a citation, unless an editor tagged it "citation needed"), resolves short citations to
 * their full references, counts each reference's uses (a full reference also counts the uses
 * of the short citations that stand for it), and lists dangling markers and short citations
 * and unused references. Stateless and thread-safe.
 */
final class CitationLinker {
  private CitationLinker() {}

  /**
   * Links the claims of {@code paragraphs}.
   *
   * @param entries the reference list's entries
   * @param links references made from inline links, one per distinct URL (their text is the URL)
   */
  static Analysis link(Document document, List<Paragraph> paragraphs, List<Reference> entries,
      List<Reference> linked) {
    Map<String, Reference> byId = new LinkedHashMap<>();
    Map<String, Reference> byLabel = new LinkedHashMap<>();
    Map<String, Reference> byLink = new LinkedHashMap<>();
    Set<String> dangling = new TreeSet<>();
    List<String> danglingShort = new ArrayList<>();
    List<Reference> resolved = ShortCitations.resolve(entries, danglingShort);
    for (Reference r : resolved) {
      byId.putIfAbsent(r.id(), r);
      byLabel.putIfAbsent(r.label(), r);
    }
    for (Reference r : resolved) {
      String year = r.work().year();
      String family = r.work().firstFamily();
      if (!r.shortCitation() && family != null && year != null) {
        byLabel.putIfAbsent(dev.claimcheck.text.InlineMarks.authorYear(family.replaceAll("\\s.*", ""), year), r);
      }
    }
    for (Reference r : linked) {
      byId.putIfAbsent(r.id(), r);
      byLink.putIfAbsent(r.work().archiveUrl() != null ? r.work().archiveUrl() : r.work().url(), r);
    }
    List<Reference> references = new ArrayList<>(resolved);
    references.addAll(linked);
    Resolver resolver = new Resolver(byId, byLabel, byLink);
    Map<String, Integer> markerCounts = new LinkedHashMap<>();
    int markers = 0;
    int links = 0;
    List<Claim> claims = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      List<Paragraph.Line> lines = paragraph.lines();
      for (int i = 0; i < lines.size(); i++) {
        Paragraph.Line line = lines.get(i);
        for (InlineMark mark : line.marks()) {
          if (mark.kind().cites()) {
            if (mark.kind() == MarkKind.LINK) {
              links++;
            } else {
              markers++;
            }
            Reference target = resolver.target(mark);
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
          claims.add(line.claim().withCitations(resolve(line.marks(), resolver), Set.of()));
        } else if (paragraph.block().isProse() && paragraph.endsInCitation()
            && !line.claim().has(Flag.CITATION_NEEDED)) {
          // An editor's "citation needed" says the paragraph's citation does not cover it.
          Paragraph.Line cover = nextCited(lines, i);
          claims.add(line.claim().withCitations(resolve(cover.marks(), resolver),
              EnumSet.of(Flag.PARAGRAPH_CITATION)));
        } else {
          claims.add(line.claim());
        }
      }
    }
    // Markers pointing at each entry; a short citation's markers also point at its full one.
    Map<String, Integer> pointing = new LinkedHashMap<>(markerCounts);
    Map<String, Integer> viaShort = new LinkedHashMap<>();
    for (Reference r : references) {
      int own = r.uses() > 0 ? r.uses() : markerCounts.getOrDefault(r.id(), 0);
      if (r.fullReference() != null) {
        pointing.merge(r.fullReference(), markerCounts.getOrDefault(r.id(), 0), Integer::sum);
        viaShort.merge(r.fullReference(), own, Integer::sum);
      }
    }
    List<Reference> counted = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    for (Reference r : references) {
      if (pointing.getOrDefault(r.id(), 0) == 0) {
        unused.add(r.id());
      }
      int own = r.uses() > 0 ? r.uses() : markerCounts.getOrDefault(r.id(), 0);
      counted.add(r.withUses(own + viaShort.getOrDefault(r.id(), 0)));
    }
    return new Analysis(document, claims, counted, markers, links, List.copyOf(dangling), unused,
        danglingShort);
  }

  private static Paragraph.Line nextCited(List<Paragraph.Line> lines, int from) {
    for (int j = from + 1; j < lines.size(); j++) {
      if (lines.get(j).cites()) {
        return lines.get(j);
      }
    }
    throw new IllegalStateException("a paragraph that ends in a citation has a cited sentence");
  }

  private static List<String> resolve(List<InlineMark> marks, Resolver resolver) {
    Set<String> ids = new LinkedHashSet<>();
    for (InlineMark mark : marks) {
      Reference r = mark.kind().cites() ? resolver.target(mark) : null;
      if (r != null) {
        ids.add(r.id());
        if (r.fullReference() != null) {
          ids.add(r.fullReference());
        }
      }
    }
    return List.copyOf(ids);
  }

  /** Finds the reference a mark points at: a link by its URL, a marker by id, else label. */
  private record Resolver(Map<String, Reference> byId, Map<String, Reference> byLabel,
      Map<String, Reference> byLink) {

    Reference target(InlineMark mark) {
      if (mark.kind() == MarkKind.LINK) {
        return byLink.get(mark.target());
      }
      Reference r = byId.get(mark.target());
      return r != null ? r : byLabel.get(mark.label());
    }
  }
}
