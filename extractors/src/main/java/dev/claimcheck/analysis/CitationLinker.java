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
    for (Reference r : entries) {
      byId.putIfAbsent(r.id(), r);
      byLabel.putIfAbsent(r.label(), r);
    }
    for (Reference r : entries) {
      String year = r.date() == null || r.date().length() < 4 ? null : r.date().substring(0, 4);
      if (!r.authors().isEmpty() && year != null) {
        String surname = r.authors().get(0).split("[,\\s]")[0];
        if (!surname.isEmpty()) {
          byLabel.putIfAbsent(dev.claimcheck.text.InlineMarks.authorYear(surname, year), r);
        }
      }
    }
    for (Reference r : linked) {
      byId.putIfAbsent(r.id(), r);
      byLink.putIfAbsent(r.archiveUrl() != null ? r.archiveUrl() : r.url(), r);
    }
    List<Reference> references = new ArrayList<>(entries);
    references.addAll(linked);
    Resolver resolver = new Resolver(byId, byLabel, byLink);
    Map<String, Integer> markerCounts = new LinkedHashMap<>();
    Set<String> dangling = new TreeSet<>();
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
    List<Reference> counted = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    for (Reference r : references) {
      int pointing = markerCounts.getOrDefault(r.id(), 0);
      if (pointing == 0) {
        unused.add(r.id());
      }
      counted.add(r.uses() > 0 ? r : r.withUses(pointing));
    }
    return new Analysis(document, claims, counted, markers, links, List.copyOf(dangling), unused);
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
