package dev.claimcheck.bench;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.html.HtmlReader;
import dev.claimcheck.verdict.Judge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * The HTML path against its ceiling, on the same pages held in memory, one thread: jsoup's bare
 * parse ({@code Jsoup.parse(html).body().text()}), claimcheck's reader alone (page to document
 * model), and its whole path (read, extract, link, judge). Prints documents/s and MB/s for each
 * and their ratios to the bare parse.
 * Usage: {@code HtmlBenchmark INPUT... [--passes N] [--repeat N]} (repeat: the pages N times).
 */
public final class HtmlBenchmark {
  private HtmlBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> inputs = new ArrayList<>();
    int passes = 3;
    int repeat = 1;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--passes")) {
        passes = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
      } else {
        inputs.add(args[i]);
      }
    }
    List<InputFile> files = InputResolver.resolve(inputs);
    List<byte[]> pages = new ArrayList<>();
    long bytes = 0;
    for (int r = 0; r < repeat; r++) {
      for (InputFile f : files) {
        byte[] b = Files.readAllBytes(Path.of(f.path()));
        pages.add(b);
        bytes += b.length;
      }
    }
    System.out.printf(Locale.ROOT, "corpus: %d pages, %.1f MB%n", pages.size(), bytes / 1e6);
    HtmlReader reader = new HtmlReader(ReadLimits.DEFAULT);
    Consumer<byte[]> bare = page -> {
      try {
        Jsoup.parse(new ByteArrayInputStream(page), null, "").body().text();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    Consumer<byte[]> full = page -> {
      Outcome<Document> read = reader.read("page.html", page);
      if (read.isOk()) {
        Judge.judge(ArticleAnalyzer.analyze(read.value()));
      }
    };
    Consumer<byte[]> readOnly = page -> reader.read("page.html", page);
    double jsoup = measure("jsoup bare parse", bare, pages, bytes, passes);
    double reading = measure("claimcheck HTML reader (page to document)", readOnly, pages, bytes, passes);
    double claimcheck = measure("claimcheck HTML path (read, extract, link, judge)", full, pages,
        bytes, passes);
    System.out.printf(Locale.ROOT, "reader: %.0f%% of the bare parse throughput%n", 100 * reading / jsoup);
    System.out.printf(Locale.ROOT, "whole path: %.0f%% of the bare parse throughput%n",
        100 * claimcheck / jsoup);
  }

  /** Best MB/s over the timed passes, after one warm-up pass. */
  private static double measure(String name, Consumer<byte[]> work, List<byte[]> pages,
      long bytes, int passes) {
    pages.forEach(work);
    double best = 0;
    for (int i = 1; i <= passes; i++) {
      long start = System.nanoTime();
      pages.forEach(work);
      double seconds = (System.nanoTime() - start) / 1e9;
      double mbs = bytes / 1e6 / seconds;
      best = Math.max(best, mbs);
      System.out.printf(Locale.ROOT, "%s pass %d: %.2f s, %.0f documents/s, %.1f MB/s%n",
          name, i, seconds, pages.size() / seconds, mbs);
    }
    return best;
  }
}
