package dev.claimcheck.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Span;
import dev.claimcheck.model.TemporalExpression;
import java.util.List;

/** The tagger run on one sentence, for the tests: its expressions, or their texts and values. */
final class Tagging {
  private Tagging() {}

  /** The expressions of {@code text}, one paragraph read with {@code context}. */
  static List<TemporalExpression> tag(String text, DateContext context) {
    return TemporalTagger.tag(text, new Span("d", 0, text.length()), List.of(), context);
  }

  /** The expressions of {@code text}, in a document dated {@code documentDate} (null: none). */
  static List<TemporalExpression> tag(String text, String documentDate) {
    return tag(text, DateContext.of(documentDate, (String) null));
  }

  /** The one expression of {@code text}, failing when there are more or none. */
  static TemporalExpression only(String text, String documentDate) {
    List<TemporalExpression> found = tag(text, documentDate);
    assertThat(found).as("expressions in: " + text).hasSize(1);
    return found.get(0);
  }

  /** "text=value" for each expression of {@code text}, in a document dated {@code documentDate}. */
  static List<String> values(String text, String documentDate) {
    return tag(text, documentDate).stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  /** "text=value" for each expression of {@code text}, read with {@code context}. */
  static List<String> values(String text, DateContext context) {
    return tag(text, context).stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  /**
   * The values of {@code next}, told after {@code first} in one paragraph of a text dated
   * {@code documentDate}.
   */
  static List<String> valuesAfter(String documentDate, String first, String next) {
    DateContext context = DateContext.of(documentDate, "en-US");
    tag(first, context);
    return tag(next, context).stream().map(TemporalExpression::value).toList();
  }
}
