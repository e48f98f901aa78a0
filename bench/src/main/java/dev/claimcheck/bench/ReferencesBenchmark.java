package dev.claimcheck.bench;

import dev.claimcheck.model.Span;
import dev.claimcheck.refs.parse.ReferenceParser;
import dev.claimcheck.refs.eval.FieldScores;
import dev.claimcheck.refs.eval.ReferenceEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the reference parser's field scores (labelled set by style, wikitext citation
 * templates, JATS of the corpus documents) and its speed: references parsed per second on one
 * thread, over the labelled strings, best of several passes after a warm-up.
 *
 * <p>Usage: {@code ReferencesBenchmark FIXTURES_DIR CORPUS_DIR [--passes N] [--misses]}
 */
public final class ReferencesBenchmark {
  private ReferencesBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path fixtures = Path.of(args[0]);
    Path corpus = Path.of(args[1]);
    int passes = 5;
    boolean misses = false;
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--passes")) {
        passes = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--misses")) {
        misses = true;
      }
    }
    Map<String, FieldScores> set = ReferenceEvaluation.labelledSet(fixtures);
    System.out.print(set.get("all").table("fixtures/references (all styles)"));
    System.out.println();
    System.out.println("  by style             refs  micro F1  ids F1  exact");
    FieldScores cs1 = new FieldScores();
    set.forEach((style, s) -> {
      if (!style.equals("all")) {
        System.out.printf(Locale.ROOT, "  %-20s %4d  %7.1f  %6s  %5.1f%%%n", style, s.references(),
            100 * s.microF1(), s.support("identifiers") == 0 ? "–"
                : String.format(Locale.ROOT, "%.1f", 100 * s.f1("identifiers")), 100 * s.exactMatch());
        if (style.equals("cs1")) {
          cs1.addAll(s);
        }
      }
    });
    System.out.println();
    FieldScores templates = ReferenceEvaluation.wikitext(corpus.resolve("wikitext"));
    System.out.print(templates.table("corpus/wikitext citation templates, rendered CS1 text vs parameters"));
    FieldScores cs1AndTemplates = new FieldScores();
    cs1AndTemplates.addAll(cs1);
    cs1AndTemplates.addAll(templates);
    FieldScores coins = ReferenceEvaluation.wikipediaHtml(corpus.resolve("wikipedia-html"));
    System.out.print(coins.table("corpus/wikipedia-html CS1 citations, rendered text vs their COinS"));
    cs1AndTemplates.addAll(coins);
    System.out.printf(Locale.ROOT, "  CS1 and template-based together: %d references, micro F1 %.1f%n%n",
        cs1AndTemplates.references(), 100 * cs1AndTemplates.microF1());
    Map<String, FieldScores> jats = ReferenceEvaluation.jats(corpus.resolve("documents"));
    for (Map.Entry<String, FieldScores> e : jats.entrySet()) {
      System.out.print(e.getValue().table("corpus/documents/" + e.getKey() + " vs its JATS"));
    }
    System.out.println();
    List<dev.claimcheck.refs.eval.ReferenceLists.Row> lists = dev.claimcheck.refs.eval.ReferenceLists.measure(
        corpus.resolve("documents"), corpus.resolve("COUNTS.tsv"));
    System.out.print(dev.claimcheck.refs.eval.ReferenceLists.table(lists));
    if (misses) {
      System.out.println();
      set.get("all").misses().forEach(System.out::println);
      templates.misses().forEach(System.out::println);
      coins.misses().forEach(System.out::println);
      jats.values().forEach(s -> s.misses().forEach(System.out::println));
      lists.forEach(row -> row.misses().forEach(System.out::println));
    }
    List<String> strings = new ArrayList<>();
    try (var files = Files.list(fixtures)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            strings.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("text").asText());
          }
        }
      }
    }
    System.out.println();
    System.out.println(speed(strings, passes));
  }

  /** References parsed per second on this thread, best of {@code passes} after a warm-up. */
  static String speed(List<String> strings, int passes) {
    int rounds = Math.max(1, 20_000 / strings.size());
    long sink = 0;
    for (int i = 0; i < rounds; i++) {
      sink += parseAll(strings);
    }
    double best = 0;
    for (int p = 0; p < passes; p++) {
      long start = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        sink += parseAll(strings);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      best = Math.max(best, rounds * strings.size() / seconds);
    }
    return String.format(Locale.ROOT, "speed: %,.0f references/s on one thread (%d strings × %d rounds, best of %d passes; %d)",
        best, strings.size(), rounds, passes, sink % 10);
  }

  private static long parseAll(List<String> strings) {
    long n = 0;
    for (String s : strings) {
      n += ReferenceParser.parse(s, new Span("bench", 0, s.length()), null, "0").work().authors().size();
    }
    return n;
  }
}
