package dev.claimcheck.bench;

import dev.claimcheck.dates.eval.AnnotatedCorpus;
import dev.claimcheck.dates.eval.AnnotatedDocument;
import dev.claimcheck.dates.eval.ClaimcheckTagger;
import dev.claimcheck.dates.eval.Scores;
import dev.claimcheck.dates.eval.TimexScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * claimcheck's dates and HeidelTime's, side by side on the same annotated sets with the same
 * scorer and the same document dates: precision, recall and F1 of spans, value accuracy and
 * value F1, impossible dates in the output, and sentences tagged per second (warm, one thread,
 * the best of several passes).
 *
 * <p>Usage: {@code DatesBenchmark FIXTURES_DIR [TIMEBANK_DIR] [--heideltime LIB_DIR WORK_DIR]
 * [--passes N]}
 */
public final class DatesBenchmark {
  private DatesBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> sets = new ArrayList<>();
    Path heideltime = null;
    Path work = Path.of(System.getProperty("java.io.tmpdir"));
    int passes = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--heideltime" -> {
          heideltime = Path.of(args[++i]);
          work = Path.of(args[++i]);
        }
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        default -> sets.add(args[i]);
      }
    }
    Map<String, List<AnnotatedDocument>> corpora = new LinkedHashMap<>();
    for (String dir : sets) {
      List<AnnotatedDocument> docs = AnnotatedCorpus.readAll(Path.of(dir));
      String name = Path.of(dir).getFileName().toString();
      corpora.put(name, docs);
      List<AnnotatedDocument> held = docs.stream().filter(d -> d.id().startsWith("held-")).toList();
      if (!held.isEmpty()) {
        corpora.put(name + " (held-out part)", held);
      }
    }
    Map<String, TimexScorer.Tagger> taggers = new LinkedHashMap<>();
    taggers.put("claimcheck", new ClaimcheckTagger());
    if (heideltime != null) {
      taggers.put("HeidelTime 2.2.1", new HeidelTimeTagger(heideltime, work));
    }
    System.out.println(Scores.header());
    for (Map.Entry<String, List<AnnotatedDocument>> corpus : corpora.entrySet()) {
      for (Map.Entry<String, TimexScorer.Tagger> tagger : taggers.entrySet()) {
        Scores best = null;
        for (int p = 0; p < passes; p++) {
          Scores s = TimexScorer.score(corpus.getValue(), tagger.getValue());
          if (best == null || s.nanos() < best.nanos()) {
            best = s;
          }
        }
        System.out.println(best.row(tagger.getKey() + " / " + corpus.getKey()));
      }
    }
    System.out.println("P, R, F1: exact spans; relaxF1: overlapping spans; valAcc: right values"
        + " among exact spans; valueF1: exact span and right value; imposs: impossible calendar"
        + " dates in the output; sent/s: sentences per second, best of " + passes + " passes.");
  }
}
