package dev.claimcheck.verdict;

import dev.claimcheck.model.Unsupported;
import dev.claimcheck.support.ClaimFacts;
import dev.claimcheck.support.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a claim no source states, as spans of its text: the units left unstated, joined
 * where only function words, spaces and punctuation lie between them ("the only one dedicated
 * to" is one part, not three words). Stateless.
 */
final class UnsupportedParts {
  private UnsupportedParts() {}

  static List<Unsupported> of(ClaimFacts facts, List<Integer> unstated) {
    String text = facts.text();
    List<Unsupported> parts = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i : unstated.stream().sorted((a, b) -> Integer.compare(facts.units().get(a).start(),
        facts.units().get(b).start())).toList()) {
      ClaimFacts.Unit u = facts.units().get(i);
      if (start >= 0 && onlyFunctionWords(text, end, u.start(), facts, unstated)) {
        end = Math.max(end, u.end());
        continue;
      }
      if (start >= 0) {
        parts.add(new Unsupported(text.substring(start, end), start, end));
      }
      start = u.start();
      end = u.end();
    }
    if (start >= 0) {
      parts.add(new Unsupported(text.substring(start, end), start, end));
    }
    return parts;
  }

  /** Whether nothing but function words, spaces and punctuation lie between two units. */
  private static boolean onlyFunctionWords(String text, int from, int to, ClaimFacts facts, List<Integer> unstated) {
    if (to <= from) {
      return true;
    }
    for (Words.Word w : Words.of(text, from, to)) {
      if (w.content()) {
        return false;
      }
    }
    return true;
  }
}
