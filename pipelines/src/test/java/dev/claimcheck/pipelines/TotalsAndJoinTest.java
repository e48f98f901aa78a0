package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ClaimTotals;
import dev.claimcheck.results.Tally;
import dev.claimcheck.results.ErrorTotals;
import dev.claimcheck.results.RunTotals;
import dev.claimcheck.results.SourceUse;
import dev.claimcheck.testing.Articles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/**
 * The join of documents with their checked sources and the run's totals, as Beam computes them:
 * the same records whatever the order the elements come in.
 */
class TotalsAndJoinTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

  private static Analysis article(String source, String title, String isbn, String url, int year) {
    return Articles.judge(source, title + "\n\nThe depot opened in " + year + ".[1] It closed in 1990.[2]"
        + " Trams ran there.\n\nReferences\n\n  1. ^ Penrose, Ada (1998). \"" + title + " history\". " + url
        + "\n  2. ^ Hale, Bo (2001). Trams. Quayside Press. ISBN " + isbn + ".\n");
  }

  private static SourceResult source(String url, SourceStatus status, SourceStatus previous, boolean archived) {
    SourceCheck check = new SourceCheck(url, status == SourceStatus.SUSPECTED_DEAD ? SourceStatus.DEAD : status,
        status == SourceStatus.ALIVE ? 200 : 404, null, List.of(), "r", T, "text/html", null);
    List<ArchiveCopy> archives = archived
        ? List.of(new ArchiveCopy("wayback", "https://web.archive.org/web/2020/" + url, T, 3L, 200)) : List.of();
    return new SourceResult(url, status, previous, check, true,
        new UrlHistory(url, List.of(new UrlHistory.Check(T, check.status(), check.httpStatus())), null, null, archives),
        archives, null, List.of());
  }

  @Test
  void eachCheckedUrlGetsTheDocumentsAndClaimsCitingItAndEachReferenceItsCheck() {
    Analysis a = article("a.txt", "Depot A", "0-306-40615-2", "https://example.org/depot", 1951);
    Analysis b = article("b.txt", "Depot B", "0-306-40615-2", "https://example.org/depot", 1952);
    Analysis c = article("c.txt", "Depot C", "0-306-40615-2", "https://example.org/other", 1953);
    SourceResult depot = source("https://example.org/depot", SourceStatus.ALIVE, null, true);
    SourceResult uncited = source("https://example.org/uncited", SourceStatus.DEAD, SourceStatus.DEAD, false);
    Pipeline p = DirectPipelines.create();
    PCollection<SourceResult> checked = p.apply("Checked", Create.of(depot, uncited));
    var view = checked.apply(WithKeys.of(SourceResult::url).withKeyType(TypeDescriptors.strings()))
        .apply(View.asMap());
    PCollectionTuple joined = PCollectionTuple.of(JoinSources.JUDGED, p.apply("Judged", Create.of(a, b, c)))
        .and(JoinSources.CHECKED, checked)
        .apply(new JoinSources(view));
    String depotRef = a.references().stream().filter(r -> r.work().url() != null).findFirst().orElseThrow().id();
    PAssert.that(joined.get(JoinSources.SOURCES)).satisfies(sources -> {
      List<CitedSource> all = new ArrayList<>();
      sources.forEach(all::add);
      assertThat(all).extracting(s -> s.result().url())
          .containsExactlyInAnyOrder("https://example.org/depot", "https://example.org/uncited");
      CitedSource cited = all.stream().filter(s -> s.result().url().endsWith("/depot")).findFirst().orElseThrow();
      assertThat(cited.documents()).containsExactlyElementsOf(
          new java.util.TreeSet<>(List.of(a.document().id(), b.document().id())));
      List<String> expected = new ArrayList<>();
      for (Analysis d : List.of(a, b)) {
        d.claims().stream().filter(cl -> cl.citations().contains(depotRef)).forEach(cl -> expected.add(cl.id()));
      }
      Collections.sort(expected);
      assertThat(expected).hasSize(2);
      assertThat(cited.claims()).containsExactlyElementsOf(expected);
      assertThat(all.stream().filter(s -> s.result().url().endsWith("/uncited")).findFirst().orElseThrow().documents())
          .isEmpty();
      return null;
    });
    PAssert.that(joined.get(JoinSources.DOCUMENTS)).satisfies(documents -> {
      for (CheckedDocument d : documents) {
        if (d.analysis().document().source().equals("c.txt")) {
          assertThat(d.checks()).isEmpty();
        } else {
          assertThat(d.checks()).containsOnlyKeys(depotRef);
          assertThat(d.checks().get(depotRef).status()).isEqualTo("ALIVE");
          assertThat(d.checks().get(depotRef).archiveCopy()).startsWith("https://web.archive.org/web/2020/");
        }
      }
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void totalsCombineDocumentsSourcesAndFailuresInAnyOrder() {
    Analysis a = article("a.txt", "Depot A", "0-306-40615-2", "https://example.org/depot", 1951);
    Analysis b = article("b.txt", "Depot B", "0-306-40615-2", "https://example.org/depot", 1962);
    Analysis c = article("c.txt", "Depot C", "978-0-306-40615-7", "https://example.org/other", 1953);
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < ErrorTotals.SHOWN + 20; i++) {
      failures.add(new Failure(String.format("in-%04d.txt", i), "extract", "timeout", "slow"));
    }
    failures.add(new Failure("bad.bin", "read", "binary", "NUL"));
    failures.add(new Failure("bad.bin", "read", "binary", "NUL"));
    failures.add(new Failure("dump.xml#Page", "read", "io", "cut"));
    Collections.shuffle(failures, new java.util.Random(7));
    Pipeline p = DirectPipelines.create();
    PCollection<RunTotals> totals = PCollectionTuple
        .of(ComputeTotals.TALLIES, p.apply("Tallies", Create.of(Tally.of(c), Tally.of(a),
            Tally.of(b))))
        .and(ComputeTotals.SOURCES, p.apply("Sources", Create.of(
            CitedSource.uncited(source("https://x.org/z", SourceStatus.SUSPECTED_DEAD, null, true)),
            CitedSource.uncited(source("https://x.org/a", SourceStatus.DEAD, SourceStatus.SUSPECTED_DEAD, false)),
            CitedSource.uncited(source("https://x.org/b", SourceStatus.ALIVE, SourceStatus.DEAD, false)))))
        .and(ComputeTotals.FAILURES, p.apply("Failures", Create.of(failures)))
        .apply(new ComputeTotals());
    ClaimTotals.Counter direct = new ClaimTotals.Counter();
    List.of(a, b, c).forEach(direct::add);
    ClaimTotals expected = direct.totals();
    PAssert.thatSingleton(totals).satisfies(t -> {
      assertThat(t.claims()).isEqualTo(expected);
      assertThat(t.claims().documents()).isEqualTo(3);
      assertThat(t.claims().timeline()).containsKeys("1951", "1953", "1962");
      // One ISBN cited by two documents (0-306-40615-2 and its ISBN-13 form are one source).
      SourceUse top = t.sources().mostCited().get(0);
      assertThat(top.key()).startsWith("isbn:");
      assertThat(top.documents()).isEqualTo(3);
      assertThat(top.title()).isEqualTo("Trams");
      assertThat(t.sources().mostCited()).isSortedAccordingTo(SourceUse.MOST_CITED);
      assertThat(t.sources().sources()).isEqualTo(t.sources().mostCited().size());
      assertThat(t.linkRot().checked()).isEqualTo(3);
      assertThat(t.linkRot().byStatus()).isEqualTo(Map.of("ALIVE", 1L, "DEAD", 1L, "SUSPECTED_DEAD", 1L));
      assertThat(t.linkRot().newlyDead()).containsExactly("https://x.org/a");
      assertThat(t.linkRot().suspectedDead()).containsExactly("https://x.org/z");
      assertThat(t.linkRot().recovered()).containsExactly("https://x.org/b");
      assertThat(t.linkRot().failingWithArchiveCopy()).isEqualTo(1);
      ErrorTotals e = t.errors();
      assertThat(e.errors()).isEqualTo(ErrorTotals.SHOWN + 23);
      assertThat(e.failedInputs()).containsExactly("bad.bin");
      assertThat(e.failedEntries()).isEqualTo(1);
      assertThat(e.shown()).hasSize(ErrorTotals.SHOWN);
      assertThat(e.shown().get(0).input()).isEqualTo("bad.bin");
      assertThat(e.shown().get(1).input()).isEqualTo("bad.bin");
      assertThat(e.shown().get(2).input()).isEqualTo("dump.xml#Page");
      assertThat(e.shown().get(3).input()).isEqualTo("in-0000.txt");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void aRunWithNothingInItHasZeroTotals() {
    Pipeline p = DirectPipelines.create();
    PCollection<RunTotals> totals = PCollectionTuple.empty(p).apply(new ComputeTotals());
    PAssert.thatSingleton(totals).satisfies(t -> {
      assertThat(t.claims().documents()).isZero();
      assertThat(t.claims().statuses().values()).containsOnly(0L);
      assertThat(t.sources().sources()).isZero();
      assertThat(t.sources().mostCited()).isEmpty();
      assertThat(t.linkRot().checked()).isZero();
      assertThat(t.errors().errors()).isZero();
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void usesOfOneSourceAddUpToTheSameRecordInAnyOrder() {
    SourceUse first = new SourceUse("isbn:1", 1, 2, "Trams of the Westmere Coast", "a\u00000001", null, null);
    SourceUse second = new SourceUse("isbn:1", 1, 1, "Trams of the Westmere coast", "b\u00000000", "https://t.org",
        "b\u00000000");
    SourceUse third = new SourceUse("isbn:1", 1, 4, null, null, null, null);
    SourceUse one = first.plus(second).plus(third);
    SourceUse other = third.plus(second.plus(first));
    assertThat(one).isEqualTo(other);
    assertThat(one.documents()).isEqualTo(3);
    assertThat(one.uses()).isEqualTo(7);
    assertThat(one.title()).isEqualTo("Trams of the Westmere Coast");
    assertThat(one.url()).isEqualTo("https://t.org");
  }
}
