package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.testing.ArchiveFixture;
import dev.claimcheck.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wayback (availability, CDX with resume keys, playback), Memento (TimeMap, TimeGate) and
 * local WARCs, against a local archive that answers recorded requests as the Wayback Machine
 * did and others from fixture snapshots.
 */
class ArchivesTest {
  private static final String PAGE = "https://news.example.org/2019/depot-closes";
  private static ArchiveFixture archive;

  @BeforeAll
  static void start() throws Exception {
    archive = new ArchiveFixture()
        .snapshot(PAGE, "20190301120000", 200, "<html><title>Depot</title><body>March copy</body></html>")
        .snapshot(PAGE, "20200615080000", 200, "<html><title>Depot</title><body>June copy</body></html>")
        .snapshot(PAGE, "20200620080000", 301, "<html>moved</html>")
        .snapshot(PAGE, "20230101000000", 200, "<html><title>Depot</title><body>Late copy</body></html>");
  }

  @AfterAll
  static void stop() {
    archive.close();
  }

  private static ArchiveClient client(String name) {
    HttpChecker http = new HttpChecker(HttpChecker.Options.defaults(null), new AddressGuard(true, AddressGuard.Resolver.system()),
        Clock.systemUTC(), d -> { });
    return new ArchiveClient(http, new HostPacer(Duration.ZERO, 1, 4, Clock.systemUTC(), d -> { }), name);
  }

  @Test
  void availabilityGivesTheNearestCopyWithItsGap() {
    WaybackArchive wayback = new WaybackArchive("wayback", archive.base(), client("wayback"));
    ArchiveCopy copy = wayback.nearest(PAGE, LocalDate.parse("2020-06-01")).orElseThrow();
    assertThat(copy.timestamp()).isEqualTo(Instant.parse("2020-06-15T08:00:00Z"));
    assertThat(copy.gapDays()).isEqualTo(14);
    assertThat(copy.archive()).isEqualTo("wayback");
    assertThat(PageText.of(wayback.read(copy).body(), "text/html")).contains("June copy");
  }

  @Test
  void cdxIsAskedWhenAvailabilityKnowsNothingAndRedirectCapturesComeLast() {
    archive.availabilityEmpty = true;
    try {
      WaybackArchive wayback = new WaybackArchive("wayback", archive.base(), client("wayback-cdx"));
      // 2020-06-19 is nearest the 301 capture of the 20th, but a page capture is preferred.
      ArchiveCopy copy = wayback.nearest(PAGE, LocalDate.parse("2020-06-19")).orElseThrow();
      assertThat(copy.timestamp()).isEqualTo(Instant.parse("2020-06-15T08:00:00Z"));
      assertThat(copy.gapDays()).isEqualTo(4);
      assertThat(copy.httpStatus()).isEqualTo(200);
      assertThat(wayback.nearest("https://news.example.org/never-archived", LocalDate.parse("2020-01-01"))).isEmpty();
    } finally {
      archive.availabilityEmpty = false;
    }
  }

  @Test
  void recordedCdxPagesAreReadWithTheirResumeKeys() {
    assumeTrue(archive.recordings() > 0, "the recorded Wayback exchanges are in ../shared");
    WaybackArchive wayback = new WaybackArchive("wayback", archive.base(), client("wayback-recorded"));
    int before = archive.hits.getOrDefault("/cdx/search/cdx", new java.util.concurrent.atomic.AtomicInteger()).get();
    List<ArchiveCopy> copies = wayback.cdx("dw.com", "20191001000000", "20200301000000");
    int pages = archive.hits.get("/cdx/search/cdx").get() - before;
    assertThat(pages).isEqualTo(3); // 1000 + 1000 + 245 lines, two resume keys
    // Every line but the unresolved revisits (status "-") is a copy; all are within the window.
    assertThat(copies).hasSizeGreaterThan(1000);
    assertThat(copies).allSatisfy(c -> {
      assertThat(c.timestamp()).isBetween(Instant.parse("2019-10-01T00:00:00Z"), Instant.parse("2020-03-01T00:00:00Z"));
      assertThat(c.url()).startsWith(archive.base() + "/web/");
    });
    assertThat(copies).extracting(ArchiveCopy::httpStatus).containsOnly(301, 302);
    // dw.com's captures in the window are redirects to www.dw.com: the nearest one is still chosen.
    Optional<ArchiveCopy> chosen = Archive.choose(copies, LocalDate.parse("2020-01-15"));
    assertThat(chosen).isPresent();
    assertThat(chosen.get().gapDays()).isLessThanOrEqualTo(1);
  }

