package dev.claimcheck.facts;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts a document's claims state, read in order so that names declared early resolve later
 * ones: an infobox line's by its label ({@link InfoboxFacts}), a sentence's by its verbs
 * ({@link EventFacts}) and its counts ({@link QuantityFacts}), and the roles either states
 * ({@link RoleFacts}).
 */
public final class DocumentFacts {
  private DocumentFacts() {}

  /** The facts of an analysed document's claims, in claim order. */
  public static List<Fact> of(Analysis analysis) {
    DocumentSubjects subjects = new DocumentSubjects(analysis.document().title());
    List<Fact> facts = new ArrayList<>();
    for (Claim c : analysis.claims()) {
      subjects.read(c.text());
      String source = analysis.document().source();
      if (c.flags().contains(Flag.INFOBOX)) {
        facts.addAll(InfoboxFacts.of(c, source, subjects));
      } else {
        facts.addAll(EventFacts.of(c, source, subjects));
        facts.addAll(QuantityFacts.of(c, source, subjects));
      }
      facts.addAll(RoleFacts.of(c, source, subjects));
    }
    return facts;
  }
}
