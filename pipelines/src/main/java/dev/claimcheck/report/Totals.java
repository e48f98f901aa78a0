package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The run's totals as the final outputs are written: per status, per document, per year of the
 * claims' dates, and the failures. Becomes {@code summary.json} and the head of
 * {@code report.html}. Not thread-safe.
 */
public final class Totals {
  /** How many failures the report page lists; the rest are in {@code errors.jsonl}. */
  static final int ERRORS_SHOWN = 500;
  /** How many sources the most-cited list keeps. */
  static final int SOURCES_SHOWN = 20;

  private final int inputs;
  private long documents;
  private long claims;
  private long datedClaims;
  private long references;
  private final Map<String, Long> statuses = new LinkedHashMap<>();
  private final List<JsonNode> perDocument = new ArrayList<>();
  private final TreeMap<String, Map<String, Long>> timeline = new TreeMap<>();
  private final TreeSet<String> failedInputs = new TreeSet<>();
  private int failedEntries;
  private final List<JsonNode> errorsShown = new ArrayList<>();
  private long errors;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final LinkRot linkRot = new LinkRot();

  /**
   * What the source checks found: how many URLs in each class, which died since the last run,
   * which came back, how many have archive copies, which drifted.
   */
  static final class LinkRot {
    long checked;
    final Map<String, Long> byStatus = new TreeMap<>();
    final List<String> newlyDead = new ArrayList<>();
    final List<String> suspectedDead = new ArrayList<>();
    final List<String> recovered = new ArrayList<>();
    final List<String> drifted = new ArrayList<>();
    long withArchiveCopy;
    long failingWithArchiveCopy;
  }

  /**
   * One source as the documents cite it: by how many documents, how often, under what name. The
   * documents are counted, not kept: a document's references come together, so a source counts
   * a document when it differs from the last that cited it (memory stays flat however many
   * documents cite a source).
   */
  static final class Source {
    final String key;
    long documents;
    private String lastDocument;
    long uses;
    String title;
    String url;

    Source(String key) {
      this.key = key;
    }
  }

  Totals(int inputs) {
    this.inputs = inputs;
    for (Status s : Status.values()) {
      statuses.put(s.name(), 0L);
    }
  }

  /** Counts a line of {@code sources.jsonl}. */
  void addSource(JsonNode source) {
    linkRot.checked++;
    String status = source.get("status").asText();
    String previous = source.get("previousStatus").isNull() ? null : source.get("previousStatus").asText();
    String url = source.get("url").asText();
    linkRot.byStatus.merge(status, 1L, Long::sum);
    boolean failing = failing(status);
    if (status.equals("DEAD") && !"DEAD".equals(previous)) {
      linkRot.newlyDead.add(url);
    }
    if (status.equals("SUSPECTED_DEAD")) {
      linkRot.suspectedDead.add(url);
    }
    if (previous != null && failing(previous) && (status.equals("ALIVE") || status.equals("REDIRECTED"))) {
      linkRot.recovered.add(url);
    }
    if (!source.get("archives").isEmpty()) {
      linkRot.withArchiveCopy++;
      if (failing) {
        linkRot.failingWithArchiveCopy++;
      }
    }
    if (source.get("drift").path("drifted").asBoolean(false)) {
      linkRot.drifted.add(url);
    }
  }

  private static boolean failing(String status) {
    return status.equals("DEAD") || status.equals("SUSPECTED_DEAD") || status.equals("SOFT_404");
  }

  LinkRot linkRot() {
    return linkRot;
  }

  void addClaim(JsonNode claim) {
    claims++;
    String status = claim.get("status").asText();
    statuses.merge(status, 1L, Long::sum);
    JsonNode dates = claim.get("dates");
    if (dates.size() > 0) {
      datedClaims++;
      // A claim stands on the timeline at its primary date, the one its main verb refers to.
      for (JsonNode date : dates) {
        String bucket = bucket(date.get("value").asText(null));
        boolean primary = false;
        for (JsonNode flag : date.get("flags")) {
          primary |= flag.asText().equals("primary");
        }
        if (primary && bucket != null) {
          timeline.computeIfAbsent(bucket, k -> new LinkedHashMap<>()).merge(status, 1L, Long::sum);
          break;
        }
      }
    }
  }

  /**
   * Counts a reference towards its source (same DOI, ISBN or normalized URL across documents);
   * the references of one document are counted one after another.
   */
  void addReference(JsonNode reference) {
    JsonNode source = reference.get("source");
    if (source == null || source.isNull()) {
      return;
    }
    Source s = sources.computeIfAbsent(source.asText(), Source::new);
    String document = reference.get("document").asText();
    if (!document.equals(s.lastDocument)) {
      s.documents++;
      s.lastDocument = document;
    }
    s.uses += reference.get("uses").asLong();
    if (s.title == null && !reference.get("title").isNull()) {
      s.title = reference.get("title").asText();
    }
    if (s.url == null && !reference.get("url").isNull()) {
      s.url = reference.get("url").asText();
    }
  }

