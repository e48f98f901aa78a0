package dev.claimcheck.model;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A declarative statement of a document's main text, with what it carries (dates, citation
 * markers, attribution) and, once judged, its verdict.
 *
 * @param id stable id: the document id, the block index and the sentence index
 * @param span the sentence in the document
 * @param text the sentence with citation markers and editor tags removed, white space folded
 * @param section the heading the sentence stands under, {@code ""} for the lead
 * @param paragraph index of the block in the document
 * @param sentence index of the sentence in its block
 * @param dates the temporal expressions in the sentence, in order
 * @param marks citation markers and editor tags attached to the sentence, in order
 * @param citations ids of the references the claim cites (its own markers, or the paragraph's)
 * @param attribution the source named in the text, or {@code null}
 * @param flags flags, in enum order
 * @param status the verdict, or {@code null} before judging
 * @param reasons why the verdict is what it is; empty before judging
 * @param evidence passages of checked sources that support or contradict it; empty unless
 *     sources were checked
 * @param unsupported the parts of it no checked source states (for a partly supported claim)
 */
public record Claim(
    String id,
    Span span,
    String text,
    String section,
    int paragraph,
    int sentence,
    List<TemporalExpression> dates,
    List<InlineMark> marks,
    List<String> citations,
    Attribution attribution,
    Set<Flag> flags,
    Status status,
    List<String> reasons,
    List<Evidence> evidence,
    List<Unsupported> unsupported) implements Serializable {

  public Claim {
    if (id == null || span == null || text == null || section == null) {
      throw new IllegalArgumentException("claim needs id, span, text and section");
    }
    dates = List.copyOf(dates);
    marks = List.copyOf(marks);
    citations = List.copyOf(citations);
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    reasons = List.copyOf(reasons);
    evidence = List.copyOf(evidence);
    unsupported = List.copyOf(unsupported);
  }

  /** The id of the document the claim belongs to. */
  public String documentId() {
    return span.documentId();
  }

  /** Whether the claim has a date, which makes it a dated claim. */
  public boolean isDated() {
    return !dates.isEmpty();
  }

  /** Whether the claim carries a flag. */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /** The flags in enum order, for output. */
  public List<Flag> sortedFlags() {
    return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
  }

  /** Citation markers and links, without editor tags. */
  public List<InlineMark> citationMarkers() {
    return marks.stream().filter(m -> m.kind().cites()).toList();
  }

  /** A copy with resolved citations and extra flags. */
  public Claim withCitations(List<String> resolved, Set<Flag> extraFlags) {
    Set<Flag> all = EnumSet.noneOf(Flag.class);
    all.addAll(flags);
    all.addAll(extraFlags);
    return new Claim(id, span, text, section, paragraph, sentence, dates, marks, resolved,
        attribution, all, status, reasons, evidence, unsupported);
  }

  /** A copy with a verdict. */
  public Claim withVerdict(Status newStatus, List<String> newReasons) {
    return withVerdict(newStatus, newReasons, evidence);
  }

  /** A copy with a verdict and the evidence for it. */
  public Claim withVerdict(Status newStatus, List<String> newReasons, List<Evidence> newEvidence) {
    return withVerdict(newStatus, newReasons, newEvidence, unsupported);
  }

  /** A copy with a verdict, the evidence for it and the parts no source states. */
  public Claim withVerdict(Status newStatus, List<String> newReasons, List<Evidence> newEvidence,
      List<Unsupported> newUnsupported) {
    return new Claim(id, span, text, section, paragraph, sentence, dates, marks, citations,
        attribution, flags, newStatus, newReasons, newEvidence, newUnsupported);
  }
}
