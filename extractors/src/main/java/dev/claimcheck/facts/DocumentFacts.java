package dev.claimcheck.facts;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.List;

/** The facts a document's claims state, read in order so that names declared early resolve later ones. */
public final class DocumentFacts {
  private DocumentFacts() {}

  /** The facts of an analysed document's claims, in claim order. */
  public static List<Fact> of(Analysis analysis) {
    DocumentSubjects subjects = new DocumentSubjects(analysis.document().title());
    List<Fact> facts = new ArrayList<>();
    for (Claim c : analysis.claims()) {
      subjects.read(c.text());
      facts.addAll(EventFacts.of(c, analysis.document().source(), subjects));
    }
    return facts;
  }
}
