package dev.claimcheck.verdict;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Deadline;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.MarkKind;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives a linked claim its status and the reasons for it, by SPEC.md's precedence: CONTESTED,
 * then (for cited claims) DEAD_SOURCE, SUPPORTED, PARTLY_SUPPORTED, CITED, then (for uncited claims) ATTRIBUTED or
 * UNSOURCED. Without source checks a cited claim is CITED. Stateless and thread-safe.
 */
public final class Judge {
  /** The reason a cited claim carries while its sources are not checked. */
  static final String NOT_CHECKED = "its sources were not checked";

  private Judge() {}

  /** The analysis with every claim judged, its sources not checked. */
  public static Analysis judge(Analysis analysis) {
    return judge(analysis, null);
  }

  /**
   * The analysis with every claim judged; reasons name references by their labels.
   *
   * @param sources what this run learnt about a cited URL (null for a URL not checked), or
   *     null when sources were not checked at all
   */
  public static Analysis judge(Analysis analysis, Function<String, SourceResult> sources) {
    return judge(analysis, sources, Deadline.NONE);
  }

  /**
   * The analysis with every claim judged, giving up once {@code deadline} passes.
   *
   * @throws Deadline.Exceeded when the deadline passed before every claim was judged
   */
  public static Analysis judge(Analysis analysis, Function<String, SourceResult> sources,
      Deadline deadline) {
    Map<String, String> labels = new HashMap<>();
    Map<String, Reference> byId = new HashMap<>();
    for (Reference r : analysis.references()) {
      labels.put(r.id(), r.label());
      byId.put(r.id(), r);
    }
    return analysis.withClaims(analysis.claims().stream()
        .map(c -> {
          deadline.check("judging");
          Claim judged = judge(c, id -> labels.getOrDefault(id, id));
          return sources == null || judged.citations().isEmpty() ? judged
              : SourceVerdict.apply(judged, byId, sources);
        })
        .toList());
  }

  /**
   * The claim with its status and reasons.
   *
   * @param labelOf the label readers see for a reference id
   */
  public static Claim judge(Claim claim, Function<String, String> labelOf) {
    List<String> reasons = new ArrayList<>();
    List<InlineMark> disputes = claim.marks().stream().filter(m -> m.kind().isDispute()).toList();
    for (InlineMark dispute : disputes) {
      reasons.add("an editor tagged it [" + dispute.label() + "]");
    }
    List<String> citedLabels = claim.citations().stream().map(labelOf).toList();
    List<String> dangling = claim.marks().stream()
        .filter(m -> m.kind() == MarkKind.CITATION)
        .map(InlineMark::label)
        .filter(label -> !citedLabels.contains(label))
        .distinct()
        .toList();
    boolean cited = !claim.citations().isEmpty() || !claim.citationMarkers().isEmpty();
    Status status;
    if (cited) {
      if (claim.has(Flag.PARAGRAPH_CITATION)) {
        reasons.add("no citation of its own; covered by " + labels(citedLabels)
            + " at the end of its paragraph");
      } else if (!claim.citations().isEmpty()) {
        reasons.add("cites " + labels(citedLabels));
      }
      if (!dangling.isEmpty()) {
        reasons.add("cites " + labels(dangling) + ", which the reference list does not contain");
      }
      reasons.add(NOT_CHECKED);
      status = Status.CITED;
    } else if (claim.attribution() != null) {
      reasons.add("no citation; the text attributes it to " + claim.attribution().source()
          + (claim.attribution().self() ? ", its own subject" : ""));
      status = Status.ATTRIBUTED;
    } else {
      reasons.add("no citation and no attribution");
      status = Status.UNSOURCED;
    }
    if (claim.has(Flag.CITATION_NEEDED)) {
      reasons.add("an editor tagged it [citation needed]");
    }
    if (!disputes.isEmpty()) {
      status = Status.CONTESTED;
    }
    return claim.withVerdict(status, reasons);
  }

  private static String labels(List<String> labels) {
    return labels.stream().map(label -> "[" + label + "]").collect(Collectors.joining(""));
  }
}
