package dev.claimcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.check.PageText;
import dev.claimcheck.model.Claim;
import dev.claimcheck.read.text.PlainTextReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.support.ClaimFacts;
import dev.claimcheck.support.SourceText;
import dev.claimcheck.support.SupportJudge;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Support judging alone, in one thread, over WiCE's claim–page pairs held in memory: each claim
 * read as the report reads it (its dates tagged), each page's sentences as the source text
 * claimcheck reads from the served page; the judge's statuses against the labels, and
 * claim–source pairs judged per second (facts, source text and judgement, after a warm-up).
 * The development loop of {@code scripts/bench-support}, which measures the same through the
 * real pipeline. Usage: {@code SupportBenchmark CLAIM-DEV.JSONL [PASSES] [--misses]}.
 */
public final class SupportBenchmark {
  /** Rounds over the pairs per pass, so that a pass lasts long enough to time. */
  private static final int ROUNDS = 10;

  private SupportBenchmark() {}

  /** One claim and the texts of the pages it cites. */
  private record Pair(String label, Claim claim, List<String> pages) {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int passes = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 3;
    boolean misses = List.of(args).contains("--misses");
    List<Pair> pairs = new ArrayList<>();
    PlainTextReader reader = new PlainTextReader(ReadLimits.DEFAULT);
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      JsonNode item = json.readTree(line);
      String title = item.path("meta").path("claim_title").asText("Article");
      String claimText = item.get("claim").asText().strip();
      var analysis = ArticleAnalyzer.analyze(reader.layOut("wice.txt", title + "\n\n" + claimText + "[1]\n"));
      Claim claim = analysis.claims().stream().filter(c -> !c.citations().isEmpty() || true)
          .reduce((a, b) -> a.text().length() >= b.text().length() ? a : b).orElse(null);
      if (claim == null) {
        continue;
      }
      pairs.add(new Pair(item.get("label").asText(), claim, pages(item.get("evidence"))));
    }
    Map<String, Integer> confusion = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Pair p : pairs) {
      SupportJudge.Judgement j = judge(p);
      confusion.merge(j.verdict() + " / " + p.label(), 1, Integer::sum);
      String expected = switch (p.label()) {
        case "supported" -> "SUPPORTED";
        case "partially_supported" -> "PARTLY_SUPPORTED";
        default -> "NOT_STATED";
      };
      if (!j.verdict().name().equals(expected)) {
        ClaimFacts facts = ClaimFacts.of(p.claim().text(), p.claim().dates());
        StringBuilder units = new StringBuilder();
        for (int u = 0; u < facts.units().size(); u++) {
          ClaimFacts.Unit unit = facts.units().get(u);
          units.append(j.unsupported().contains(u) ? " -" : " +").append(unit.kind().name().charAt(0))
              .append(':').append(unit.text());
        }
        wrong.add(String.format(Locale.ROOT, "%-19s %-16s %s%n      %s", p.label(), j.verdict(), p.claim().text(), units));
      }
    }
    int tp = confusion.getOrDefault("SUPPORTED / supported", 0);
    int called = tp + confusion.getOrDefault("SUPPORTED / partially_supported", 0)
        + confusion.getOrDefault("SUPPORTED / not_supported", 0);
    long gold = pairs.stream().filter(p -> p.label().equals("supported")).count();
    double precision = called == 0 ? 0 : (double) tp / called;
    double recall = gold == 0 ? 0 : (double) tp / gold;
    System.out.printf(Locale.ROOT, "%d pairs%n", pairs.size());
    confusion.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %d%n", k, v));
    System.out.printf(Locale.ROOT, "SUPPORTED: precision %.3f, recall %.3f, F1 %.3f (%d called)%n", precision, recall,
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), called);
    if (misses) {
      wrong.forEach(System.out::println);
    }
    int dump = List.of(args).indexOf("--dump");
    if (dump >= 0) {
      List<String> rows = new ArrayList<>();
      for (Pair p : pairs) {
        ClaimFacts facts = ClaimFacts.of(p.claim().text(), p.claim().dates());
        SupportJudge.Judgement j = judge(p);
        java.util.Set<Integer> stated = new java.util.HashSet<>();
        j.passage().forEach(piece -> stated.addAll(piece.units()));
        if (j.verdict() == SupportJudge.Verdict.SUPPORTED) {
          for (int u = 0; u < facts.units().size(); u++) {
            stated.add(u);
          }
        }
        int keys = 0;
        int keysStated = 0;
        int words = 0;
        int wordsStated = 0;
        for (int u = 0; u < facts.units().size(); u++) {
          boolean s = stated.contains(u) && !j.unsupported().contains(u);
          if (facts.units().get(u).kind().key()) {
            keys++;
            keysStated += s ? 1 : 0;
          } else {
            words++;
            wordsStated += s ? 1 : 0;
          }
        }
        rows.add(p.label() + "\t" + keys + "\t" + keysStated + "\t" + words + "\t" + wordsStated + "\t"
            + j.passage().size() + "\t" + j.verdict());
      }
      Files.write(Path.of(args[dump + 1]), rows, StandardCharsets.UTF_8);
    }
    for (int warm = 0; warm < ROUNDS; warm++) {
      for (Pair p : pairs) {
        judge(p);
      }
    }
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      int n = 0;
      for (int round = 0; round < ROUNDS; round++) {
        for (Pair p : pairs) {
          n += judge(p).passage().size() >= 0 ? p.pages().size() : 0;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "pass %d: %d claim-source pairs in %.3f s, %.0f pairs/s (one thread)%n",
          pass, n, seconds, n / seconds);
    }
  }

  private static SupportJudge.Judgement judge(Pair p) {
    List<SourceText> texts = new ArrayList<>();
    for (String page : p.pages()) {
      texts.add(SourceText.of(page));
    }
    return SupportJudge.judge(ClaimFacts.of(p.claim().text(), p.claim().dates()), texts);
  }

  /** The pages of a WiCE item's evidence, each read as claimcheck reads the page served for it. */
  private static List<String> pages(JsonNode evidence) {
    List<String> pages = new ArrayList<>();
    StringBuilder html = null;
    for (JsonNode e : evidence) {
      String line = e.asText();
      if (line.startsWith("(meta data) TITLE:") || html == null) {
        if (html != null) {
          pages.add(PageText.of(html + "</body></html>", "text/html"));
        }
        html = new StringBuilder("<html><head><title>");
        if (line.startsWith("(meta data) TITLE:")) {
          html.append(escape(line.substring("(meta data) TITLE:".length()).strip())).append("</title></head><body>");
          continue;
        }
        html.append("Page</title></head><body>");
      }
      if (!line.startsWith("(meta data)")) {
        html.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    if (html != null) {
      pages.add(PageText.of(html + "</body></html>", "text/html"));
    }
    return pages;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
