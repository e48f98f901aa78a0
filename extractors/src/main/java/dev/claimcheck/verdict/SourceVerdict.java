package dev.claimcheck.verdict;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Evidence;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.model.Status;
import dev.claimcheck.model.Unsupported;
import dev.claimcheck.support.ClaimFacts;
import dev.claimcheck.support.SourceText;
import dev.claimcheck.support.SupportJudge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the checked sources make of a cited claim. The texts read of every cited source (live,
 * archived) are judged together ({@link SupportJudge}): {@code SUPPORTED} when they state every
 * key fact of the claim, {@code PARTLY_SUPPORTED} when they state some (the parts no source
 * states are listed), {@code CONTESTED} when one says what the claim says of the same thing
 * with another date or number; {@code DEAD_SOURCE} when every cited source has a URL that is
 * confirmed dead with no archive copy; else {@code CITED} with what was found. A dispute tag
 * keeps the claim {@code CONTESTED}. Stateless.
 */
final class SourceVerdict {
  /** Longest passage kept as evidence. */
  private static final int MAX_PASSAGE = 600;
  /** Unsupported parts named in the reasons; all of them are in the claim's record. */
  private static final int PARTS_NAMED = 5;

  private SourceVerdict() {}

  /** A text read of a cited source, with where it came from. */
  private record Read(Reference reference, String url, String copy, String timestamp, SourceText text) {}

  static Claim apply(Claim claim, Map<String, Reference> references, Function<String, SourceResult> sources) {
    List<String> reasons = new ArrayList<>(claim.reasons());
    reasons.remove(Judge.NOT_CHECKED); // they were: each source's finding follows
    List<Read> read = new ArrayList<>();
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
        read.add(new Read(r, url, text.copy(), timestamp(result, text.copy()), SourceText.of(text.text())));
      }
    }
    Status status = claim.status();
    if (status != Status.CONTESTED && status != Status.CITED) {
      return claim.withVerdict(status, reasons, List.of(), List.of());
    }
    ClaimFacts facts = ClaimFacts.of(claim.text(), claim.dates());
    SupportJudge.Judgement j = SupportJudge.judge(facts, read.stream().map(Read::text).toList());
    List<Evidence> evidence = new ArrayList<>();
    for (SupportJudge.Piece p : j.passage()) {
      Read from = read.get(p.text());
      String passage = from.text().text().substring(p.start(), p.end());
      List<String> stated = p.units().stream().map(u -> facts.units().get(u).text()).toList();
      boolean conflict = j.conflict() != null;
      evidence.add(new Evidence(from.reference().label(), from.url(), from.copy(), from.timestamp(),
          passage.length() <= MAX_PASSAGE ? passage : passage.substring(0, MAX_PASSAGE - 1) + "…",
          p.start(), p.end(), stated, conflict ? j.conflict().value() : null,
          conflict ? facts.units().get(j.conflict().unit()).text() : null));
    }
    List<Unsupported> unsupported = j.verdict() == SupportJudge.Verdict.PARTLY_SUPPORTED
        ? UnsupportedParts.of(facts, j.unsupported()) : List.of();
    switch (j.verdict()) {
      case SUPPORTED -> {
        Evidence e = evidence.get(0);
        reasons.add("[" + e.reference() + "] " + where(e) + " states its facts ("
            + String.join(", ", allStated(evidence)) + ")");
        if (status == Status.CITED) {
          status = Status.SUPPORTED;
        }
      }
      case PARTLY_SUPPORTED -> {
        Evidence e = evidence.get(0);
        reasons.add("[" + e.reference() + "] " + where(e) + " states some of its facts ("
            + String.join(", ", allStated(evidence)) + "); no checked source states "
            + named(unsupported));
        if (status == Status.CITED) {
          status = Status.PARTLY_SUPPORTED;
        }
      }
      case CONTRADICTED -> {
        Evidence e = evidence.get(0);
        reasons.add("[" + e.reference() + "] " + where(e) + " says " + e.contradicts() + " where the claim says "
            + e.claimValue());
        status = Status.CONTESTED;
      }
      case NOT_STATED -> {
        if (!read.isEmpty()) {
          reasons.add("no checked source states its facts");
        }
        if (cited > 0 && withUrl == cited && deadNoCopy == cited && status == Status.CITED) {
          status = Status.DEAD_SOURCE;
        }
      }
    }
    return claim.withVerdict(status, reasons, evidence, unsupported);
  }

  /** The facts the passages state, each once, in the order found. */
  private static List<String> allStated(List<Evidence> evidence) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    evidence.forEach(e -> all.addAll(e.facts()));
    return List.copyOf(all);
  }

  private static String named(List<Unsupported> parts) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size() && i < PARTS_NAMED; i++) {
      out.append(i == 0 ? "" : ", ").append('"').append(parts.get(i).text()).append('"');
    }
    if (parts.size() > PARTS_NAMED) {
      out.append(" and ").append(parts.size() - PARTS_NAMED).append(" more");
    }
    return out.toString();
  }

  /** When the archive copy read was captured, or null for the live page. */
  private static String timestamp(SourceResult result, String copy) {
    for (ArchiveCopy a : result.archives()) {
      if (a.url().equals(copy)) {
        return a.timestamp().toString();
      }
    }
    return null;
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