  /** The sources cited by the most documents (then the most uses, then by key). */
  List<Source> mostCited() {
    return sources.values().stream()
        .sorted(java.util.Comparator.<Source>comparingLong(x -> -x.documents)
            .thenComparingLong(x -> -x.uses)
            .thenComparing(x -> x.key))
        .limit(SOURCES_SHOWN)
        .toList();
  }

  void addDocument(JsonNode document) {
    documents++;
    references += document.get("references").asLong();
    ObjectNode entry = Rows.MAPPER.createObjectNode();
    entry.put("id", document.get("id").asText());
    entry.put("source", document.get("source").asText());
    entry.set("title", document.get("title"));
    entry.put("claims", document.get("claims").asLong());
    entry.set("counts", document.get("counts"));
    perDocument.add(entry);
  }

  void addError(JsonNode error) {
    errors++;
    if ("read".equals(error.get("stage").asText())) {
      String input = error.get("input").asText();
      // An entry of a container (dump.xml#Page, archive.warc#uri) fails alone; its file was read.
      if (input.contains("#")) {
        failedEntries++;
      } else {
        failedInputs.add(input);
      }
    }
    if (errorsShown.size() < ERRORS_SHOWN) {
      errorsShown.add(error);
    }
  }

  /** A timeline bucket for a normalized date: its year, decade ({@code 1990s}) or century. */
  static String bucket(String value) {
    if (value == null) {
      return null;
    }
    if (value.matches("\\d{4}.*")) {
      return value.substring(0, 4);
    }
    if (value.matches("\\d{3}X.*")) {
      return value.substring(0, 3) + "0s";
    }
    if (value.matches("\\d{2}XX.*")) {
      return value.substring(0, 2) + "00s";
    }
    return null;
  }

  /** Inputs that could not be read. */
  public int failedInputs() {
    return failedInputs.size();
  }

  /** Failure records written. */
  public long errors() {
    return errors;
  }

  /** Documents read. */
  public long documents() {
    return documents;
  }

  /** Claims written. */
  public long claims() {
    return claims;
  }

  long references() {
    return references;
  }

  long datedClaims() {
    return datedClaims;
  }

  int inputs() {
    return inputs;
  }

  Map<String, Long> statuses() {
    return statuses;
  }

  List<JsonNode> perDocument() {
    return perDocument;
  }

  TreeMap<String, Map<String, Long>> timeline() {
    return timeline;
  }

  List<JsonNode> errorsShown() {
    return errorsShown;
  }

  /** The content of {@code summary.json}. */
  ObjectNode toJson() {
    ObjectNode o = Rows.MAPPER.createObjectNode();
    ObjectNode in = o.putObject("inputs");
    in.put("total", inputs);
    in.put("read", inputs - failedInputs.size());
    in.put("failed", failedInputs.size());
    in.put("failedEntries", failedEntries);
    o.put("documents", documents);
    o.put("claims", claims);
    o.put("datedClaims", datedClaims);
    o.put("references", references);
    o.put("errors", errors);
    ObjectNode byStatus = o.putObject("statuses");
    statuses.forEach(byStatus::put);
    ObjectNode years = o.putObject("timeline");
    timeline.forEach((bucket, counts) -> {
      ObjectNode y = years.putObject(bucket);
      statuses.keySet().forEach(s -> {
        long n = counts.getOrDefault(s, 0L);
        if (n > 0) {
          y.put(s, n);
        }
      });
    });
    o.put("sources", sources.size());
    var cited = o.putArray("mostCitedSources");
    for (Source s : mostCited()) {
      ObjectNode row = cited.addObject();
      row.put("source", s.key);
      row.put("documents", s.documents);
      row.put("uses", s.uses);
      row.put("title", s.title);
      row.put("url", s.url);
    }
    ObjectNode rot = o.putObject("linkRot");
    rot.put("checked", linkRot.checked);
    ObjectNode rotStatuses = rot.putObject("statuses");
    linkRot.byStatus.forEach(rotStatuses::put);
    linkRot.newlyDead.forEach(rot.putArray("newlyDead")::add);
    linkRot.suspectedDead.forEach(rot.putArray("suspectedDead")::add);
    linkRot.recovered.forEach(rot.putArray("recovered")::add);
    rot.put("withArchiveCopy", linkRot.withArchiveCopy);
    rot.put("failingWithArchiveCopy", linkRot.failingWithArchiveCopy);
    linkRot.drifted.forEach(rot.putArray("drifted")::add);
    o.putArray("perDocument").addAll(perDocument);
    return o;
  }
}
