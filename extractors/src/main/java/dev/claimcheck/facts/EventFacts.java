package dev.claimcheck.facts;

import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.support.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dated events a claim states, each as a {@link Fact}: an event of a kind that happens once
 * to its subject (born, died, founded, opened, released, merged, built, completed, closed,
 * acquired), the date the claim gives it (the nearest to its verb, with no other event's verb
 * between) and its subject. The subject is the name before the verb when the verb is passive
 * ("the Centre was founded in 1984") or takes no object ("Smith died in 1990"), the name after
 * it when active ("Smith founded Acme in 1984"), and the document's own subject for "he", "she",
 * "it", "they" or a description ("the centre") in the document's lead when the sentence names
 * nothing before them. A name that follows a preposition ("the monument to Gilbert was built")
 * is not the subject, nor one an apposition separates from the verb. A verb with a prefix ("re-founded",
 * "reopened") is another event and gives no fact; an event whose subject or date cannot be told
 * gives none either. Thread-safe.
 */
public final class EventFacts {
  /** Relations whose subject comes before the verb even in the active voice. */
  private static final Set<String> NO_OBJECT = Set.of("born", "died", "merged");
  private static final Set<String> AUXILIARY = Set.of("was", "were", "is", "are", "been", "be", "being", "had",
      "has", "have", "first", "originally", "officially", "formally", "later", "then", "finally", "eventually",
      "also", "jointly");
  /** The auxiliaries of the passive among {@link #AUXILIARY}. */
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be", "being");
  /** Markup left in a text ("<EVENT class=…>born</EVENT>"): such a text is not a statement. */
  static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("</?[A-Za-z][\\w:-]*[^<>]*>");
  private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:around|about|circa|approximately|roughly|some|c\\.|ca\\.)\\s*(?:in\\s+)?$");

  private EventFacts() {}

  /**
   * The facts {@code claim} (of the document read from {@code source}) states, its subjects
   * resolved in {@code subjects}.
   */
  public static List<Fact> of(Claim claim, String source, DocumentSubjects subjects) {
    String text = claim.text();
    if (!mayStateEvent(claim)) {
      return List.of(); // most claims: no date to compare, or none of the verbs (no tokenizing for them)
    }
    if (MARKUP.matcher(text).find()) {
      return List.of(); // markup left in the text ("<EVENT class=…>born</EVENT>") is not a statement
    }
    List<Words.Word> words = Words.of(text);
    List<Integer> verbs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      // A capitalized form is a name ("Max Born"), not the verb.
      if (Relations.ofVerb(w.lower()) != null && !w.capitalized() && !prefixed(text, w)) {
        verbs.add(i);
      }
    }
    List<Fact> facts = new ArrayList<>();
    SubjectPhrases.Subject previous = null;
    for (int v = 0; v < verbs.size(); v++) {
      int at = verbs.get(v);
      Words.Word verb = words.get(at);
      String relation = Relations.ofVerb(verb.lower());
      int from = v == 0 ? 0 : words.get(verbs.get(v - 1)).end();
      int to = v + 1 == verbs.size() ? text.length() : words.get(verbs.get(v + 1)).start();
      TemporalExpression date = nearestDate(claim, verb, from, to);
      if (date == null) {
        continue;
      }
      // "It was opened in 1911 and closed in 1958": the second verb shares the first one's subject.
      boolean shared = previous != null && at > 0 && words.get(at - 1).lower().equals("and")
          && v > 0 && verbs.get(v - 1) < at - 1;
      SubjectPhrases.Subject subject = shared ? previous : subjectOf(text, words, at, relation, subjects, SubjectPhrases.dateSpans(claim),
          claim.section().isEmpty());
      previous = subject;
      if (subject == null) {
        continue;
      }
      facts.add(new Fact(claim.id(), claim.documentId(), subject.text(), subject.resolved().key(),
          subject.resolved().match(), relation, date.value(), date.text(), approximate(claim, date), source,
          claim.status() == null ? null : claim.status().name(), claim.text(), TimelineBucket.of(claim), Fact.Kind.DATE));
    }
    return facts;
  }

  /** Whether a claim can state an event: it has a comparable date and one of the verbs' forms. */
  private static boolean mayStateEvent(Claim claim) {
    if (claim.dates().stream().noneMatch(t -> DateValues.comparable(t.value()))) {
      return false;
    }
    String text = claim.text();
    for (String form : Relations.verbForms()) {
      if (text.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the date is given as approximate: its modifier, or a word before it ("around 1909", "c. 1909"). */
  private static boolean approximate(Claim claim, TemporalExpression date) {
    if ("APPROX".equals(date.modifier())) {
      return true;
    }
    int start = date.span().start() - claim.span().start();
    String before = claim.text().substring(0, Math.max(0, Math.min(start, claim.text().length())));
    return APPROXIMATE.matcher(before).find();
  }

  /** Whether the word is a verb with a prefix: "re-founded", "reopened". */
  private static boolean prefixed(String text, Words.Word w) {
    return w.start() >= 3 && text.regionMatches(true, w.start() - 3, "re-", 0, 3);
  }

  private static TemporalExpression nearestDate(Claim claim, Words.Word verb, int from, int to) {
    TemporalExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalExpression t : claim.dates()) {
      int start = t.span().start() - claim.span().start();
      int end = t.span().end() - claim.span().start();
      if (!DateValues.comparable(t.value()) || start < from || end > to) {
        continue;
      }
      int distance = start >= verb.end() ? start - verb.end() : verb.start() - end;
      if (distance >= 0 && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static SubjectPhrases.Subject subjectOf(String text, List<Words.Word> words, int verb, String relation,
      DocumentSubjects subjects, List<int[]> dates, boolean lead) {
    int before = verb - 1;
    boolean passive = false;
    while (before >= 0 && AUXILIARY.contains(words.get(before).lower()) && !SubjectPhrases.between(text, words.get(before),
        words.get(before + 1), ',')) {
      passive |= PASSIVE.contains(words.get(before).lower());
      before--;
    }
    // "The depot opened in 1911": an active verb that a preposition or the end follows has no object.
    boolean intransitive = verb + 1 >= words.size() || SubjectPhrases.PREPOSITION.contains(words.get(verb + 1).lower())
        || dates.stream().anyMatch(d -> d[0] == words.get(verb + 1).start());
    if (passive || intransitive || NO_OBJECT.contains(relation)) {
      if (before >= 0 && SubjectPhrases.between(text, words.get(before), words.get(before + 1), ',')) {
        return null; // "Pusuke, the oldest dog recognized by Guinness, died": an apposition stands between
      }
      return SubjectPhrases.phraseEndingAt(text, words, before, subjects, dates, lead);
    }
    return SubjectPhrases.nameStartingAt(text, words, verb + 1, subjects);
  }
}
