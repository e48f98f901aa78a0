package dev.claimcheck.support;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A source sentence that says what the claim says of the same thing with another date or
 * number: it states most of the claim's content words and its names, not the claim's value,
 * and the value of the same kind nearest to the words it shares with the claim is another one;
 * and the claim's value stands nowhere in the sources (a page giving it anywhere may say it of
 * the same thing in other words). Different facts in one
 * sentence ("founded in 1984 and moved in 1992") are told apart by that nearness. Thread-safe.
 */
final class Contradictions {
  private Contradictions() {}

  /**
   * The contradiction, or null.
   *
   * @param covers the claim's units each sentence states
   * @param where each sentence's text and index there
   * @param titles the names each text's title gives (stated wherever that text speaks)
   */
  static SupportJudge.Judgement find(ClaimFacts facts, List<SourceText> texts, List<BitSet> covers,
      List<int[]> where, List<BitSet> titles) {
    List<ClaimFacts.Unit> units = facts.units();
    List<Integer> words = new ArrayList<>();
    List<Integer> names = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u).kind() == ClaimFacts.Kind.WORD) {
        words.add(u);
      } else if (units.get(u).kind() == ClaimFacts.Kind.NAME) {
        names.add(u);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    for (int v = 0; v < units.size(); v++) {
      ClaimFacts.Unit value = units.get(v);
      boolean year = value.kind() == ClaimFacts.Kind.DATE && !value.date().decade();
      if (!year && value.kind() != ClaimFacts.Kind.NUMBER) {
        continue;
      }
      // The claim's value stated anywhere in the sources: they may say it of the same thing in
      // words this cannot match, so it is no contradiction.
      boolean stated = false;
      for (BitSet c : covers) {
        stated |= c.get(v);
      }
      if (stated) {
        continue;
      }
      SupportJudge.Judgement best = null;
      int bestWords = 0;
      for (int i = 0; i < covers.size(); i++) {
        int[] w = where.get(i);
        BitSet c = (BitSet) covers.get(i).clone();
        c.or(titles.get(w[0]));
        if (!sameFact(c, words, names)) {
          continue;
        }
        SourceText text = texts.get(w[0]);
        SourceText.Sentence s = text.sentences().get(w[1]);
        Quantities.Quantity other = nearest(units, c, words, text.text(), s, year);
        int shared = count(c, words);
        if (other != null && shared > bestWords && !value.text().isEmpty()) {
          String written = text.text().substring(other.start(), other.end());
          boolean differs = year ? other.value() != value.date().year() : !value.quantity().meets(other);
          if (differs) {
            bestWords = shared;
            best = new SupportJudge.Judgement(SupportJudge.Verdict.CONTRADICTED,
                List.of(new SupportJudge.Piece(w[0], s.start(), s.end(), c.stream().boxed().toList())),
                List.of(v), new SupportJudge.Conflict(v, written));
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** Whether a sentence says the same of the claim's subject: most of its words, half its names. */
  private static boolean sameFact(BitSet c, List<Integer> words, List<Integer> names) {
    int shared = count(c, words);
    int needed = words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * SupportJudge.SAME_FACT_WORDS);
    return shared >= Math.max(1, needed) && count(c, names) * 2 >= names.size();
  }

  private static int count(BitSet c, List<Integer> of) {
    int n = 0;
    for (int u : of) {
      n += c.get(u) ? 1 : 0;
    }
    return n;
  }

  /**
   * The value of the kind sought (a year, or a number that is not one) nearest, in words, to a
   * word the sentence shares with the claim; null when there is none.
   */
  private static Quantities.Quantity nearest(List<ClaimFacts.Unit> units, BitSet c, List<Integer> words,
      String text, SourceText.Sentence s, boolean year) {
    List<Integer> anchors = new ArrayList<>();
    List<Words.Word> sw = s.words();
    for (int i = 0; i < sw.size(); i++) {
      for (int u : words) {
        if (c.get(u) && (sw.get(i).stem().equals(units.get(u).stem()) || sw.get(i).lower().equals(units.get(u).stem()))) {
          anchors.add(i);
          break;
        }
      }
    }
    Quantities.Quantity best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Quantities.Quantity q : s.quantities()) {
      if (q.yearLike() != year || !q.digits()) {
        continue;
      }
      int at = Math.min(Words.firstAtOrAfter(sw, q.start()), sw.size() - 1);
      for (int a : anchors) {
        // Words apart, and a clause apart counts as far: "began in 2001, and moved in 2009".
        int d = Math.abs(a - at) + (clauseBetween(text, sw.get(a), q) ? CLAUSE_DISTANCE : 0);
        if (d < bestDistance) {
          bestDistance = d;
          best = q;
        }
      }
    }
    return best;
  }

  /** How far, in words, a clause mark between a value and a word puts them. */
  private static final int CLAUSE_DISTANCE = 10;

  /** Whether a comma, semicolon, dash or parenthesis stands between a word and a value. */
  private static boolean clauseBetween(String text, Words.Word word, Quantities.Quantity q) {
    int from = Math.min(word.end(), q.end());
    int to = Math.max(word.start(), q.start());
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '—' || c == '–' || c == '(' || c == ')') {
        return true;
      }
    }
    return false;
  }
}
