package dev.claimcheck.facts;

import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.support.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  /** Verb forms of each relation: the past forms events are reported in. */
  private static final Map<String, String> RELATION = relations();
  /** Relations whose subject comes before the verb even in the active voice. */
  private static final Set<String> NO_OBJECT = Set.of("born", "died", "merged");
  private static final Set<String> AUXILIARY = Set.of("was", "were", "is", "are", "been", "be", "being", "had",
      "has", "have", "first", "originally", "officially", "formally", "later", "then", "finally", "eventually",
      "also", "jointly");
  /** The auxiliaries of the passive among {@link #AUXILIARY}. */
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be", "being");
  private static final Set<String> PERSONAL = Set.of("he", "she", "it", "they");
  private static final Set<String> DETERMINER = Set.of("the", "this", "that");
  private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("</?[A-Za-z][\\w:-]*[^<>]*>");
  private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:around|about|circa|approximately|roughly|some|c\\.|ca\\.)\\s*(?:in\\s+)?$");
  private static final Set<String> PREPOSITION = Set.of("to", "of", "by", "for", "in", "at", "from", "with", "on",
      "about", "near", "after", "before", "under", "over");
  private static final Set<String> CONNECTOR = Set.of("of", "de", "du", "des", "la", "le", "von", "van", "for",
      "and", "&");

  private EventFacts() {}

  private static Map<String, String> relations() {
    Map<String, String> r = new java.util.HashMap<>();
    for (String w : List.of("born")) {
      r.put(w, "born");
    }
    for (String w : List.of("died")) {
      r.put(w, "died");
    }
    for (String w : List.of("founded", "established", "co-founded", "cofounded")) {
      r.put(w, "founded");
    }
    for (String w : List.of("opened", "inaugurated")) {
      r.put(w, "opened");
    }
    for (String w : List.of("released", "premiered", "debuted")) {
      r.put(w, "released");
    }
    r.put("merged", "merged");
    for (String w : List.of("built", "constructed")) {
      r.put(w, "built");
    }
    r.put("completed", "completed");
    r.put("closed", "closed");
    for (String w : List.of("acquired", "purchased", "bought")) {
      r.put(w, "acquired");
    }
    return Map.copyOf(r);
  }

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
      if (RELATION.containsKey(w.lower()) && !w.capitalized() && !prefixed(text, w)) {
        verbs.add(i);
      }
    }
    List<Fact> facts = new ArrayList<>();
    Subject previous = null;
    for (int v = 0; v < verbs.size(); v++) {
      int at = verbs.get(v);
      Words.Word verb = words.get(at);
      String relation = RELATION.get(verb.lower());
      int from = v == 0 ? 0 : words.get(verbs.get(v - 1)).end();
      int to = v + 1 == verbs.size() ? text.length() : words.get(verbs.get(v + 1)).start();
      TemporalExpression date = nearestDate(claim, verb, from, to);
      if (date == null) {
        continue;
      }
      // "It was opened in 1911 and closed in 1958": the second verb shares the first one's subject.
      boolean shared = previous != null && at > 0 && words.get(at - 1).lower().equals("and")
          && v > 0 && verbs.get(v - 1) < at - 1;
      Subject subject = shared ? previous : subjectOf(text, words, at, relation, subjects, dateSpans(claim),
          claim.section().isEmpty());
      previous = subject;
      if (subject == null) {
        continue;
      }
      facts.add(new Fact(claim.id(), claim.documentId(), subject.text, subject.resolved.key(),
          subject.resolved.match(), relation, date.value(), date.text(), approximate(claim, date), source,
          claim.status() == null ? null : claim.status().name(), claim.text(), TimelineBucket.of(claim)));
    }
    return facts;
  }

  /** Whether a claim can state an event: it has a comparable date and one of the verbs' forms. */
  private static boolean mayStateEvent(Claim claim) {
    if (claim.dates().stream().noneMatch(t -> DateValues.comparable(t.value()))) {
      return false;
    }
    String text = claim.text();
    for (String form : RELATION.keySet()) {
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

  private record Subject(String text, DocumentSubjects.Resolved resolved) {}

  private static Subject subjectOf(String text, List<Words.Word> words, int verb, String relation,
      DocumentSubjects subjects, List<int[]> dates, boolean lead) {
    int before = verb - 1;
    boolean passive = false;
    while (before >= 0 && AUXILIARY.contains(words.get(before).lower()) && !between(text, words.get(before),
        words.get(before + 1), ',')) {
      passive |= PASSIVE.contains(words.get(before).lower());
      before--;
    }
    // "The depot opened in 1911": an active verb that a preposition or the end follows has no object.
    boolean intransitive = verb + 1 >= words.size() || PREPOSITION.contains(words.get(verb + 1).lower())
        || dates.stream().anyMatch(d -> d[0] == words.get(verb + 1).start());
    if (passive || intransitive || NO_OBJECT.contains(relation)) {
      if (before >= 0 && between(text, words.get(before), words.get(before + 1), ',')) {
        return null; // "Pusuke, the oldest dog recognized by Guinness, died": an apposition stands between
      }
      return phraseEndingAt(text, words, before, subjects, dates, lead);
    }
    return nameStartingAt(text, words, verb + 1, subjects);
  }

  /** The subject whose last word is {@code last}. */
  private static Subject phraseEndingAt(String text, List<Words.Word> words, int last, DocumentSubjects subjects,
      List<int[]> dates, boolean lead) {
    if (last < 0) {
      return null;
    }
    if (last > 0 && between(text, words.get(last - 1), words.get(last), '(')
        && words.get(last - 1).capitalized()) {
      last--; // "the Exchange Center (CICEC) was founded": the name its acronym follows
    }
    Words.Word w = words.get(last);
    if (PERSONAL.contains(w.lower())) {
      // "he", "it": the document's subject in its lead, unless the sentence named something else
      // before; under a heading it may stand for what the section is about.
      if (subjects.documentSubject() == null || !lead || namedBefore(words, last, dates)) {
        return null;
      }
      return new Subject(text.substring(w.start(), w.end()), subjects.documentSubject());
    }
    if (!w.capitalized()) {
      // "the centre", "the company": a description of what the document is about, in its lead or
      // when the title has the word ("the depot" in "Westmere Tram Depot").
      if (last > 0 && DETERMINER.contains(words.get(last - 1).lower()) && subjects.documentSubject() != null
          && !namedBefore(words, last - 1, dates) && (lead || subjects.titleHas(w.lower()))) {
        return new Subject(text.substring(words.get(last - 1).start(), w.end()), subjects.documentSubject());
      }
      return null;
    }
    int first = last;
    while (first > 0) {
      Words.Word previous = words.get(first - 1);
      if (between(text, previous, words.get(first), ',') || between(text, previous, words.get(first), '(')) {
        break;
      }
      if (previous.capitalized() && !previous.lower().matches("\\d.*")) {
        first--;
      } else if (CONNECTOR.contains(previous.lower()) && first > 1 && words.get(first - 2).capitalized()) {
        first--;
      } else {
        break;
      }
    }
    while (first < last && CONNECTOR.contains(words.get(first).lower())) {
      first++;
    }
    if (first == 0 && first < last && Words.isStop(words.get(0).lower())) {
      first++; // a sentence's first word, capitalized only as the first: "In", "The"
    }
    int head = first > 0 && DETERMINER.contains(words.get(first - 1).lower()) ? first - 1 : first;
    if (head > 0 && PREPOSITION.contains(words.get(head - 1).lower())) {
      return null; // "the monument to Sir Walter Gilbert was built": the name is not what was built
    }
    return name(text, words.get(first).start(), w.end(), subjects);
  }

  /** The name that starts at word {@code first} (after an article), or null. */
  private static Subject nameStartingAt(String text, List<Words.Word> words, int first, DocumentSubjects subjects) {
    int i = first;
    if (i < words.size() && DETERMINER.contains(words.get(i).lower())) {
      i++;
    }
    if (i >= words.size() || !words.get(i).capitalized()) {
      return null;
    }
    int last = i;
    while (last + 1 < words.size() && !between(text, words.get(last), words.get(last + 1), ',')) {
      Words.Word next = words.get(last + 1);
      if (next.capitalized() && !next.lower().matches("\\d.*")) {
        last++;
      } else if (CONNECTOR.contains(next.lower()) && last + 2 < words.size() && words.get(last + 2).capitalized()) {
        last += 2;
      } else {
        break;
      }
    }
    return name(text, words.get(i).start(), words.get(last).end(), subjects);
  }

  private static Subject name(String text, int start, int end, DocumentSubjects subjects) {
    String name = text.substring(start, end);
    DocumentSubjects.Resolved resolved = subjects.name(name);
    return resolved == null ? null : new Subject(name, resolved);
  }

  /** Whether a capitalized word (not the sentence's first, not part of a date) stands before word {@code end}. */
  private static boolean namedBefore(List<Words.Word> words, int end, List<int[]> dates) {
    for (int i = 1; i < end; i++) {
      Words.Word w = words.get(i);
      if (w.capitalized() && dates.stream().noneMatch(d -> w.start() >= d[0] && w.end() <= d[1])) {
        return true;
      }
    }
    return false;
  }

  /** Where the claim's dates stand in its text. */
  private static List<int[]> dateSpans(Claim claim) {
    List<int[]> spans = new ArrayList<>();
    for (TemporalExpression t : claim.dates()) {
      spans.add(new int[] {t.span().start() - claim.span().start(), t.span().end() - claim.span().start()});
    }
    return spans;
  }

  private static boolean between(String text, Words.Word a, Words.Word b, char c) {
    return text.indexOf(c, a.end()) >= 0 && text.indexOf(c, a.end()) < b.start();
  }
}
