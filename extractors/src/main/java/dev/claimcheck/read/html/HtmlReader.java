package dev.claimcheck.read.html;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.CitationFields;
import dev.claimcheck.read.DocumentBuilder;
import dev.claimcheck.read.DocumentReader;
import dev.claimcheck.read.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads HTML pages: Wikipedia and other MediaWiki pages (rendered or Parsoid) by
 * {@link WikipediaRules}, any other article page by {@link ArticleRules}. Malformed markup is
 * data, not an error: jsoup repairs it, and nesting is bounded. Stateless and thread-safe.
 */
public final class HtmlReader implements DocumentReader {
  /** Format of generic article pages. */
  public static final String FORMAT = "text/html";
  /** Format of MediaWiki pages. */
  public static final String MEDIAWIKI_FORMAT = "text/html; profile=mediawiki";

  private final ReadLimits limits;

  /** A reader with the given limits. */
  public HtmlReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Outcome<Document> read(String source, byte[] bytes) {
    return read(source, bytes, "");
  }

  /**
   * Reads a document another tool converted to XHTML (Tika): the whole body, paragraphs under a
   * reference heading as entries, markers as written text.
   *
   * @param format the original document's media type
   * @param title the document's title, or null
   * @param published its creation date (ISO prefix), or null
   * @param language its language tag, or null
   * @param truncated whether the conversion stopped at the character limit
   * @param fields the citation fields the original document holds
   */
  public Outcome<Document> readConverted(String source, String format, String xhtml,
      String title, String published, String language, boolean truncated, CitationFields fields) {
    org.jsoup.nodes.Document page = Jsoup.parse(xhtml, "", Parser.htmlParser().setTrackErrors(0));
    DocumentBuilder builder = new DocumentBuilder(source, format, limits.maxDocumentChars())
        .title(title)
        .language(language)
        .published(published)
        .markedUp(false);
    HtmlRules rules = new DocumentRules(fields);
    if (!fields.isEmpty()) {
      FieldMarkup.apply(page.body(), fields);
    }
    new HtmlWalker(rules, builder).walk(rules.root(page));
    Document document = builder.build();
    if (document.text().isBlank()) {
      return Outcome.failed(new Failure(source, dev.claimcheck.read.TextDecoder.STAGE, "empty", "the document holds no text"));
    }
    return Outcome.ok(truncated ? document.truncatedBecause("the document's text was cut at the "
        + "character limit while it was extracted") : document);
  }

  @Override
  public Outcome<Document> read(String source, byte[] bytes, String baseUri) {
    org.jsoup.nodes.Document page;
    try {
      Parser parser = Parser.htmlParser().setTrackErrors(0);
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri == null ? "" : baseUri,
          parser);
    } catch (IOException | RuntimeException e) {
      return Outcome.failed(new Failure(source, dev.claimcheck.read.TextDecoder.STAGE, "html",
          "could not parse the page: " + e.getMessage()));
    }
    Map<String, String> metas = HtmlMetadata.metas(page);
    Element canonical = page.head().selectFirst("link[rel=canonical][href^=http]");
    String base = canonical != null ? canonical.attr("href") : metas.getOrDefault("og:url", "");
    if (base.startsWith("http")) {
      page.setBaseUri(base);
    }
    boolean mediaWiki = WikipediaRules.recognizes(page, metas);
    HtmlRules rules = mediaWiki ? new WikipediaRules() : new ArticleRules();
    DocumentBuilder builder = new DocumentBuilder(source,
        mediaWiki ? MEDIAWIKI_FORMAT : FORMAT, limits.maxDocumentChars())
        .title(HtmlMetadata.title(page, mediaWiki, metas))
        .language(HtmlMetadata.language(page))
        .published(HtmlMetadata.published(page, metas));
    new HtmlWalker(rules, builder).walk(rules.root(page));
    Document document = builder.build();
    if (document.text().isBlank()) {
      return Outcome.failed(new Failure(source, dev.claimcheck.read.TextDecoder.STAGE, "empty", "the page holds no text"));
    }
    return Outcome.ok(document);
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/html", "application/xhtml+xml");
  }
}
