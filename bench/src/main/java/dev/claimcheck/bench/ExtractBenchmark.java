package dev.claimcheck.bench;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.read.text.PlainTextReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.verdict.Judge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the plain-text path (decode, lay out, extract, link, judge) on one thread over a
 * corpus held in memory: one warm-up pass, then timed passes. Prints documents/s and MB/s.
 * Usage: {@code ExtractBenchmark DIR [PASSES]}.
 */
public final class ExtractBenchmark {
  private ExtractBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<InputFile> files = InputResolver.resolve(List.of(args[0]));
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<byte[]> contents = new ArrayList<>();
    long bytes = 0;
    for (InputFile f : files) {
      byte[] b = Files.readAllBytes(Path.of(f.path()));
      contents.add(b);
      bytes += b.length;
    }
    PlainTextReader reader = new PlainTextReader(ReadLimits.DEFAULT);
    long claims = pass(reader, files, contents);
    System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB, %d claims per pass%n",
        files.size(), bytes / 1e6, claims);
    for (int i = 1; i <= passes; i++) {
      long start = System.nanoTime();
      pass(reader, files, contents);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT,
          "pass %d: %.2f s, %.0f documents/s, %.2f MB/s (one thread)%n",
          i, seconds, files.size() / seconds, bytes / 1e6 / seconds);
    }
  }

  private static long pass(PlainTextReader reader, List<InputFile> files, List<byte[]> contents) {
    long claims = 0;
    for (int i = 0; i < files.size(); i++) {
      Outcome<Document> read = reader.read(files.get(i).source(), contents.get(i));
      if (read.isOk()) {
        claims += Judge.judge(ArticleAnalyzer.analyze(read.value())).claims().size();
      }
    }
    return claims;
  }
}
