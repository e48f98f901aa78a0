package dev.claimcheck.facts;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.support.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The subject a phrase of a sentence names, resolved in its document's names: a run of
 * capitalized words ("the Westmere Tram Depot", "Exchange Center (CICEC)"), a personal pronoun
 * or a description ("the centre") that stands for the document's own subject in its lead. A name
 * after a preposition ("the monument to Gilbert") is not the subject, nor one an apposition
 * separates from what follows. Shared by the extractors of facts; thread-safe.
 */
final class SubjectPhrases {
  static final Set<String> PERSONAL = Set.of("he", "she", "it", "they");
  static final Set<String> DETERMINER = Set.of("the", "this", "that");
  static final Set<String> PREPOSITION = Set.of("to", "of", "by", "for", "in", "at", "from", "with", "on",
      "about", "near", "after", "before", "under", "over");
  static final Set<String> CONNECTOR = Set.of("of", "de", "du", "des", "la", "le", "von", "van", "for",
      "and", "&");

  /**
   * A subject.
   *
   * @param text as the sentence names it
   * @param resolved its key, and how it was reached
   */
  record Subject(String text, DocumentSubjects.Resolved resolved) {}

  private SubjectPhrases() {}

  /** The subject whose last word is {@code last}. */
  static Subject phraseEndingAt(String text, List<Words.Word> words, int last, DocumentSubjects subjects,
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
  static Subject nameStartingAt(String text, List<Words.Word> words, int first, DocumentSubjects subjects) {
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

  static Subject name(String text, int start, int end, DocumentSubjects subjects) {
    String name = text.substring(start, end);
    DocumentSubjects.Resolved resolved = subjects.name(name);
    return resolved == null ? null : new Subject(name, resolved);
  }

  /** Whether a capitalized word (not the sentence's first, not part of a date) stands before word {@code end}. */
  static boolean namedBefore(List<Words.Word> words, int end, List<int[]> dates) {
    for (int i = 1; i < end; i++) {
      Words.Word w = words.get(i);
      if (w.capitalized() && dates.stream().noneMatch(d -> w.start() >= d[0] && w.end() <= d[1])) {
        return true;
      }
    }
    return false;
  }

  /** Where the claim's dates stand in its text. */
  static List<int[]> dateSpans(Claim claim) {
    List<int[]> spans = new ArrayList<>();
    for (TemporalExpression t : claim.dates()) {
      spans.add(new int[] {t.span().start() - claim.span().start(), t.span().end() - claim.span().start()});
    }
    return spans;
  }

  static boolean between(String text, Words.Word a, Words.Word b, char c) {
    return text.indexOf(c, a.end()) >= 0 && text.indexOf(c, a.end()) < b.start();
  }
}
