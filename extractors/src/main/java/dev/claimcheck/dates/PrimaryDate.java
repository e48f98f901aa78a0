package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks the date a sentence's main verb refers to, so that a timeline can place the claim: a
 * date or time (not a duration or a repetition) introduced by a temporal preposition or opening
 * the sentence, outside parentheses and relative clauses, not a year that only names an event
 * ("the 2008 crisis") and not the far end of a range. Thread-safe.
 */
public final class PrimaryDate {
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "since", "by", "during",
      "until", "till", "from", "at", "between", "of", "circa", "c.", "around", "before", "after");
  /** A relative clause's opening: the last clause mark before a date, then its word. */
  private static final Pattern RELATIVE_OPENING = Pattern.compile(
      "(?i)(?:,|\\(|—|–)\\s*+(?:who|which|whose|where|when|having|after|before|while)\\b");
  /** Marks that open or close a clause. */
  private static final String CLAUSE_MARKS = ",;()—–";

  private PrimaryDate() {}

  /** {@code dates} of the sentence at {@code sentence} with the primary one flagged. */
  public static List<TemporalExpression> mark(String text, Span sentence,
      List<TemporalExpression> dates) {
    Prefix prefix = null;
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < dates.size(); i++) {
      TemporalExpression t = dates.get(i);
      if (t.type() == TimexType.DURATION || t.type() == TimexType.SET
          || t.has(DateFlag.EVENT_REFERENCE) || t.has(DateFlag.RANGE_END)) {
        continue;
      }
      if (prefix == null) {
        prefix = new Prefix(text, sentence.start(), sentence.end());
      }
      int score = prefix.score(t.span().start());
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) {
      return dates;
    }
    List<TemporalExpression> out = new ArrayList<>(dates);
    out.set(best, dates.get(best).with(DateFlag.PRIMARY));
    return out;
  }

  /**
   * What the sentence says before each position, worked out in one pass, so that scoring every
   * date of a sentence is linear in the sentence: the parenthesis depth, the last clause mark
   * and the last word.
   */
  private static final class Prefix {
    private final String text;
    private final int start;
    private final int[] depth;
    private final int[] lastMark;
    private final int firstVisible;

    Prefix(String text, int start, int end) {
      this.text = text;
      this.start = start;
      int n = Math.max(0, Math.min(end, text.length()) - start);
      depth = new int[n + 1];
      lastMark = new int[n + 1];
      lastMark[0] = -1;
      int visible = -1;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(start + i);
        depth[i + 1] = depth[i] + (c == '(' ? 1 : c == ')' ? -1 : 0);
        lastMark[i + 1] = CLAUSE_MARKS.indexOf(c) >= 0 ? start + i : lastMark[i];
        if (visible < 0 && !Character.isWhitespace(c)) {
          visible = start + i;
        }
      }
      firstVisible = visible < 0 ? start + n : visible;
    }

    int score(int at) {
      int offset = Math.max(0, Math.min(at - start, depth.length - 1));
      int leadEnd = start + offset;
      while (leadEnd > firstVisible && Character.isWhitespace(text.charAt(leadEnd - 1))) {
        leadEnd--;
      }
      int score = 0;
      boolean empty = leadEnd <= firstVisible;
      int wordStart = leadEnd;
      while (wordStart > firstVisible && text.charAt(wordStart - 1) != ' ') {
        wordStart--;
      }
      String lastWord = text.substring(wordStart, leadEnd).toLowerCase(java.util.Locale.ROOT);
      if (empty || PREPOSITIONS.contains(lastWord) || leadEnd - firstVisible < 12) {
        score += 3;
      }
      if (depth[offset] > 0) {
        score -= 4;
      }
      int mark = lastMark[offset];
      if (mark >= 0 && RELATIVE_OPENING.matcher(text).region(mark, start + offset).lookingAt()) {
        score -= 2;
      }
      return score;
    }
  }
}
