package dev.claimcheck.bench;

import dev.claimcheck.dates.eval.AnnotatedCorpus;
import dev.claimcheck.dates.eval.AnnotatedDocument;
import dev.claimcheck.dates.eval.ClaimcheckTagger;
import dev.claimcheck.dates.eval.MissClasses;
import dev.claimcheck.dates.eval.Scores;
import dev.claimcheck.dates.eval.TimexScorer;
import java.nio.file.Files;
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
 * <p>A set is a folder of annotated files, or a folder of such folders (TempEval-3's training
 * data: TimeBank and AQUAINT), scored folder by folder and all together. {@code --misses} lists
 * claimcheck's differences from the gold by kind; {@code --misses-of NAME} only on the sets whose
 * name holds NAME, so that a part kept aside for checking is never read for rules. {@code --classes}
 * counts the differences of every set by their shape alone, without a word of the text (see
 * {@link MissClasses}), so a part kept aside shows where its gap lies without being read.
 *
 * <p>Usage: {@code DatesBenchmark SET_DIR... [--heideltime LIB_DIR WORK_DIR] [--passes N] [--misses |
 * --misses-of NAME] [--classes]}
 */
public final class DatesBenchmark {
  private DatesBenchmark() {}

  private static final String USAGE = "usage: DatesBenchmark SET_DIR... [--heideltime LIB_DIR WORK_DIR]"
      + " [--passes N] [--misses | --misses-of NAME] [--classes]";

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      System.err.println("DatesBenchmark: " + (e instanceof IndexOutOfBoundsException
          ? "an option lacks its value" : e.getMessage()) + "\n" + USAGE);
      System.exit(2);
    }
  }

  private static void run(String[] args) throws Exception {
    List<String> sets = new ArrayList<>();
    Path heideltime = null;
    Path work = Path.of(System.getProperty("java.io.tmpdir"));
    int passes = 5;
    boolean listMisses = false;
    String missesOf = "";
    boolean classes = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--heideltime" -> {
          heideltime = Path.of(args[++i]);
          work = Path.of(args[++i]);
        }
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--misses" -> listMisses = true;
        case "--classes" -> classes = true;
        case "--misses-of" -> {
          listMisses = true;
          missesOf = args[++i];
        }
        default -> {
          if (args[i].startsWith("--") || !Files.isDirectory(Path.of(args[i]))) {
            throw new IllegalArgumentException("not an option nor a folder: " + args[i]);
          }
          sets.add(args[i]);
        }
      }
    }
    if (sets.isEmpty() || passes < 1) {
      throw new IllegalArgumentException(sets.isEmpty() ? "no set named" : "--passes must be 1 or more");
    }
    Map<String, List<AnnotatedDocument>> corpora = new LinkedHashMap<>();
    for (String dir : sets) {
      String name = Path.of(dir).getFileName().toString();
      List<Path> parts = subsets(Path.of(dir));
      if (!parts.isEmpty()) {
        List<AnnotatedDocument> all = new ArrayList<>();
        for (Path part : parts) {
          List<AnnotatedDocument> docs = AnnotatedCorpus.readAll(part);
          corpora.put(name + "/" + part.getFileName(), docs);
          all.addAll(docs);
        }
        corpora.put(name + " (all)", all);
        continue;
      }
      List<AnnotatedDocument> docs = AnnotatedCorpus.readAll(Path.of(dir));
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
    Map<String, List<TimexScorer.Miss>> misses = new LinkedHashMap<>();
    List<String> readable = new ArrayList<>();
    for (Map.Entry<String, List<AnnotatedDocument>> corpus : corpora.entrySet()) {
      for (Map.Entry<String, TimexScorer.Tagger> tagger : taggers.entrySet()) {
        Scores best = null;
        // claimcheck's differences are kept once per set of its own (not for the sets' unions).
        boolean own = tagger.getKey().equals("claimcheck") && !corpus.getKey().endsWith("(all)")
            && !corpus.getKey().endsWith("(held-out part)");
        boolean listed = listMisses && corpus.getKey().contains(missesOf);
        boolean keep = own && (listed || classes);
        if (own && listed) {
          readable.add(corpus.getKey());
        }
        for (int p = 0; p < passes; p++) {
          List<TimexScorer.Miss> found = new ArrayList<>();
          Scores s = TimexScorer.score(corpus.getValue(), tagger.getValue(), keep && p == 0 ? found::add : null);
          if (best == null || s.nanos() < best.nanos()) {
            best = s;
          }
          if (keep && p == 0) {
            misses.put(corpus.getKey(), found);
          }
        }
        System.out.println(best.row(tagger.getKey() + " / " + corpus.getKey()));
      }
    }
    System.out.println("P, R, F1: exact spans; relP, relR, relF1: overlapping spans, one to one"
        + " (TempEval-3's relaxed match); valAcc, type: right values and types among relaxed matches;"
        + " valueF1: relaxed match with the right value (TempEval-3's value F1); imposs: impossible"
        + " calendar dates in the output; sent/s: sentences per second, best of " + passes + " passes.");
    printMisses(misses, readable);
    if (classes) {
      printClasses(misses);
    }
  }

  /** The folders of a set that hold annotated files themselves, or none when the set does. */
  private static List<Path> subsets(Path dir) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(dir)) {
      return files.filter(java.nio.file.Files::isDirectory).sorted().toList();
    }
  }

  /** claimcheck's differences from the gold with their text, kind by kind, on the sets that may be read. */
  private static void printMisses(Map<String, List<TimexScorer.Miss>> misses, List<String> readable) {
    for (Map.Entry<String, List<TimexScorer.Miss>> set : misses.entrySet()) {
      if (!readable.contains(set.getKey())) {
        continue;
      }
      Map<String, List<TimexScorer.Miss>> byKind = new java.util.TreeMap<>();
      set.getValue().forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
      for (Map.Entry<String, List<TimexScorer.Miss>> kind : byKind.entrySet()) {
        System.out.println();
        System.out.println("claimcheck / " + set.getKey() + " — " + kind.getKey() + ": " + kind.getValue().size());
        for (TimexScorer.Miss m : kind.getValue()) {
          System.out.println("  " + m.document() + "  gold " + describe(m.text(), m.goldType(), m.goldValue())
              + "  found " + describe(m.foundText(), m.foundType(), m.foundValue()) + "  … " + m.context() + " …");
        }
      }
    }
  }

  /** claimcheck's differences counted by class, set by set, without their text. */
  private static void printClasses(Map<String, List<TimexScorer.Miss>> misses) {
    for (Map.Entry<String, List<TimexScorer.Miss>> set : misses.entrySet()) {
      System.out.println();
      System.out.println("claimcheck / " + set.getKey() + " — differences by class (" + set.getValue().size() + ")");
      for (Map.Entry<String, Integer> c : MissClasses.count(set.getValue())) {
        System.out.printf("%5d  %s%n", c.getValue(), c.getKey());
      }
    }
  }

  private static String describe(String text, String type, String value) {
    return text == null ? "–" : "\"" + text + "\" " + type + " " + value;
  }
}
