package dev.claimcheck.bench;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.facts.DocumentFacts;
import dev.claimcheck.facts.Fact;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.verdict.Judge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What facts the claims of some inputs state: how many documents, claims and facts, the facts
 * per relation and per way their subject was matched, and with {@code --list} every fact with
 * its claim's text. Reads through the real readers on one thread. Usage:
 * {@code FactsBenchmark [--list] INPUT...}.
 */
public final class FactsBenchmark {
  private FactsBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> names = new ArrayList<>(List.of(args));
    boolean list = names.remove("--list");
    List<InputFile> files = InputResolver.resolve(names);
    ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
    long[] counts = new long[3];
    Map<String, Long> relations = new TreeMap<>();
    Map<String, Long> matches = new TreeMap<>();
    ReadSink sink = new ReadSink() {
      @Override
      public void accept(Outcome<Document> outcome) {
        if (!outcome.isOk()) {
          return;
        }
        var analysis = Judge.judge(ArticleAnalyzer.analyze(outcome.value()));
        counts[0]++;
        counts[1] += analysis.claims().size();
        for (Fact f : DocumentFacts.of(analysis)) {
          counts[2]++;
          relations.merge(f.relation(), 1L, Long::sum);
          matches.merge(f.subjectMatch(), 1L, Long::sum);
          if (list) {
            String claim = analysis.claims().stream().filter(c -> c.id().equals(f.claimId())).findFirst()
                .map(c -> c.text()).orElse("");
            System.out.printf(Locale.ROOT, "%s | %s | %s | %s (%s) | %s%n", f.subjectKey(), f.relation(), f.value(),
                f.subject(), f.subjectMatch(), claim.length() > 160 ? claim.substring(0, 160) + "…" : claim);
          }
        }
      }

      @Override
      public void skipped(String reason) {}
    };
    for (InputFile f : files) {
      reading.read(f, sink);
    }
    System.out.printf(Locale.ROOT, "%d documents, %d claims, %d facts%n", counts[0], counts[1], counts[2]);
    System.out.println("by relation: " + relations);
    System.out.println("by subject match: " + matches);
  }
}
