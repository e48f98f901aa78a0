package dev.claimcheck.check;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The readable text of a fetched page, for drift and support: an HTML page's visible text
 * (scripts, styles and templates left out), a plain-text body as it is; other media (PDF and
 * other binaries read as text) have none here. Bounded.
 */
public final class PageText {
  /** The most text kept of one page. */
  public static final int MAX_CHARS = 200_000;

  private PageText() {}

  /** The page's text, or null when it has none this reader can give. */
  public static String of(String body, String contentType) {
    if (body == null) {
      return null;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String head = body.length() > 2000 ? body.substring(0, 2000) : body;
    String text;
    if (type.contains("html") || type.isEmpty() && head.toLowerCase(Locale.ROOT).contains("<html")
        || type.contains("xml") && head.toLowerCase(Locale.ROOT).contains("<html")) {
      Document page = Jsoup.parse(body, "", Parser.htmlParser().setTrackErrors(0));
      page.select("script, style, noscript, template, svg").remove();
      text = page.body() == null ? page.text() : page.body().text();
      String title = page.title();
      if (!title.isBlank() && !text.startsWith(title)) {
        text = title + ". " + text;
      }
    } else if (type.startsWith("text/") || type.isEmpty() && !head.startsWith("%PDF")) {
      text = body;
    } else {
      return null;
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }
}