  @Test
  void recordedPlaybackIsReadAndAMissingCopyIsNone() {
    assumeTrue(archive.recordings() > 0, "the recorded Wayback exchanges are in ../shared");
    WaybackArchive wayback = new WaybackArchive("wayback", archive.base(), client("wayback-playback"));
    ArchiveCopy fws = new ArchiveCopy("wayback", archive.base() + "/web/20171124151315/https://www.fws.gov/birds/",
        Instant.parse("2017-11-24T15:13:15Z"), null, 200);
    Archive.Page page = wayback.read(fws);
    assertThat(page).isNotNull();
    assertThat(PageText.of(page.body(), page.contentType())).contains("Migratory Bird Program");
    ArchiveCopy none = new ArchiveCopy("wayback", archive.base() + "/web/20170929002712/https://this-is-not-real-url.whatever/",
        Instant.parse("2017-09-29T00:27:12Z"), null, 200);
    assertThat(wayback.read(none)).isNull();
  }

  @Test
  void recordedLinkHeaderListsMementos() {
    String link = "<https://www.fws.gov/birds/>; rel=\"original\", <https://web.archive.org/web/timemap/link/https://www.fws.gov/birds/>; "
        + "rel=\"timemap\"; type=\"application/link-format\", <https://web.archive.org/web/20050323155300/http://www.fws.gov:80/birds>; "
        + "rel=\"first memento\"; datetime=\"Wed, 23 Mar 2005 15:53:00 GMT\", <https://web.archive.org/web/20171124151315/https://www.fws.gov/birds/>; "
        + "rel=\"memento\"; datetime=\"Fri, 24 Nov 2017 15:13:15 GMT\"";
    List<ArchiveCopy> copies = MementoArchive.mementos("ia", link);
    assertThat(copies).extracting(ArchiveCopy::timestamp)
        .containsExactly(Instant.parse("2005-03-23T15:53:00Z"), Instant.parse("2017-11-24T15:13:15Z"));
  }

  @Test
  void mementoTimeMapAndTimeGate() {
    MementoArchive withMap = new MementoArchive("memento", archive.base() + "/timegate/", archive.base() + "/timemap/link/",
        client("memento"));
    ArchiveCopy copy = withMap.nearest(PAGE, LocalDate.parse("2019-02-20")).orElseThrow();
    assertThat(copy.timestamp()).isEqualTo(Instant.parse("2019-03-01T12:00:00Z"));
    assertThat(copy.gapDays()).isEqualTo(9);
    assertThat(PageText.of(withMap.read(copy).body(), "text/html")).contains("March copy");
    MementoArchive gateOnly = new MementoArchive("gate", archive.base() + "/timegate/", null, client("gate"));
    ArchiveCopy viaGate = gateOnly.nearest(PAGE, LocalDate.parse("2022-12-01")).orElseThrow();
    assertThat(viaGate.timestamp()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(viaGate.url()).endsWith("/web/20230101000000/" + PAGE);
    assertThat(gateOnly.nearest("https://news.example.org/never-archived", null)).isEmpty();
  }

  @Test
  void localWarcsAreIndexedOnceAndRead() {
    Path folder = SharedCorpus.root().resolve("corpus/web-archives");
    WarcArchive warc = new WarcArchive("warc", List.of(folder), 1 << 20);
    assertThat(warc.records()).isGreaterThan(0);
    // Only the corpus's deliberately truncated archive breaks off; a response without a target
    // URI (wac-link-extraction-test.warc) is skipped, not fatal to the rest of its file.
    assertThat(warc.problems()).hasSize(1);
    assertThat(warc.problems().get(0)).contains("warcio-example-trunc.warc");
    // warcio's example holds a response for http://example.com/ captured in 2014.
    ArchiveCopy copy = warc.nearest("http://example.com/", LocalDate.parse("2014-01-01")).orElseThrow();
    assertThat(copy.archive()).isEqualTo("warc");
    assertThat(copy.timestamp().toString()).startsWith("2014-");
    String text = PageText.of(warc.read(copy).body(), warc.read(copy).contentType());
    assertThat(text).contains("Example Domain");
    assertThat(warc.nearest("http://example.com/never", null)).isEmpty();
  }

  @Test
  void choiceRules() {
    List<ArchiveCopy> copies = new ArrayList<>();
    copies.add(new ArchiveCopy("a", "u1", Instant.parse("2020-01-01T00:00:00Z"), null, 200));
    copies.add(new ArchiveCopy("a", "u2", Instant.parse("2021-01-01T00:00:00Z"), null, 200));
    copies.add(new ArchiveCopy("a", "u3", Instant.parse("2020-06-01T00:00:00Z"), null, 404));
    assertThat(Archive.choose(copies, null).orElseThrow().url()).isEqualTo("u2"); // the newest without a date
    assertThat(Archive.choose(copies, LocalDate.parse("2020-05-30")).orElseThrow().url()).isEqualTo("u1"); // 404s are no copies
    assertThat(Archive.parseTimestamp("2019")).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
    assertThat(Archive.parseTimestamp("20191301")).isNull();
  }
}
