package dev.claimcheck.facts;

import dev.claimcheck.dates.TimelineBucket;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.support.Quantities;
import dev.claimcheck.support.Words;
import dev.claimcheck.text.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The counts a claim states of a subject at a date, where the subject has them: "the ferry
 * carried about 80,000 passengers in 2019" is the fact (Lake Orrin Ferry, passengers in 2019,
 * 80000); "in 2011 the town had a population of 12,400" is (…, population in 2011, 12400).
 * The relation is the thing counted (the word after the number, or an attribute such as
 * "population" before it) and the year nearest the number, since a count changes with time:
 * a count with no year states no fact to compare. The count must hang on a verb of having
 * ({@link #HAVING}), and its subject is the phrase before that verb, resolved as events'
 * subjects are ({@link SubjectPhrases}). Values keep their rounding ("about 3,000" is 3000 to
 * the nearest 500) for {@link QuantityValues}. Thread-safe.
 */
public final class QuantityFacts {
  /** Attributes a count is given as: "a population of 12,400", "a staff of 300". */
  private static final Set<String> ATTRIBUTES = Set.of("population", "staff", "workforce", "membership",
      "attendance", "enrolment", "enrollment", "capacity", "circulation", "readership", "crew");
  private static final Set<String> LINKS = Set.of("of", "about", "around", "approximately", "nearly", "almost",
      "some", "roughly", "estimated", "over", "an", "a");
  private static final Pattern APPROXIMATE = Pattern.compile(
      "(?i)\\b(?:around|about|circa|approximately|roughly|some|nearly|almost|an estimated|estimated|over|more than|"
          + "fewer than|less than|up to)\\s*$");
  /**
   * The verbs a subject has a count by: "had", "employed", "served", "carried", "housed",
   * "seated", "enrolled", "attracted". A count under another verb ("fell 3.7% to 128 million",
   * "killed 12 people") is an event's, not a property of the subject.
   */
  private static final Set<String> HAVING = Set.of("had", "has", "have", "employed", "employs", "served", "serves",
      "carried", "carries", "housed", "houses", "seated", "seats", "enrolled", "enrols", "enrolls", "attracted",
      "attracts", "welcomed", "numbered", "counted", "owned", "owns", "operated", "operates");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "total", "its", "estimated");

  private QuantityFacts() {}

  /** The counts {@code claim} (of the document read from {@code source}) states of a subject. */
  public static List<Fact> of(Claim claim, String source, DocumentSubjects subjects) {
    String text = claim.text();
    if (!Prose.hasDigit(text) || !mayHaveCount(text) || year(claim, 0) == null
        || EventFacts.MARKUP.matcher(text).find()) {
      return List.of(); // most claims: none of the verbs of having, so no tokenizing for them
    }
    List<Words.Word> words = Words.of(text);
    List<int[]> dates = SubjectPhrases.dateSpans(claim);
    List<Fact> facts = new ArrayList<>();
    for (Quantities.Quantity q : Quantities.of(text, words)) {
      if (!q.digits() || q.yearLike() || TemporalExpression.anyCovers(claim.dates(), q.start() + claim.span().start())) {
        continue;
      }
      int k = indexBefore(words, q.start());
      while (k >= 0 && LINKS.contains(words.get(k).lower())) {
        k--;
      }
      String counted;
      int verb;
      if (k >= 0 && ATTRIBUTES.contains(words.get(k).lower())) {
        // "had a population of 12,400"
        counted = words.get(k).lower();
        verb = k - 1;
        while (verb >= 0 && ARTICLES.contains(words.get(verb).lower())) {
          verb--;
        }
      } else {
        // "served about 3,000 passengers"
        int after = Words.firstAtOrAfter(words, q.end());
        if (after >= words.size() || !words.get(after).content() || words.get(after).capitalized()
            || Character.isDigit(words.get(after).lower().charAt(0))) {
          continue;
        }
        counted = words.get(after).lower();
        verb = k;
      }
      if (verb <= 0 || !HAVING.contains(words.get(verb).lower())) {
        continue;
      }
      SubjectPhrases.Subject subject = SubjectPhrases.phraseEndingAt(text, words, verb - 1, subjects, dates,
          claim.section().isEmpty());
      if (subject == null) {
        continue;
      }
      boolean approximate = APPROXIMATE.matcher(text.substring(0, q.start())).find();
      facts.add(new Fact(claim.id(), claim.documentId(), subject.text(), subject.resolved().key(),
          subject.resolved().match(), counted + " in " + year(claim, q.start()), plain(q.value()),
          text.substring(q.start(), q.end()), approximate, source,
          claim.status() == null ? null : claim.status().name(), text, TimelineBucket.of(claim), Fact.Kind.COUNT));
    }
    return facts;
  }

  /** The year of the claim's calendar date nearest to character {@code at}, or null when it has none. */
  private static String year(Claim claim, int at) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalExpression t : claim.dates()) {
      if (t.value() != null && t.value().matches("\\d{4}(?:-.*)?")) {
        int start = t.span().start() - claim.span().start();
        int distance = Math.abs(start - at);
        if (distance < bestDistance) {
          best = t.value().substring(0, 4);
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static int indexBefore(List<Words.Word> words, int start) {
    int found = -1;
    for (int i = 0; i < words.size() && words.get(i).end() <= start; i++) {
      found = i;
    }
    return found;
  }

  /** Whether the text has one of the verbs of having or the attributes, as a substring. */
  private static boolean mayHaveCount(String text) {
    for (String w : HAVING) {
      if (text.contains(w)) {
        return true;
      }
    }
    for (String w : ATTRIBUTES) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }


  /** A value as plain digits: 80000, 41.3. */
  static String plain(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
