package dev.claimcheck.verdict;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.Support;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Evidence;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the checked sources make of a cited claim: {@code SUPPORTED} when a live or archived
 * text of a cited source holds its key facts, {@code CONTESTED} when one states another year
 * for its date (and none supports it), {@code DEAD_SOURCE} when every cited source has a URL
 * that is confirmed dead with no archive copy, else {@code CITED} with what was found. A
 * dispute tag keeps the claim {@code CONTESTED}. Stateless.
 */
final class SourceVerdict {
  private SourceVerdict() {}

  static Claim apply(Claim claim, Map<String, Reference> references, Function<String, SourceResult> sources) {
    List<String> reasons = new ArrayList<>(claim.reasons());
    reasons.remove(Judge.NOT_CHECKED); // they were: each source's finding follows
    Support.Facts facts = Support.facts(claim);
    List<Evidence> supporting = new ArrayList<>();
    List<Evidence> contradicting = new ArrayList<>();
    int withUrl = 0;
    int deadNoCopy = 0;
    int cited = 0;
    for (String id : claim.citations()) {
      Reference r = references.get(id);
      if (r == null || r.shortCitation()) {
        continue; // a short citation's full reference is cited too
      }
      cited++;
      String label = "[" + r.label() + "]";
      String url = r.work().url();
      if (url == null) {
        reasons.add(label + " has no URL to check");
        continue;
      }
      withUrl++;
      SourceResult result = sources.apply(url);
      if (result == null) {
        reasons.add(label + " was not checked");
        continue;
      }
      reasons.add(label + " " + describe(result));
      if (result.status() == SourceStatus.DEAD && result.archives().isEmpty()) {
        deadNoCopy++;
      }
      for (SourceResult.Text text : result.texts()) {
        Support.Finding f = Support.find(facts, text.text());
        if (f == null) {
          continue;
        }
        Evidence e = new Evidence(r.label(), url, text.copy(), f.passage(), f.facts(), f.contradicts());
        (f.contradicts() == null ? supporting : contradicting).add(e);
        break;
      }
    }
    Status status = claim.status();
    List<Evidence> evidence = new ArrayList<>(supporting);
    if (status != Status.CONTESTED && status != Status.CITED) {
      return claim.withVerdict(status, reasons, evidence);
    }
    if (!supporting.isEmpty()) {
      Evidence e = supporting.get(0);
      reasons.add("[" + e.reference() + "] " + where(e) + " states its key facts (" + String.join(", ", e.facts()) + ")");
    } else if (!contradicting.isEmpty()) {
      Evidence e = contradicting.get(0);
      evidence.addAll(contradicting);
      reasons.add("[" + e.reference() + "] " + where(e) + " says " + e.contradicts() + " where the claim says "
          + facts.primaryYear());
      status = Status.CONTESTED;
    } else if (cited > 0 && withUrl == cited && deadNoCopy == cited) {
      status = Status.DEAD_SOURCE;
    }
    if (status == Status.CITED && !supporting.isEmpty()) {
      status = Status.SUPPORTED;
    }
    return claim.withVerdict(status, reasons, evidence);
  }

  private static String where(Evidence e) {
    return e.copy().equals("live") ? "as it reads now" : "in its archived copy";
  }

  private static String describe(SourceResult r) {
    StringBuilder out = new StringBuilder();
    switch (r.status()) {
      case ALIVE -> out.append("is live");
      case REDIRECTED -> out.append("redirects to ").append(r.check().finalUrl());
      case DEAD -> out.append("is dead (").append(r.history().failureSummary()).append(")");
      case SUSPECTED_DEAD -> out.append("is failing, not yet confirmed dead: ")
          .append(r.history().failureSummary()).append(" (").append(r.check().reason()).append(")");
      case SOFT_404 -> out.append("answers with a not-found page");
      case SERVER_ERROR -> out.append("answers with server errors (HTTP ").append(r.check().httpStatus()).append(")");
      case TIMEOUT -> out.append("did not answer in time");
      case BLOCKED -> out.append("blocks the check (").append(r.check().reason()).append(")");
      case INVALID_URL -> out.append("is not a valid URL");
      case REFUSED -> out.append("was not fetched (").append(r.check().reason()).append(")");
    }
    if (!r.archives().isEmpty()) {
      out.append("; archive copy ").append(r.archives().get(0).timestamp().toString(), 0, 10)
          .append(" (").append(r.archives().get(0).archive()).append(")");
    } else if (r.failing()) {
      out.append("; no archive copy found");
    }
    return out.toString();
  }
}
