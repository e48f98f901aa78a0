package dev.claimcheck.read.wiki;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.DocumentBuilder;
import dev.claimcheck.read.DocumentReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.TextDecoder;
import java.util.Set;

/**
 * Reads MediaWiki wikitext: a page saved as {@code .wikitext}, or one page of an XML dump (see
 * {@link WikiDumpReader}). {@code <ref>} tags become citation markers linked to the reference
 * list, citation templates become references, maintenance templates become the tags the
 * analysis flags. Stateless and thread-safe.
 */
public final class WikitextReader implements DocumentReader {
  /** The format name of documents this reader produces. */
  public static final String FORMAT = "text/x-wiki";

  private final ReadLimits limits;

  /** A reader with the given limits. */
  public WikitextReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** A page rendered, with what the reader counted on it. */
  public record Rendered(Document document, WikiTally tally) {}

  @Override
  public Outcome<Document> read(String source, byte[] bytes) {
    return TextDecoder.decode(source, bytes, limits)
        .then(text -> page(source, text, titleOf(source), null));
  }

  /** One page: its wikitext, title and revision timestamp (ISO 8601, or null). */
  public Outcome<Document> page(String source, String wikitext, String title, String timestamp) {
    Document document = render(source, wikitext, title, timestamp).document();
    if (document.text().isBlank()) {
      return Outcome.failed(new Failure(source, TextDecoder.STAGE, "empty", "the page holds no text"));
    }
    return Outcome.ok(document);
  }

  /** Renders a page and keeps the reader's counts. */
  public Rendered render(String source, String wikitext, String title, String timestamp) {
    String date = timestamp == null || timestamp.length() < 10 ? null : timestamp.substring(0, 10);
    DocumentBuilder builder = new DocumentBuilder(source, FORMAT, limits.maxDocumentChars())
        .title(title)
        .published(date);
    if (title != null && !title.isBlank()) {
      builder.block(dev.claimcheck.model.BlockKind.TITLE, title, null);
    }
    WikiTally tally = new WikiTally();
    new WikiPage(wikitext, builder, tally).render();
    return new Rendered(builder.build(), tally);
  }

  /** A page title from a file name: {@code Toronto_Star.wikitext} → {@code Toronto Star}. */
  static String titleOf(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ');
  }

  /** Wikitext is plain text to a detector: its files are known by their names. */
  @Override
  public Set<String> mediaTypes() {
    return Set.of();
  }

  @Override
  public Set<String> extensions() {
    return Set.of("wikitext", "wiki", "mediawiki", "wikimedia");
  }
}
