package dev.claimcheck.read.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.CollectingSink;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.CorpusCounts;
import dev.claimcheck.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every WARC of the shared corpus, against its counted records. */
class WebArchivesTest {

  /** What reading one archive gave: documents, failures as "input message", skips. */
  record Read(List<Document> documents, List<String> failures, Map<String, Integer> skipped) {}

  static Read read(Path path) {
    CollectingSink sink = new CollectingSink();
    new ArticleReading(ReadLimits.DEFAULT)
        .read(new InputFile(path.toString(), path.getFileName().toString()), sink);
    List<String> failures = sink.outcomes().stream().filter(o -> !o.isOk())
        .map(o -> o.failure().input() + " " + o.failure().message()).toList();
    return new Read(sink.documents(), failures, sink.skipped());
  }

  @ParameterizedTest
  @ValueSource(strings = {"web-archives/aut-issue-514.warc",
      "web-archives/pywb-example-wget-1-14.warc.gz", "web-archives/wac-link-extraction-test.warc",
      "web-archives/warcio-example.warc.gz", "web-archives/warcio-example-trunc.warc"})
  void everyResponseRecordIsADocumentASkipOrAFailure(String file) {
    CorpusCounts counts = CorpusCounts.load();
    Read r = read(SharedCorpus.root().resolve("corpus").resolve(file));
    int responses = counts.count(file, "records[response]");
    int ok = counts.count(file, "response_http_status[200]", 0);
    int otherStatus = responses - ok;
    int skippedStatus = r.skipped().entrySet().stream()
        .filter(e -> e.getKey().startsWith("warc-status-")).mapToInt(Map.Entry::getValue).sum();
    int recordFailures = (int) r.failures().stream().filter(f -> f.contains(".warc#")
        || f.contains(".warc.gz#")).count();
    assertThat(skippedStatus).isEqualTo(otherStatus);
    assertThat(r.documents().size() + recordFailures).isEqualTo(ok);
    boolean brokeOff = r.failures().stream().anyMatch(f -> f.contains("breaks off"));
    if (!brokeOff) {
      // Records after a break are unreachable; in a whole archive every one is accounted for.
      assertThat(r.skipped().getOrDefault("warc-revisit", 0))
          .isEqualTo(counts.count(file, "records[revisit]", 0));
      assertThat(r.skipped().getOrDefault("warc-request", 0))
          .isEqualTo(counts.count(file, "records[request]", 0));
    }
    String first = counts.text(file, "warc_date_min").substring(0, 10);
    String last = counts.text(file, "warc_date_max").substring(0, 10);
    for (Document d : r.documents()) {
      assertThat(d.retrieved()).isBetween(first, last);
    }
    List<String> targets = counts.values(file, "response_target_uri").stream()
        .map(t -> t.replaceAll("^<|>$", "")).toList();
    for (Document d : r.documents()) {
      String target = d.source().substring(d.source().indexOf('#') + 1);
      assertThat(target.equals("unknown") || targets.contains(target)).as(target).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"web-archives/warcio-example-trunc.warc"})
  void aTruncatedArchiveEndsInAFailureRecord(String file) {
    Read r = read(SharedCorpus.root().resolve("corpus").resolve(file));
    assertThat(r.failures()).isNotEmpty();
    assertThat(r.failures()).allSatisfy(f -> assertThat(f).doesNotContain("\\x"));
    assertThat(r.documents().stream().filter(d -> !d.truncated())).isEmpty();
  }
}
