package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.check.SourceResult;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ReferenceCheck;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Author;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Evidence;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.Unsupported;
import dev.claimcheck.model.Work;
import java.util.List;
import java.util.Map;

/**
 * The output contract: one JSON object per line of {@code claims.jsonl},
 * {@code references.jsonl}, {@code documents.jsonl} and {@code errors.jsonl}, with SPEC.md's
 * field names, every field always present, in a fixed order. Thread-safe.
 */
public final class Rows {
  /** The mapper every output is written with; its settings keep bytes deterministic. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Rows() {}

  /** The fields of a temporal expression, as claims and the {@code dates} command write them. */
  public static ObjectNode date(ObjectNode d, TemporalExpression t) {
    d.put("text", t.text());
    d.put("value", t.value());
    d.put("type", t.type().name());
    d.put("modifier", t.modifier());
    d.put("anchor", t.anchor());
    ArrayNode flags = d.putArray("flags");
    t.sortedFlags().forEach(f -> flags.add(f.outputName()));
    strings(d.putArray("readings"), t.readings());
    d.put("start", t.span().start());
    d.put("end", t.span().end());
    return d;
  }

  /** A line of {@code claims.jsonl}. */
  public static ObjectNode claim(Claim c) {
    ObjectNode o = JSON.objectNode();
    o.put("id", c.id());
    o.put("document", c.documentId());
    o.put("text", c.text());
    o.put("status", c.status() == null ? null : c.status().name());
    strings(o.putArray("reasons"), c.reasons());
    ArrayNode flags = o.putArray("flags");
    c.sortedFlags().stream().map(Flag::outputName).forEach(flags::add);
    ArrayNode dates = o.putArray("dates");
    c.dates().forEach(t -> date(dates.addObject(), t));
    strings(o.putArray("citations"), c.citations());
    Attribution a = c.attribution();
    if (a == null) {
      o.putNull("attribution");
    } else {
      ObjectNode at = o.putObject("attribution");
      at.put("text", a.text());
      at.put("source", a.source());
      at.put("self", a.self());
    }
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence e : c.evidence()) {
      ObjectNode row = evidence.addObject();
      row.put("reference", e.reference());
      row.put("url", e.url());
      row.put("copy", e.copy());
      row.put("timestamp", e.timestamp());
      row.put("passage", e.passage());
      row.put("start", e.start());
      row.put("end", e.end());
      strings(row.putArray("facts"), e.facts());
      row.put("contradicts", e.contradicts());
      row.put("claimValue", e.claimValue());
    }
    ArrayNode unsupported = o.putArray("unsupported");
    for (Unsupported u : c.unsupported()) {
      ObjectNode row = unsupported.addObject();
      row.put("text", u.text());
      row.put("start", u.start());
      row.put("end", u.end());
    }
    o.put("section", c.section());
    o.put("paragraph", c.paragraph());
    o.put("sentence", c.sentence());
    o.put("start", c.span().start());
    o.put("end", c.span().end());
    return o;
  }

  /**
   * A line of {@code sources.jsonl}: the class after the history's rule, this run's (or the
   * last) check, every check, the archive copies found, the drift, and the documents and claims
   * citing the URL.
   */
  public static ObjectNode source(CitedSource cited) {
    SourceResult r = cited.result();
    ObjectNode o = JSON.objectNode();
    o.put("url", r.url());
    o.put("status", r.status().name());
    o.put("previousStatus", r.previous() == null ? null : r.previous().name());
    SourceCheck c = r.check();
    o.put("httpStatus", c.httpStatus());
    o.put("finalUrl", c.finalUrl());
    strings(o.putArray("redirects"), c.redirects());
    ObjectNode last = o.putObject("lastCheck");
    last.put("result", c.status().name());
    last.put("reason", c.reason());
    last.put("time", c.checkedAt().toString());
    last.put("checkedNow", r.checkedNow());
    o.put("failures", r.history().failureSummary());
    ArrayNode checks = o.putArray("checks");
    for (UrlHistory.Check h : r.history().checks()) {
      ObjectNode row = checks.addObject();
      row.put("time", h.time().toString());
      row.put("result", h.status().name());
      row.put("httpStatus", h.httpStatus());
    }
    ArrayNode archives = o.putArray("archives");
    for (ArchiveCopy a : r.archives()) {
      archives.add(StateStore.archiveRow(a));
    }
    drift(o, r.drift());
    strings(o.putArray("documents"), cited.documents());
    strings(o.putArray("claims"), cited.claims());
    return o;
  }

  private static void drift(ObjectNode o, SourceResult.Drift drift) {
    if (drift == null) {
      o.putNull("drift");
    } else {
      ObjectNode d = o.putObject("drift");
      d.put("similarity", drift.similarity());
      d.put("drifted", drift.drifted());
      d.put("against", drift.against());
    }
  }

  /** The {@code check} field of a reference whose URL was checked. */
  public static ObjectNode referenceCheck(ReferenceCheck check) {
    ObjectNode o = JSON.objectNode();
    o.put("status", check.status());
    o.put("httpStatus", check.httpStatus());
    o.put("finalUrl", check.finalUrl());
    o.put("archiveCopy", check.archiveCopy());
    drift(o, check.drift());
    o.put("checkedAt", check.checkedAt());
    return o;
  }

  /** An entry of the list of documents that ends {@code summary.json}. */
  static ObjectNode listedDocument(DocumentList.Entry d) {
    ObjectNode o = JSON.objectNode();
    o.put("id", d.id());
    o.put("source", d.source());
    o.put("title", d.title());
    o.put("claims", d.claims());
    ObjectNode counts = o.putObject("counts");
    d.counts().forEach(counts::put);
    return o;
  }

  /** A line of {@code references.jsonl}; {@code check} null when its URL was not checked. */
  public static ObjectNode reference(Reference r, ReferenceCheck check) {
    ObjectNode o = JSON.objectNode();
    o.put("document", r.documentId());
    o.put("id", r.id());
    o.put("label", r.label());
    o.put("text", r.text());
    Work w = r.work();
    o.put("kind", w.kind().outputName());
    ArrayNode authors = o.putArray("authors");
    for (Author a : w.authors()) {
      ObjectNode name = authors.addObject();
      if (a.organization()) {
        name.put("literal", a.family());
      } else {
        name.put("family", a.family());
        name.put("given", a.given());
      }
    }
    o.put("etAl", w.etAl());
    o.put("date", w.date());
    o.put("title", w.title());
    o.put("container", w.container());
    o.put("publisher", w.publisher());
    o.put("place", w.place());
    o.put("volume", w.volume());
    o.put("issue", w.issue());
    o.put("pages", w.pages());
    o.put("edition", w.edition());
    o.put("url", w.url());
    o.put("archiveUrl", w.archiveUrl());
    o.put("archiveDate", w.archiveDate());
    o.put("accessDate", w.accessDate());
    o.put("urlStatus", w.urlStatus());
    o.put("language", w.language());
    o.put("format", w.format());
    ObjectNode ids = o.putObject("identifiers");
    for (Map.Entry<String, List<String>> e : w.identifiers().entrySet()) {
      strings(ids.putArray(e.getKey()), e.getValue());
    }
    strings(o.putArray("problems"), w.problems());
    o.put("source", w.sourceKey());
    o.put("shortCitation", r.shortCitation());
    o.put("fullReference", r.fullReference());
    o.put("uses", r.uses());
    if (check == null) {
      o.putNull("check");
    } else {
      o.set("check", referenceCheck(check));
    }
    o.put("start", r.span().start());
    o.put("end", r.span().end());
    return o;
  }

  /** A line of {@code documents.jsonl}, with claim counts per status. */
  public static ObjectNode document(Analysis analysis) {
    Document d = analysis.document();
    ObjectNode o = JSON.objectNode();
    o.put("id", d.id());
    o.put("source", d.source());
    o.put("title", d.title());
    o.put("format", d.format());
    o.put("language", d.language());
    o.put("published", d.published());
    o.put("retrieved", d.retrieved());
    o.put("truncated", d.truncated());
    strings(o.putArray("warnings"), d.warnings());
    o.put("claims", analysis.claims().size());
    o.put("datedClaims", analysis.claims().stream().filter(Claim::isDated).count());
    o.put("references", analysis.references().size());
    o.put("citationMarkers", analysis.citationMarkers());
    o.put("citationLinks", analysis.citationLinks());
    ObjectNode counts = o.putObject("counts");
    DocumentList.Entry.statusCounts(analysis).forEach(counts::put);
    strings(o.putArray("danglingMarkers"), analysis.danglingMarkers());
    strings(o.putArray("danglingShortCitations"), analysis.danglingShortCitations());
    strings(o.putArray("unusedReferences"), analysis.unusedReferences());
    return o;
  }

  /**
   * A line of {@code conflicts.jsonl}: the fact's subject key and relation, and each value with
   * the facts behind it (claim, document, its input, the claim's status before the conflict, its
   * sentence, how the subject was matched, the value as written).
   */
  public static ObjectNode conflict(Conflicts.Conflict c) {
    ObjectNode o = JSON.objectNode();
    o.put("subject", c.subjectKey());
    o.put("relation", c.relation());
    ArrayNode values = o.putArray("values");
    for (Conflicts.Side side : c.sides()) {
      ObjectNode v = values.addObject();
      v.put("value", side.value());
      ArrayNode claims = v.putArray("claims");
      for (Fact f : side.facts()) {
        ObjectNode row = claims.addObject();
        row.put("claim", f.claimId());
        row.put("document", f.documentId());
        row.put("source", f.source());
        row.put("status", f.status());
        row.put("sentence", f.sentence());
        row.put("subject", f.subject());
        row.put("subjectMatch", f.subjectMatch());
        row.put("value", f.value());
        row.put("valueText", f.valueText());
        row.put("approximate", f.approximate());
      }
    }
    return o;
  }

  /** A line of {@code errors.jsonl}. */
  public static ObjectNode error(Failure f) {
    ObjectNode o = JSON.objectNode();
    o.put("input", f.input());
    o.put("stage", f.stage());
    o.put("errorClass", f.errorClass());
    o.put("message", f.message());
    return o;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
