package dev.claimcheck.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Reference;

/**
 * The staging format between the pipeline and the final outputs: one JSON line per document
 * (its output rows and its report section, already rendered) or per failure, led by a sort key
 * so that the final files can be written in a fixed order whatever order the runner produced.
 * Thread-safe.
 */
public final class Staged {
  /** Field holding the sort key; always the first field of a staged line. */
  public static final String KEY = "key";

  private Staged() {}

  /** The staged line of an analysed, judged document. */
  public static String document(Analysis analysis) {
    ObjectNode o = Rows.MAPPER.createObjectNode();
    o.put(KEY, analysis.document().source() + '\u0000' + analysis.document().id());
    o.set("document", Rows.document(analysis));
    var claims = o.putArray("claims");
    for (Claim c : analysis.claims()) {
      claims.add(Rows.claim(c));
    }
    var references = o.putArray("references");
    for (Reference r : analysis.references()) {
      references.add(Rows.reference(r));
    }
    o.put("html", HtmlReport.documentSection(analysis));
    return o.toString();
  }

  /** The staged line of a checked source: its output row and its history for the state folder. */
  public static String source(SourceResult r) {
    ObjectNode o = Rows.MAPPER.createObjectNode();
    o.put(KEY, r.url());
    o.set("source", Rows.source(r));
    o.set("state", StateStore.row(r.history()));
    return o.toString();
  }

  /** The staged line of a failure. */
  public static String failure(Failure f) {
    ObjectNode o = Rows.MAPPER.createObjectNode();
    o.put(KEY, f.input() + '\u0000' + f.stage() + '\u0000' + f.errorClass() + '\u0000' + f.message());
    o.set("error", Rows.error(f));
    return o.toString();
  }
}
