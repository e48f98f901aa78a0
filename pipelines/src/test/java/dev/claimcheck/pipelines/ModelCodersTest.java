package dev.claimcheck.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.coders.RecordCoder;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Evidence;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.model.Status;
import dev.claimcheck.model.Unsupported;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.RepoFixtures;
import dev.claimcheck.verdict.Judge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** Every model type that travels between steps survives its coder, field for field. */
class ModelCodersTest {

  @Test
  void everyModelTypeHasARegisteredRecordCoder() throws Exception {
    Pipeline p = DirectPipelines.create();
    for (Class<? extends Record> type : ModelCoders.TYPES) {
      assertThat(p.getCoderRegistry().getCoder(type)).isInstanceOf(RecordCoder.class)
          .isEqualTo(ModelCoders.coder(type));
    }
  }

  @Test
  void everyFixtureDocumentAndItsAnalysisRoundTrip() throws Exception {
    Pipeline p = DirectPipelines.create();
    Coder<Document> documents = p.getCoderRegistry().getCoder(Document.class);
    Coder<Analysis> analyses = p.getCoderRegistry().getCoder(Analysis.class);
    Coder<Failure> failures = p.getCoderRegistry().getCoder(Failure.class);
    ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("text", "html", "documents", "wiki", "jsonl")) {
      try (Stream<Path> in = Files.list(RepoFixtures.root().resolve(folder))) {
        in.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    int documentsSeen = 0;
    for (Path f : files) {
      for (var outcome : reading.readAll(new InputFile(f.toString(), f.getFileName().toString()))) {
        if (!outcome.isOk()) {
          CoderProperties.coderDecodeEncodeEqual(failures, outcome.failure());
          continue;
        }
        documentsSeen++;
        CoderProperties.coderDecodeEncodeEqual(documents, outcome.value());
        Analysis judged = Judge.judge(ArticleAnalyzer.analyze(outcome.value()));
        CoderProperties.coderDecodeEncodeEqual(analyses, judged);
        // The same value twice gives the same bytes.
        assertThat(CoderUtils.encodeToByteArray(analyses, judged))
            .isEqualTo(CoderUtils.encodeToByteArray(analyses, CoderUtils.clone(analyses, judged)));
      }
    }
    assertThat(documentsSeen).isGreaterThan(15);
  }

  @Test
  void checkedSourcesEvidenceAndInputsRoundTrip() throws Exception {
    Pipeline p = DirectPipelines.create();
    Analysis analysis = Articles.judge("t.txt", """
        Tramway

        The line opened in 1881 and closed 40 years ago.[1] It was popular.[citation needed]

        References

          1. ^ a b Penrose, Ada (1998). Trams. Quayside Press. ISBN 0-306-40615-2.
        """);
    var claim = analysis.claims().get(0);
    Analysis withEvidence = analysis.withClaims(List.of(claim.withVerdict(Status.PARTLY_SUPPORTED, List.of("partly"),
        List.of(new Evidence("1", "https://example.org/t", "https://web.archive.org/web/2020/x", "2020-01-01T00:00:00Z",
            "The line opened in 1881.", 3, 27, List.of("1881", "line"), null, null)),
        List.of(new Unsupported("closed 40 years ago", 24, 43)))));
    CoderProperties.coderDecodeEncodeEqual(p.getCoderRegistry().getCoder(Analysis.class), withEvidence);
    Instant t = Instant.parse("2026-01-02T03:04:05.678Z");
    UrlTask task = new UrlTask("https://example.org/t", LocalDate.parse("2020-05-01"), null);
    SourceResult result = new SourceResult("https://example.org/t", SourceStatus.ALIVE, null,
        new SourceCheck("https://example.org/t", SourceStatus.ALIVE, 200, null, List.of(), "ok", t, "text/html", null),
        true, new UrlHistory("https://example.org/t", List.of(new UrlHistory.Check(t, SourceStatus.ALIVE, 200)), task, "fp",
            List.of(new ArchiveCopy("wayback", "https://web.archive.org/web/2020/x", t, 12L, 200))),
        List.of(new ArchiveCopy("wayback", "https://web.archive.org/web/2020/x", t, null, 200)),
        new SourceResult.Drift(0.5, true, "wayback"), List.of(new SourceResult.Text("live", "The line opened in 1881.")));
    CoderProperties.coderDecodeEncodeEqual(p.getCoderRegistry().getCoder(SourceResult.class), result);
    CoderProperties.coderDecodeEncodeEqual(p.getCoderRegistry().getCoder(UrlTask.class), task);
    Coder<InputFile> inputs = p.getCoderRegistry().getCoder(InputFile.class);
    CoderProperties.coderDecodeEncodeEqual(inputs, new InputFile("/corpus/a b/é.txt", "a b/é.txt"));
    CoderProperties.coderDecodeEncodeEqual(inputs,
        new InputFile("/corpus/pipe", "corpus/pipe", new InputFile.Problem("not-a-file", "a named pipe")));
    CoderProperties.coderDeterministic(inputs, new InputFile("/x", "x"), new InputFile("/x", "x"));
    CoderProperties.coderDecodeEncodeEqual(p.getCoderRegistry().getCoder(Failure.class),
        new Failure("in", "read", "binary", "NUL"));
  }

  @Test
  void anAnalysisTakesAThirdLessThanJavaSerializationMakesIt() throws Exception {
    Analysis analysis = Judge.judge(ArticleAnalyzer.analyze(Articles.read(
        RepoFixtures.root().resolve("text/wiki-mixed-citations.txt"))));
    int record = CoderUtils.encodeToByteArray(ModelCoders.coder(Analysis.class), analysis).length;
    int java = CoderUtils.encodeToByteArray(SerializableCoder.of(Analysis.class), analysis).length;
    assertThat(record).isLessThan(java * 2 / 3);
  }
}
