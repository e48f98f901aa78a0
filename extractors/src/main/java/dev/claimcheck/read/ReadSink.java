package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;

/**
 * Receives what reading one input yields: one outcome for a single document, one per entry for
 * a container (a wiki dump's pages, a web archive's responses, JSON Lines records), and the
 * entries a container holds that are not articles (a revisit, a redirect page), by reason, and
 * the redirects between names a wiki dump gives.
 */
public interface ReadSink {

  /** A document read, or why an input or entry could not be. */
  void accept(Outcome<Document> outcome);

  /** An entry left out on purpose, such as {@code warc-revisit}; counted, not an error. */
  void skipped(String reason);

  /**
   * A redirect a wiki dump holds: the page titled {@code from} stands for the one titled
   * {@code to}, so that the two names are one subject. Ignored unless a sink wants them.
   */
  default void redirect(String from, String to) {}
}
