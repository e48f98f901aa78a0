package dev.claimcheck.bench;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.report.Staged;
import dev.claimcheck.verdict.Judge;
import java.util.List;
import java.util.Locale;

/**
 * Where one thread's time goes on the per-document path, stage by stage: reading (decompress,
 * parse the container and the format, lay out the document), analysis (sentences, dates, claims,
 * references, links), judging, and rendering the staged output lines. Each document is timed
 * through every stage as it streams out of its input. Usage: {@code StageBenchmark INPUT...}.
 */
public final class StageBenchmark {
  private StageBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<InputFile> files = InputResolver.resolve(List.of(args));
    ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
    long[] nanos = new long[4];
    long[] counts = new long[2];
    long[] lastEnd = {System.nanoTime()};
    ReadSink sink = new ReadSink() {
      @Override
      public void accept(Outcome<Document> outcome) {
        long read = System.nanoTime();
        nanos[0] += read - lastEnd[0];
        if (outcome.isOk()) {
          Analysis analysis = ArticleAnalyzer.analyze(outcome.value());
          long analyzed = System.nanoTime();
          Analysis judged = Judge.judge(analysis);
          long judgedAt = System.nanoTime();
          Staged.Frame line;
          try {
            line = Staged.document(dev.claimcheck.results.CheckedDocument.unchecked(judged));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          long rendered = System.nanoTime();
          nanos[1] += analyzed - read;
          nanos[2] += judgedAt - analyzed;
          nanos[3] += rendered - judgedAt;
          counts[0]++;
          counts[1] += line.bytes().length;
        }
        lastEnd[0] = System.nanoTime();
      }

      @Override
      public void skipped(String reason) {}
    };
    long start = System.nanoTime();
    for (InputFile f : files) {
      lastEnd[0] = System.nanoTime();
      reading.read(f, sink);
    }
    double total = (System.nanoTime() - start) / 1e9;
    String[] names = {"read", "analyze", "judge", "render"};
    System.out.printf(Locale.ROOT, "%d documents in %.1f s on one thread (%.1f documents/s)%n", counts[0], total,
        counts[0] / total);
    for (int i = 0; i < names.length; i++) {
      System.out.printf(Locale.ROOT, "  %-8s %6.1f s  %4.0f%%%n", names[i], nanos[i] / 1e9, 100 * nanos[i] / 1e9 / total);
    }
  }
}
