package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.diff.RunDiff;
import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.ErrorTotals;
import dev.claimcheck.results.LinkRot;
import dev.claimcheck.results.RunTotals;
import dev.claimcheck.results.SourceUse;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The run's totals as the writers format them: what the pipeline combined ({@link RunTotals}),
 * the number of inputs, and the list of documents (kept on disk, {@link DocumentList}). Becomes
 * {@code summary.json} and the head of {@code report.html}. Computes nothing. Not thread-safe.
 */
public final class Totals {
  private final int inputs;
  private final RunTotals run;
  private final DocumentList documents;
  private final List<RunDiff.Change> changes;
  private ReportSite.ReportTime reportTime = new ReportSite.ReportTime(0, 0);

  Totals(int inputs, RunTotals run, DocumentList documents, List<RunDiff.Change> changes) {
    this.inputs = inputs;
    this.run = run;
    this.documents = documents;
    this.changes = changes == null ? null : List.copyOf(changes);
  }

  /** What changed since the previous run ({@code --previous}), or null when there was none to compare with. */
  List<RunDiff.Change> changes() {
    return changes;
  }

  /** Records what writing the report's pages cost. */
  void reportTime(ReportSite.ReportTime time) {
    this.reportTime = time;
  }

  /** Milliseconds the writing thread spent on the report's pages after the pipeline. */
  public long reportWritingMillis() {
    return reportTime.writingMillis();
  }

  /** Milliseconds spent formatting documents' pages after the pipeline, summed over threads. */
  public long reportFormattingMillis() {
    return reportTime.formattingMillis();
  }

  /** Conflicts found among facts. */
  long conflicts() {
    return run.conflicts();
  }

  /** Inputs that could not be read. */
  public long failedInputs() {
    return run.errors().failedInputs().size();
  }

  /** Failure records written. */
  public long errors() {
    return run.errors().errors();
  }

  /** Documents read. */
  public long documents() {
    return run.claims().documents();
  }

  /** Claims written. */
  public long claims() {
    return run.claims().claims();
  }

  /** Claims of one status. */
  public long claimsWith(dev.claimcheck.model.Status status) {
    return run.claims().statuses().getOrDefault(status.name(), 0L);
  }

  int inputs() {
    return inputs;
  }

  ClaimTotals claimTotals() {
    return run.claims();
  }

  List<SourceUse> mostCited() {
    return run.sources().mostCited();
  }

  LinkRot linkRot() {
    return run.linkRot();
  }

  ErrorTotals errorTotals() {
    return run.errors();
  }

  /** Visits the documents in output order. */
  void forEachDocument(DocumentList.Visitor visitor) throws IOException {
    documents.forEach(visitor);
  }

  /** Writes {@code summary.json}: the totals, then the documents, one by one. */
  void writeSummary(Writer out) throws IOException {
    try (JsonGenerator g = Rows.MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> fields = head().fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        g.writeFieldName(field.getKey());
        g.writeTree(field.getValue());
      }
      g.writeArrayFieldStart("perDocument");
      documents.forEach(d -> g.writeTree(Rows.listedDocument(d)));
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** Everything {@code summary.json} says before the list of documents. */
  private ObjectNode head() {
    ClaimTotals c = run.claims();
    ErrorTotals e = run.errors();
    ObjectNode o = Rows.MAPPER.createObjectNode();
    ObjectNode in = o.putObject("inputs");
    in.put("total", inputs);
    in.put("read", inputs - e.failedInputs().size());
    in.put("failed", e.failedInputs().size());
    in.put("failedEntries", e.failedEntries());
    o.put("documents", c.documents());
    o.put("claims", c.claims());
    o.put("datedClaims", c.datedClaims());
    o.put("references", c.references());
    o.put("errors", e.errors());
    o.put("conflicts", run.conflicts());
    ObjectNode byStatus = o.putObject("statuses");
    c.statuses().forEach(byStatus::put);
    ObjectNode years = o.putObject("timeline");
    c.timeline().forEach((bucket, counts) -> {
      ObjectNode y = years.putObject(bucket);
      c.statuses().keySet().forEach(s -> {
        long n = counts.getOrDefault(s, 0L);
        if (n > 0) {
          y.put(s, n);
        }
      });
    });
    o.put("sources", run.sources().sources());
    var cited = o.putArray("mostCitedSources");
    for (SourceUse s : run.sources().mostCited()) {
      ObjectNode row = cited.addObject();
      row.put("source", s.key());
      row.put("documents", s.documents());
      row.put("uses", s.uses());
      row.put("title", s.title());
      row.put("url", s.url());
    }
    LinkRot linkRot = run.linkRot();
    ObjectNode rot = o.putObject("linkRot");
    rot.put("checked", linkRot.checked());
    ObjectNode rotStatuses = rot.putObject("statuses");
    linkRot.byStatus().forEach(rotStatuses::put);
    linkRot.newlyDead().forEach(rot.putArray("newlyDead")::add);
    linkRot.suspectedDead().forEach(rot.putArray("suspectedDead")::add);
    linkRot.recovered().forEach(rot.putArray("recovered")::add);
    rot.put("withArchiveCopy", linkRot.withArchiveCopy());
    rot.put("failingWithArchiveCopy", linkRot.failingWithArchiveCopy());
    linkRot.drifted().forEach(rot.putArray("drifted")::add);
    return o;
  }
}
