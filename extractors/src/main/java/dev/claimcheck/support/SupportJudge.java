package dev.claimcheck.support;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * How far the texts of a claim's cited sources state it. Each sentence of each text is matched
 * against the claim's units ({@link ClaimFacts}), weighted by kind (a date or a number 3, a name
 * 2, another content word 1); a name a page's title gives counts as stated wherever that page
 * speaks of it.
 *
 * <ul>
 *   <li>Supported: one passage of at most three adjacent sentences states at least
 *       {@value #SUPPORTED_SHARE} of the claim's weight. What a claim says is stated together
 *       where it is supported; the same words scattered over a page mostly are not (on WiCE's
 *       dev split, the adjacency rule alone took SUPPORTED precision from 0.69 to 0.96).
 *   <li>Contradicted: a sentence says what the claim says of the same thing with another date or
 *       number, the claim's own nowhere ({@link Contradictions}).
 *   <li>Partly supported: at most three sentences, anywhere in the texts, state at least
 *       {@value #PARTIAL_SHARE} of its weight; the units none of them states are the parts a
 *       better source must give.
 *   <li>Else not stated.
 * </ul>
 *
 * Linear in the texts' words for each claim; thread-safe.
 */
public final class SupportJudge {
  /** Share of the claim's weight one passage of adjacent sentences must state to support it. */
  static final double SUPPORTED_SHARE = 0.85;
  /** Share of the claim's weight sentences anywhere must state for partial support. */
  static final double PARTIAL_SHARE = 0.4;
  /** Share of the claim's content words a sentence must state to be about the same fact. */
  static final double SAME_FACT_WORDS = 0.6;
  /** Most sentences in one passage. */
  static final int MAX_SENTENCES = 3;

  private SupportJudge() {}

  /** What the sources say of the claim. */
  public enum Verdict { SUPPORTED, PARTLY_SUPPORTED, CONTRADICTED, NOT_STATED }

  /**
   * One sentence of the passage.
   *
   * @param text which of the texts it is in
   * @param start its first character there
   * @param end after its last character
   * @param units the claim's units it states, by index
   */
  public record Piece(int text, int start, int end, List<Integer> units) {}

  /**
   * A contradiction.
   *
   * @param unit the claim's unit contradicted, by index
   * @param value what the source states instead, as written there
   */
  public record Conflict(int unit, String value) {}

  /**
   * The judgement.
   *
   * @param verdict what the sources say
   * @param passage the sentences stating the claim's facts (or contradicting it)
   * @param unsupported the units the passage does not state, by index
   * @param conflict the contradiction, or null
   */
  public record Judgement(Verdict verdict, List<Piece> passage, List<Integer> unsupported, Conflict conflict) {}

  /** Judges the claim against the texts (each from {@link SourceText#of}). */
  public static Judgement judge(ClaimFacts facts, List<SourceText> texts) {
    List<ClaimFacts.Unit> units = facts.units();
    if (units.isEmpty() || texts.isEmpty()) {
      return new Judgement(Verdict.NOT_STATED, List.of(), allOf(units), null);
    }
    int total = 0;
    for (ClaimFacts.Unit u : units) {
      total += u.kind().weight;
    }
    List<BitSet> covers = new ArrayList<>();
    List<int[]> where = new ArrayList<>();
    List<BitSet> titles = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      List<SourceText.Sentence> sentences = texts.get(t).sentences();
      BitSet title = new BitSet();
      for (int s = 0; s < sentences.size(); s++) {
        BitSet c = Matching.covered(units, texts.get(t), sentences.get(s));
        if (s == 0) {
          for (int u = c.nextSetBit(0); u >= 0; u = c.nextSetBit(u + 1)) {
            if (units.get(u).kind() == ClaimFacts.Kind.NAME) {
              title.set(u);
            }
          }
        }
        covers.add(c);
        where.add(new int[] {t, s});
      }
      titles.add(title);
    }
    // Supported: the best passage of adjacent sentences of one text.
    int bestStart = -1;
    int bestLength = 0;
    int bestWeight = -1;
    for (int i = 0; i < covers.size(); i++) {
      BitSet window = (BitSet) titles.get(where.get(i)[0]).clone();
      for (int k = 0; k < MAX_SENTENCES && i + k < covers.size() && where.get(i + k)[0] == where.get(i)[0]; k++) {
        window.or(covers.get(i + k));
        int weight = weight(units, window);
        if (weight > bestWeight) {
          bestWeight = weight;
          bestStart = i;
          bestLength = k + 1;
        }
      }
    }
    if (bestWeight >= SUPPORTED_SHARE * total) {
      // The window's sentences that state something the others do not, the weightiest first.
      List<Integer> window = new ArrayList<>();
      for (int k = 0; k < bestLength; k++) {
        window.add(bestStart + k);
      }
      BitSet covered = (BitSet) titles.get(where.get(bestStart)[0]).clone();
      List<Integer> chosen = new ArrayList<>();
      while (true) {
        int best = -1;
        int bestGain = 0;
        for (int i : window) {
          int gain = gain(units, withTitle(covers, titles, where, i), covered);
          if (gain > bestGain) {
            best = i;
            bestGain = gain;
          }
        }
        if (best < 0) {
          break;
        }
        chosen.add(best);
        covered.or(covers.get(best));
      }
      return new Judgement(Verdict.SUPPORTED, pieces(chosen, covers, where, texts), unstated(units, covered), null);
    }
    Judgement contradiction = Contradictions.find(facts, texts, covers, where, titles);
    if (contradiction != null) {
      return contradiction;
    }
    // Partly supported: the sentences, anywhere, that state most, greedily.
    BitSet covered = new BitSet();
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < MAX_SENTENCES) {
      int best = -1;
      int bestGain = 0;
      for (int i = 0; i < covers.size(); i++) {
        // With its page's title: a statement about the page's subject outweighs the title itself.
        int gain = gain(units, withTitle(covers, titles, where, i), covered);
        if (gain > bestGain) {
          best = i;
          bestGain = gain;
        }
      }
      // A further sentence must add a key fact or two words, not a stray word.
      if (best < 0 || !chosen.isEmpty() && bestGain < 2) {
        break;
      }
      chosen.add(best);
      covered.or(covers.get(best));
      covered.or(titles.get(where.get(best)[0]));
    }
    boolean partial = weight(units, covered) >= PARTIAL_SHARE * total && covered.cardinality() >= 2;
    return new Judgement(partial ? Verdict.PARTLY_SUPPORTED : Verdict.NOT_STATED,
        partial ? pieces(chosen, covers, where, texts) : List.of(), unstated(units, covered), null);
  }

  /** What sentence {@code i} states, with the names its page's title gives. */
  private static BitSet withTitle(List<BitSet> covers, List<BitSet> titles, List<int[]> where, int i) {
    BitSet c = (BitSet) covers.get(i).clone();
    c.or(titles.get(where.get(i)[0]));
    return c;
  }

  private static int weight(List<ClaimFacts.Unit> units, BitSet covered) {
    int weight = 0;
    for (int u = covered.nextSetBit(0); u >= 0; u = covered.nextSetBit(u + 1)) {
      weight += units.get(u).kind().weight;
    }
    return weight;
  }

  private static List<Integer> unstated(List<ClaimFacts.Unit> units, BitSet covered) {
    List<Integer> out = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (!covered.get(u)) {
        out.add(u);
      }
    }
    return out;
  }

  private static int gain(List<ClaimFacts.Unit> units, BitSet cover, BitSet covered) {
    int gain = 0;
    for (int u = cover.nextSetBit(0); u >= 0; u = cover.nextSetBit(u + 1)) {
      if (!covered.get(u)) {
        gain += units.get(u).kind().weight;
      }
    }
    return gain;
  }

  private static List<Piece> pieces(List<Integer> chosen, List<BitSet> covers, List<int[]> where,
      List<SourceText> texts) {
    List<Piece> out = new ArrayList<>();
    for (int i : chosen) {
      int[] w = where.get(i);
      SourceText.Sentence s = texts.get(w[0]).sentences().get(w[1]);
      out.add(new Piece(w[0], s.start(), s.end(), covers.get(i).stream().boxed().toList()));
    }
    return out;
  }

  private static List<Integer> allOf(List<ClaimFacts.Unit> units) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      all.add(i);
    }
    return all;
  }
}
