package dev.claimcheck.support;

// A measurement, not part of claimcheck: does a small sentence-embedding model
// (all-MiniLM-L6-v2, quantized, ONNX, in-process) improve SUPPORTED on WiCE's dev split beyond
// the lexical rule? Compiled and run by scripts/bench-support-model against the built jars and
// the model's jars, which that script fetches from Maven Central. Prints, per claim-page set,
// the lexical window share and three cosine features, then the rules' figures.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.check.PageText;
import dev.claimcheck.model.Claim;
import dev.claimcheck.read.text.PlainTextReader;
import dev.claimcheck.read.ReadLimits;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.data.embedding.Embedding;
import java.nio.file.*;
import java.util.*;

public class EmbeddingProbe {
  public static void main(String[] args) throws Exception {
    // args: CLAIM-DEV.JSONL FEATURES-OUT
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    ObjectMapper json = new ObjectMapper();
    PlainTextReader reader = new PlainTextReader(ReadLimits.DEFAULT);
    List<String> out = new ArrayList<>();
    long start = System.nanoTime(); int sentencesEmbedded = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode item = json.readTree(line);
      String title = item.path("meta").path("claim_title").asText("Article");
      String claimText = item.get("claim").asText().strip();
      var analysis = ArticleAnalyzer.analyze(reader.layOut("w.txt", title + "\n\n" + claimText + "[1]\n"));
      Claim claim = analysis.claims().stream().reduce((a, b) -> a.text().length() >= b.text().length() ? a : b).orElse(null);
      List<SourceText> texts = new ArrayList<>();
      StringBuilder html = null;
      for (JsonNode e : item.get("evidence")) {
        String l = e.asText();
        if (l.startsWith("(meta data) TITLE:") || html == null) {
          if (html != null) texts.add(SourceText.of(PageText.of(html + "</body></html>", "text/html")));
          html = new StringBuilder("<html><head><title>" + (l.startsWith("(meta data) TITLE:") ? l.substring(18).strip().replace("<","&lt;") : "Page") + "</title></head><body>");
          if (l.startsWith("(meta data) TITLE:")) continue;
        }
        if (!l.startsWith("(meta data)")) html.append("<p>").append(l.replace("&","&amp;").replace("<","&lt;")).append("</p>\n");
      }
      texts.add(SourceText.of(PageText.of(html + "</body></html>", "text/html")));
      ClaimFacts facts = ClaimFacts.of(claim.text(), claim.dates());
      List<ClaimFacts.Unit> units = facts.units();
      int total = 0; for (var u : units) total += u.kind().weight;
      float[] c = model.embed(claim.text()).content().vector();
      double bestWin = 0, cosWin = 0, maxCos = 0, maxCosWin3 = 0;
      for (SourceText t : texts) {
        List<SourceText.Sentence> ss = t.sentences();
        List<TextSegment> segs = new ArrayList<>();
        for (var s : ss) segs.add(TextSegment.from(t.sentenceText(s)));
        List<Embedding> embs = segs.isEmpty() ? List.of() : model.embedAll(segs).content();
        sentencesEmbedded += segs.size();
        List<BitSet> covs = new ArrayList<>();
        for (var s : ss) covs.add(Matching.covered(units, t, s));
        for (int i = 0; i < ss.size(); i++) {
          maxCos = Math.max(maxCos, cos(c, embs.get(i).vector()));
          BitSet w = new BitSet();
          float[] sum = new float[c.length];
          for (int k = 0; k < 3 && i + k < ss.size(); k++) {
            w.or(covs.get(i + k));
            float[] v = embs.get(i + k).vector();
            for (int d = 0; d < sum.length; d++) sum[d] += v[d];
            double share = weight(units, w) / (double) total;
            double cw = cos(c, sum);
            maxCosWin3 = Math.max(maxCosWin3, cw);
            if (share > bestWin || share == bestWin && cw > cosWin) { bestWin = share; cosWin = cw; }
          }
        }
      }
      out.add(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%.3f", item.get("label").asText(), bestWin, cosWin, maxCos, maxCosWin3));
    }
    System.err.printf("embedded %d sentences in %.1f s%n", sentencesEmbedded, (System.nanoTime() - start) / 1e9);
    Files.write(Path.of(args[1]), out);
  }
  static double cos(float[] a, float[] b) { double d=0,na=0,nb=0; for (int i=0;i<a.length;i++){d+=a[i]*b[i];na+=a[i]*a[i];nb+=b[i]*b[i];} return d/Math.sqrt(na*nb); }
  static int weight(List<ClaimFacts.Unit> units, BitSet b) { int s = 0; for (int u = b.nextSetBit(0); u >= 0; u = b.nextSetBit(u+1)) s += units.get(u).kind().weight; return s; }
}
