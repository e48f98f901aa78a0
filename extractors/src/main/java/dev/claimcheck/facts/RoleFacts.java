package dev.claimcheck.facts;

import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.support.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The roles a claim states that one name holds for good: who founded its subject ("Acme was
 * founded by Jane Smith", "Smith founded Acme"), its capital ("Lyon is the capital of the
 * region", "the capital of the region is Lyon") and its headquarters ("Acme is headquartered in
 * Leeds"); and an infobox line whose label names one ("Founder: Jane Smith", "Headquarters:
 * Leeds"), of the document's subject. The value is a name, compared by its key
 * ({@link NameValues}). Roles that change hands with time (a chief executive, a president) are not
 * among them: two documents of different years would disagree without contradicting. Thread-safe.
 */
public final class RoleFacts {
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "became", "remains", "remained");
  private static final Set<String> PERSONAL = Set.of("he", "she", "they");

  private RoleFacts() {}

  /** The roles {@code claim} (of the document read from {@code source}) states. */
  public static List<Fact> of(Claim claim, String source, DocumentSubjects subjects) {
    String text = claim.text();
    if (claim.flags().contains(Flag.INFOBOX)) {
      return infobox(claim, source, subjects);
    }
    boolean founded = text.contains("founded");
    boolean capital = text.contains("capital of");
    boolean headquarters = text.contains("headquartered in");
    if (!founded && !capital && !headquarters || EventFacts.MARKUP.matcher(text).find()) {
      return List.of(); // most claims: none of the words, so no tokenizing for them
    }
    List<Words.Word> words = Words.of(text);
    List<int[]> dates = SubjectPhrases.dateSpans(claim);
    boolean lead = claim.section().isEmpty();
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (w.equals("founded") && !words.get(i).capitalized()) {
        founder(claim, source, subjects, words, dates, lead, i, facts);
      } else if (w.equals("capital") && i + 1 < words.size() && words.get(i + 1).lower().equals("of")) {
        capital(claim, source, subjects, words, dates, lead, i, facts);
      } else if (w.equals("headquartered") && i + 1 < words.size() && words.get(i + 1).lower().equals("in")) {
        SubjectPhrases.Subject of = SubjectPhrases.phraseEndingAt(text, words, auxiliaryBefore(words, i), subjects,
            dates, lead);
        SubjectPhrases.Subject value = SubjectPhrases.nameStartingAt(text, words, i + 2, subjects);
        add(claim, source, of, "headquarters", value, facts);
      }
    }
    return facts;
  }

  /** "Acme was founded by Jane Smith"; "Jane Smith founded Acme"; "He founded Acme". */
  private static void founder(Claim claim, String source, DocumentSubjects subjects, List<Words.Word> words,
      List<int[]> dates, boolean lead, int at, List<Fact> facts) {
    String text = claim.text();
    if (at + 1 < words.size() && words.get(at + 1).lower().equals("by")) {
      int before = auxiliaryBefore(words, at);
      if (before == at - 1) {
        return; // "founded by" with no "was" before it: a participle ("a firm founded by …"), not the claim's subject
      }
      add(claim, source, SubjectPhrases.phraseEndingAt(text, words, before, subjects, dates, lead), "founder",
          SubjectPhrases.nameStartingAt(text, words, at + 2, subjects), facts);
      return;
    }
    if (at == 0 || BE.contains(words.get(at - 1).lower()) || words.get(at - 1).lower().equals("been")) {
      return; // passive with no "by": no founder
    }
    SubjectPhrases.Subject founder = PERSONAL.contains(words.get(at - 1).lower()) && lead
        && subjects.documentSubject() != null
        ? new SubjectPhrases.Subject(text.substring(words.get(at - 1).start(), words.get(at - 1).end()),
            subjects.documentSubject())
        : SubjectPhrases.phraseEndingAt(text, words, at - 1, subjects, dates, lead);
    add(claim, source, SubjectPhrases.nameStartingAt(text, words, at + 1, subjects), "founder", founder, facts);
  }

  /** "Lyon is the capital of Rhône-Alpes"; "The capital of Rhône-Alpes is Lyon". */
  private static void capital(Claim claim, String source, DocumentSubjects subjects, List<Words.Word> words,
      List<int[]> dates, boolean lead, int at, List<Fact> facts) {
    String text = claim.text();
    SubjectPhrases.Subject of = SubjectPhrases.nameStartingAt(text, words, at + 2, subjects);
    if (of == null) {
      return;
    }
    int k = at - 1;
    if (k >= 0 && words.get(k).lower().equals("the")) {
      k--;
    }
    if (k >= 0 && BE.contains(words.get(k).lower())) {
      add(claim, source, of, "capital", SubjectPhrases.phraseEndingAt(text, words, k - 1, subjects, dates, lead),
          facts);
      return;
    }
    // "The capital of X is Y": the verb after the name of X.
    int after = at + 2;
    while (after < words.size() && !BE.contains(words.get(after).lower())) {
      after++;
    }
    if (after < words.size() && after - (at + 2) <= 6) {
      add(claim, source, of, "capital", SubjectPhrases.nameStartingAt(text, words, after + 1, subjects), facts);
    }
  }

  /** The last word before the auxiliaries in front of word {@code at}. */
  private static int auxiliaryBefore(List<Words.Word> words, int at) {
    int k = at - 1;
    while (k >= 0 && (BE.contains(words.get(k).lower()) || words.get(k).lower().equals("been")
        || words.get(k).lower().equals("originally") || words.get(k).lower().equals("jointly"))) {
      k--;
    }
    return k;
  }

  private static List<Fact> infobox(Claim claim, String source, DocumentSubjects subjects) {
    String text = claim.text();
    int cut = InfoboxFacts.labelEnd(text);
    if (cut <= 0 || subjects.documentSubject() == null) {
      return List.of();
    }
    String role = Relations.roleOfLabel(text.substring(0, cut));
    String value = text.substring(cut + 1).strip();
    String key = SubjectKeys.of(value);
    if (role == null || key.isEmpty()) {
      return List.of();
    }
    return List.of(new Fact(claim.id(), claim.documentId(), subjects.title(), subjects.documentSubject().key(),
        InfoboxFacts.MATCH, role, key, value, false, source, status(claim), text, TimelineBucket.of(claim),
        Fact.Kind.NAME));
  }

  private static void add(Claim claim, String source, SubjectPhrases.Subject of, String role,
      SubjectPhrases.Subject value, List<Fact> facts) {
    if (of == null || value == null || of.resolved().key().equals(value.resolved().key())) {
      return;
    }
    facts.add(new Fact(claim.id(), claim.documentId(), of.text(), of.resolved().key(), of.resolved().match(), role,
        value.resolved().key(), value.text(), false, source, status(claim), claim.text(), TimelineBucket.of(claim),
        Fact.Kind.NAME));
  }

  private static String status(Claim claim) {
    return claim.status() == null ? null : claim.status().name();
  }
}
