package dev.claimcheck.dates.eval;

import dev.claimcheck.analysis.DocumentDates;
import dev.claimcheck.model.TemporalExpression;
import java.util.List;

/** claimcheck's own dates, as the {@code dates} command finds them, for evaluation. */
public final class ClaimcheckTagger implements TimexScorer.Tagger {
  @Override
  public List<Timex> tag(AnnotatedDocument document) {
    List<TemporalExpression> found = DocumentDates.find(document.document());
    return found.stream().map(t -> new Timex(t.span().start(), t.span().end(), t.type().name(),
        t.value())).toList();
  }
}
