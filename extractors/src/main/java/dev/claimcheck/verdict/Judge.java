package dev.claimcheck.verdict;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.InlineMark;
import dev.claimcheck.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives a linked claim its status and the reasons for it, by SPEC.md's precedence: CONTESTED,
 * then (for cited claims) DEAD_SOURCE, SUPPORTED, CITED, then (for uncited claims) ATTRIBUTED or
 * UNSOURCED. Without source checks a cited claim is CITED. Stateless and thread-safe.
 */
public final class Judge {
  private Judge() {}

  /** The claim with its status and reasons. */
  public static Claim judge(Claim claim) {
    List<String> reasons = new ArrayList<>();
    List<InlineMark> disputes = claim.marks().stream().filter(m -> m.kind().isDispute()).toList();
    for (InlineMark dispute : disputes) {
      reasons.add("an editor tagged it [" + dispute.label() + "]");
    }
    List<String> dangling = claim.citationMarkers().stream()
        .map(InlineMark::label)
        .filter(label -> claim.citations().stream().noneMatch(label::equals))
        .distinct()
        .toList();
    boolean cited = !claim.citations().isEmpty() || !claim.citationMarkers().isEmpty();
    Status status;
    if (cited) {
      if (claim.has(Flag.PARAGRAPH_CITATION)) {
        reasons.add("no citation of its own; covered by " + labels(claim.citations())
            + " at the end of its paragraph");
      } else if (!claim.citations().isEmpty()) {
        reasons.add("cites " + labels(claim.citations()));
      }
      if (!dangling.isEmpty()) {
        reasons.add("cites " + labels(dangling) + ", which the reference list does not contain");
      }
      reasons.add("its sources were not checked");
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

  private static String labels(List<String> ids) {
    return ids.stream().map(id -> "[" + id + "]").collect(Collectors.joining(""));
  }
}
