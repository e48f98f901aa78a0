package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.testing.ArchiveFixture;
import dev.claimcheck.testing.FixtureSite;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * Checking cited URLs in a pipeline, against a site on 127.0.0.1: each distinct URL is checked
 * once however many citations name it, every URL gets a result, and the failure output holds
 * nothing when no check breaks.
 */
class CheckSourcesTest {
  @Test
  void eachDistinctUrlIsCheckedOnceAndEveryOneHasAResult() throws Exception {
    try (FixtureSite site = new FixtureSite(); ArchiveFixture archive = new ArchiveFixture()) {
      SourceChecker.Settings settings = new SourceChecker.Settings(null, Duration.ZERO, 2, 4, false, true,
          UrlHistory.DeadRule.standard(), archive.base(), List.of(), List.of(), Duration.ZERO, Duration.ofSeconds(2),
          Duration.ofSeconds(6));
      List<UrlTask> tasks = List.of(
          new UrlTask(site.url("/depot"), LocalDate.parse("2020-01-02"), null),
          new UrlTask(site.url("/depot"), LocalDate.parse("2019-05-01"), null),
          new UrlTask(site.url("/depot"), null, null),
          new UrlTask(site.url("/missing"), null, null),
          new UrlTask(site.url("/r1"), null, null));
      String ok = site.url("/depot");
      String missing = site.url("/missing");
      String redirected = site.url("/r1");
      Pipeline p = DirectPipelines.create();
      PCollectionTuple checked = p.apply(Create.of(tasks).withCoder(ModelCoders.coder(UrlTask.class)))
          .apply(new CheckSources(settings, null, null));
      PAssert.that(checked.get(CheckSources.CHECKED)).satisfies(results -> {
        List<SourceResult> all = StreamSupport.stream(results.spliterator(), false).toList();
        assertThat(all).extracting(SourceResult::url)
            .containsExactlyInAnyOrder(ok, missing, redirected);
        assertThat(all).filteredOn(r -> r.url().equals(ok)).singleElement()
            .extracting(SourceResult::status).isEqualTo(SourceStatus.ALIVE);
        assertThat(all).filteredOn(r -> r.url().equals(redirected)).singleElement()
            .extracting(SourceResult::status).isEqualTo(SourceStatus.REDIRECTED);
        assertThat(all).filteredOn(r -> r.url().equals(missing)).singleElement()
            .satisfies(r -> assertThat(r.check().httpStatus()).isEqualTo(404));
        return null;
      });
      PAssert.that(checked.get(CheckSources.FAILURES)).empty();
      p.run().waitUntilFinish();
      assertThat(site.hits.get("/depot").get()).as("/depot is cited three times and fetched once").isEqualTo(1);
    }
  }
}
