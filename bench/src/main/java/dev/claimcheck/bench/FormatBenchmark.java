package dev.claimcheck.bench;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.verdict.Judge;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One format's whole per-document path (detect, read, extract, link, judge) over the files of
 * a corpus, one thread, reading from disk as a run does: documents/s, input MB/s, failures,
 * and the heap's peak use. Usage: {@code FormatBenchmark LABEL INPUT...}.
 */
public final class FormatBenchmark {
  private FormatBenchmark() {}

  public static void main(String[] args) throws Exception {
    String label = args[0];
    List<InputFile> files = InputResolver.resolve(List.of(args).subList(1, args.length));
    long bytes = 0;
    for (InputFile f : files) {
      bytes += Files.size(Path.of(f.path()));
    }
    ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
    long[] documents = {0};
    long[] failures = {0};
    ReadSink sink = new ReadSink() {
      @Override
      public void accept(Outcome<Document> outcome) {
        if (outcome.isOk()) {
          Judge.judge(ArticleAnalyzer.analyze(outcome.value()));
          documents[0]++;
        } else {
          failures[0]++;
        }
      }

      @Override
      public void skipped(String reason) {}
    };
    long start = System.nanoTime();
    for (InputFile f : files) {
      reading.read(f, sink);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT,
        "%s: %d files, %.1f MB, %d documents, %d failures in %.1f s: %.0f documents/s, %.1f MB/s, "
            + "peak heap %.0f MB%n",
        label, files.size(), bytes / 1e6, documents[0], failures[0], seconds,
        documents[0] / seconds, bytes / 1e6 / seconds, peak / 1e6);
  }
}
