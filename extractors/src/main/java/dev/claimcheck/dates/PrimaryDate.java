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
  private static final Pattern RELATIVE_CLAUSE = Pattern.compile(
      "(?i)(?:,|\\(|—|–)\\s*(?:who|which|whose|where|when|having|after|before|while)\\b[^,;()—–]*$");

  private PrimaryDate() {}

  /** {@code dates} of the sentence at {@code sentence} with the primary one flagged. */
  public static List<TemporalExpression> mark(String text, Span sentence,
      List<TemporalExpression> dates) {
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < dates.size(); i++) {
      TemporalExpression t = dates.get(i);
      if (t.type() == TimexType.DURATION || t.type() == TimexType.SET
          || t.has(DateFlag.EVENT_REFERENCE) || t.has(DateFlag.RANGE_END)) {
        continue;
      }
      int score = score(text, sentence.start(), t.span().start());
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

  private static int score(String text, int sentenceStart, int at) {
    String before = text.substring(sentenceStart, at);
    int score = 0;
    String lead = before.strip();
    String lastWord = lead.isEmpty() ? "" : lead.substring(lead.lastIndexOf(' ') + 1).toLowerCase(
        java.util.Locale.ROOT);
    if (lead.isEmpty() || PREPOSITIONS.contains(lastWord) || lead.length() < 12) {
      score += 3;
    }
    int depth = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    if (depth > 0) {
      score -= 4;
    }
    if (RELATIVE_CLAUSE.matcher(before).find()) {
      score -= 2;
    }
    return score;
  }
}
