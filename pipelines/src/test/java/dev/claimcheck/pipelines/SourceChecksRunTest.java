package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.report.Rows;
import dev.claimcheck.testing.ArchiveFixture;
import dev.claimcheck.testing.FixtureSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --check-sources} and {@code recheck} end to end against a local site and a
 * local archive: claim statuses from what the sources say, one check per distinct URL,
 * sources.jsonl, references' check, the link-rot summary and the state folder.
 */
class SourceChecksRunTest {
  private static FixtureSite site;
  private static ArchiveFixture archive;
  @TempDir Path tmp;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws IOException {
    site = new FixtureSite();
    archive = new ArchiveFixture().snapshot(site.url("/gone"), "20200301000000", 200, FixtureSite.DEPOT);
  }

  @AfterAll
  static void stop() {
    site.close();
    archive.close();
  }

  private SourceChecker.Settings settings() {
    return new SourceChecker.Settings(null, Duration.ZERO, 2, 4, false, true, UrlHistory.DeadRule.standard(),
        archive.base(), List.of(), List.of(), Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(6));
  }

  private int report(Path input, Path output, Path state) {
    SourceChecks checks = new SourceChecks(UUID.randomUUID().toString(), settings(), state, List.of());
    return ReportJob.run(new ReportJob.Settings(List.of(input.toString()), output, "direct", 32L << 20, 4_000_000,
        checks, false), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Rows.MAPPER.readTree(line));
    }
    return out;
  }

  private static JsonNode claim(List<JsonNode> claims, String prefix) {
    return claims.stream().filter(c -> c.get("text").asText().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void eachSupportStatusWithItsEvidenceAndOffsets() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in")).resolve("millbrook.txt");
    Files.writeString(input, """
        Millbrook

        The Millbrook Bridge opened in 1997.[1] The Millbrook ferry began its crossings in 2003.[2]

        The Millbrook Bridge opened on 11 July 1998.[1]

        The Millbrook Bridge was designed by Ruth Okafor and won a national engineering prize.[1]

        The Millbrook Bridge was painted green by Harlow Homes in 1951.[2]

        References

        1. ^ "Millbrook Bridge". City history. %s. Retrieved 3 March 2020.
        2. ^ "The Millbrook ferry". City history. %s. Retrieved 3 March 2020.
        """.formatted(site.url("/bridge"), site.url("/ferry")));
    Path out = tmp.resolve("out");
    assertThat(report(input.getParent(), out, null)).as(log.toString(StandardCharsets.UTF_8)).isZero();
    List<JsonNode> claims = lines(out.resolve("claims.jsonl"));
    String bridge = dev.claimcheck.check.PageText.of(FixtureSite.BRIDGE, "text/html");

    JsonNode opened = claim(claims, "The Millbrook Bridge opened in 1997");
    assertThat(opened.get("status").asText()).isEqualTo("CONTESTED");
    assertThat(opened.get("reasons").toString()).contains("says 1998 where the claim says 1997");
    JsonNode contra = opened.get("evidence").get(0);
    assertThat(contra.get("contradicts").asText()).isEqualTo("1998");
    assertThat(contra.get("claimValue").asText()).isEqualTo("1997");
    assertThat(bridge.substring(contra.get("start").asInt(), contra.get("end").asInt()))
        .isEqualTo(contra.get("passage").asText()).contains("opened to traffic on July 11, 1998");
    JsonNode ferry = claim(claims, "The Millbrook ferry began");
    assertThat(ferry.get("status").asText()).isEqualTo("CONTESTED");
    assertThat(ferry.get("reasons").toString()).contains("says 2001 where the claim says 2003");

    // Its source supports it, and the same document says 1997 of the same opening: a conflict
    // within the document, which outranks the support (the evidence stays).
    JsonNode same = claim(claims, "The Millbrook Bridge opened on 11 July 1998");
    assertThat(same.get("status").asText()).isEqualTo("CONTESTED");
    assertThat(same.get("reasons").get(0).asText()).isEqualTo("the same document says opened 1997 elsewhere");
    JsonNode e = same.get("evidence").get(0);
    assertThat(bridge.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("passage").asText());
    assertThat(e.get("facts").toString()).contains("11 July 1998");
    assertThat(e.get("copy").asText()).isEqualTo("live");
    assertThat(e.get("timestamp").isNull()).isTrue();
    assertThat(same.get("unsupported")).isEmpty();

    JsonNode partly = claim(claims, "The Millbrook Bridge was designed");
    assertThat(partly.get("status").asText()).isEqualTo("PARTLY_SUPPORTED");
    int won = partly.get("text").asText().indexOf("won a national");
    assertThat(partly.get("unsupported").toString()).isEqualTo("[{\"text\":\"won a national engineering prize\","
        + "\"start\":" + won + ",\"end\":" + (won + "won a national engineering prize".length()) + "}]");
    assertThat(partly.get("evidence").get(0).get("passage").asText()).contains("designed by Ruth Okafor");
    assertThat(partly.get("reasons").toString()).contains("no checked source states \\\"won a national engineering prize\\\"");

    assertThat(claim(claims, "The Millbrook Bridge was painted").get("status").asText()).isEqualTo("CITED");
    String html = dev.claimcheck.report.ReportFiles.documentPages(out);
    assertThat(html).contains("st-PARTLY_SUPPORTED").contains("won a national engineering prize");
  }

  @Test
  void claimsAreJudgedByWhatTheirSourcesSay() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in")).resolve("depot.txt");
    Files.writeString(input, """
        Westmere depot

        The Westmere tram depot opened in 1951 and served 40 routes.[1] The Westmere depot closed in 1987.[1] \
        The mayor of Westmere opened a museum in 1999.[2] Westmere had 212 trams at its height.[3] \
        A history of the depot was written by Anna Lowe in 2001.[4] The Westmere depot tower was built in 1923.[5]

        References

        1. ^ "Depot history". Westmere Transport. %s. Retrieved 3 March 2020.
        2. ^ "Museum opens". Westmere Post. %s. Retrieved 4 March 2020.
        3. ^ "Fleet". Westmere Transport. %s. Retrieved 4 March 2020.
        4. ^ Lowe, Anna (2001). The Depot. Westmere: Harbour Press.
        5. ^ "Tower". Westmere Post. %s. Retrieved 4 March 2020.
        """.formatted(site.url("/depot"), site.url("/missing"), site.url("/gone"), site.url("/depot")));
    Path state = tmp.resolve("state");
    // Two earlier nights found /missing dead; tonight's failure makes three over four days.
    StateStore store = new StateStore(state);
    Instant now = Instant.now();
    Map<String, UrlHistory> seeded = new TreeMap<>();
    seeded.put(site.url("/missing"), new UrlHistory(site.url("/missing"), List.of(
        new UrlHistory.Check(now.minus(Duration.ofDays(4)), SourceStatus.DEAD, 404),
        new UrlHistory.Check(now.minus(Duration.ofDays(2)), SourceStatus.DEAD, 404)), null, null, List.of()));
    store.save(seeded);
    int depotHits = site.hits.getOrDefault("/depot", new java.util.concurrent.atomic.AtomicInteger()).get();

    Path out = tmp.resolve("out");
    assertThat(report(input.getParent(), out, state)).as(log.toString(StandardCharsets.UTF_8)).isZero();

    List<JsonNode> claims = lines(out.resolve("claims.jsonl"));
    JsonNode supported = claim(claims, "The Westmere tram depot opened in 1951");
    assertThat(supported.get("status").asText()).isEqualTo("SUPPORTED");
    assertThat(supported.get("evidence").get(0).get("passage").asText()).contains("opened in 1951");
    assertThat(supported.get("evidence").get(0).get("copy").asText()).isEqualTo("live");
    JsonNode contested = claim(claims, "The Westmere depot closed in 1987");
    assertThat(contested.get("status").asText()).isEqualTo("CONTESTED");
    assertThat(contested.get("reasons").toString()).contains("1989").contains("1987");
    JsonNode dead = claim(claims, "The mayor of Westmere");
    assertThat(dead.get("status").asText()).isEqualTo("DEAD_SOURCE");
    assertThat(dead.get("reasons").toString()).contains("3 failed checks over 4 days");
    // /gone answers 410 for the first time: suspected, and its archive copy still supports the claim.
    JsonNode fromArchive = claim(claims, "Westmere had 212 trams");
    assertThat(fromArchive.get("status").asText()).isEqualTo("SUPPORTED");
    assertThat(fromArchive.get("evidence").get(0).get("copy").asText()).contains("/web/20200301000000/");
    assertThat(claim(claims, "A history of the depot").get("status").asText()).isEqualTo("CITED");
    assertThat(claim(claims, "A history of the depot").get("reasons").toString()).contains("has no URL");
    // The page says the tower was built, not when: partly supported, the year the part to source.
    JsonNode tower = claim(claims, "The Westmere depot tower");
    assertThat(tower.get("status").asText()).isEqualTo("PARTLY_SUPPORTED");
    assertThat(tower.get("unsupported").toString()).contains("{\"text\":\"1923\",\"start\":38,\"end\":42}");
    assertThat(tower.get("evidence").get(0).get("passage").asText()).isEqualTo("Its clock tower, built by Jonas Pettigrew, still stands.");

    List<JsonNode> sources = lines(out.resolve("sources.jsonl"));
    assertThat(sources).extracting(s -> s.get("url").asText())
        .containsExactly(site.url("/depot"), site.url("/gone"), site.url("/missing"));
    // /depot is cited twice and checked once: one GET.
    assertThat(site.hits.get("/depot").get() - depotHits).isEqualTo(1);
    JsonNode depot = sources.get(0);
    assertThat(depot.get("status").asText()).isEqualTo("ALIVE");
    assertThat(depot.get("httpStatus").asInt()).isEqualTo(200);
    assertThat(depot.get("claims")).hasSize(3);
    assertThat(depot.get("documents")).hasSize(1);
    JsonNode gone = sources.get(1);
    assertThat(gone.get("status").asText()).isEqualTo("SUSPECTED_DEAD");
    assertThat(gone.get("lastCheck").get("result").asText()).isEqualTo("DEAD");
    assertThat(gone.get("archives").get(0).get("archive").asText()).isEqualTo("wayback");
    assertThat(gone.get("archives").get(0).get("gapDays").asLong()).isEqualTo(3);
    JsonNode missing = sources.get(2);
    assertThat(missing.get("status").asText()).isEqualTo("DEAD");
    assertThat(missing.get("checks")).hasSize(3);
    assertThat(missing.get("archives")).isEmpty();

    JsonNode ref = lines(out.resolve("references.jsonl")).stream()
        .filter(r -> site.url("/missing").equals(r.path("url").asText())).findFirst().orElseThrow();
    assertThat(ref.get("check").get("status").asText()).isEqualTo("DEAD");

    JsonNode rot = Rows.MAPPER.readTree(out.resolve("summary.json").toFile()).get("linkRot");
    assertThat(rot.get("checked").asInt()).isEqualTo(3);
    assertThat(rot.get("newlyDead")).extracting(JsonNode::asText).containsExactly(site.url("/missing"));
    assertThat(rot.get("suspectedDead")).extracting(JsonNode::asText).containsExactly(site.url("/gone"));
    assertThat(rot.get("withArchiveCopy").asInt()).isEqualTo(1);
    String index = Files.readString(out.resolve("report.html"));
    assertThat(index).contains("Link rot").contains("Failing sources (2)")
        .contains("<a href=\"" + site.url("/missing") + "\" rel=\"noopener noreferrer nofollow\">");
    String html = dev.claimcheck.report.ReportFiles.documentPages(out);
    // The passages that decided SUPPORTED and CONTESTED are shown under their paragraphs.
    assertThat(html).contains("Evidence for").contains("(live page)")
        .contains("says 1989 where the claim says 1987").contains("archive copy</a>)");
    assertThat(html.substring(html.indexOf("Evidence for"))).contains("opened in 1951");
    // A claim whose cited source is failing says so on the claim, not only on hover; the
    // reference list shows each source's check.
    assertThat(html).contains("<span class=\"badge failing\">source SUSPECTED_DEAD [")
        .contains("<span class=\"src-failing\">source DEAD (HTTP 404)</span>")
        .contains("<span class=\"src-ok\">source ALIVE (HTTP 200)</span>");
    assertThat(store.load()).containsKeys(site.url("/depot"), site.url("/gone"), site.url("/missing"));

    // recheck: every URL of the state again, and one more from a list.
    Path again = tmp.resolve("again");
    SourceChecks checks = new SourceChecks(UUID.randomUUID().toString(), settings(), state,
        List.of(new UrlTask(site.url("/r1"), null, null)));
    assertThat(ReportJob.run(new ReportJob.Settings(List.of(), again, "direct", 1, 1, checks, true),
        new PrintStream(log, true, StandardCharsets.UTF_8))).isZero();
    List<JsonNode> rechecked = lines(again.resolve("sources.jsonl"));
    assertThat(rechecked).extracting(s -> s.get("url").asText())
        .containsExactly(site.url("/depot"), site.url("/gone"), site.url("/missing"), site.url("/r1"));
    assertThat(rechecked.get(0).get("lastCheck").get("checkedNow").asBoolean()).isFalse(); // alive, not due
    assertThat(rechecked.get(1).get("checks")).hasSize(2);
    assertThat(rechecked.get(3).get("status").asText()).isEqualTo("REDIRECTED");
    assertThat(rechecked.get(3).get("finalUrl").asText()).isEqualTo(site.url("/ok"));
    assertThat(store.load()).hasSize(4);
    JsonNode options = Rows.MAPPER.readTree(again.resolve("run.json").toFile()).get("options");
    assertThat(options.get("recheck").asBoolean()).isTrue();
    assertThat(options.has("maxInputBytes")).as("a re-check reads no articles").isFalse();
  }
}
