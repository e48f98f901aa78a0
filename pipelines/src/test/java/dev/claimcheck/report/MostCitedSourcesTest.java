package dev.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** One source cited by several documents is counted once, with its documents and uses. */
class MostCitedSourcesTest {

  private static ObjectNode reference(String document, String source, int uses, String title) {
    ObjectNode r = Rows.MAPPER.createObjectNode();
    r.put("document", document);
    r.put("source", source);
    r.put("uses", uses);
    r.put("title", title);
    r.putNull("url");
    return r;
  }

  @Test
  void sourcesAreRankedByCitingDocumentsThenUses() {
    Totals t = new Totals(3);
    t.addReference(reference("a", "isbn:9780306406157", 2, "Trams of the Westmere Coast"));
    t.addReference(reference("b", "isbn:9780306406157", 1, "Trams of the Westmere coast"));
    t.addReference(reference("b", "doi:10.1/x", 7, "A paper"));
    t.addReference(reference("c", null, 9, "no key"));
    ObjectNode summary = t.toJson();
    assertThat(summary.get("sources").asInt()).isEqualTo(2);
    var top = summary.get("mostCitedSources");
    assertThat(top.get(0).get("source").asText()).isEqualTo("isbn:9780306406157");
    assertThat(top.get(0).get("documents").asInt()).isEqualTo(2);
    assertThat(top.get(0).get("uses").asInt()).isEqualTo(3);
    assertThat(top.get(0).get("title").asText()).isEqualTo("Trams of the Westmere Coast");
    assertThat(top.get(1).get("source").asText()).isEqualTo("doi:10.1/x");
  }
}
