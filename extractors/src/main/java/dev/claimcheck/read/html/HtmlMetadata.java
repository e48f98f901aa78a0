package dev.claimcheck.read.html;

import dev.claimcheck.text.CalendarDates;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata: title, language and publication date, from meta tags, Open Graph,
 * JSON-LD and {@code <time>}, first found wins. Stateless and thread-safe.
 */
final class HtmlMetadata {
  private static final List<String> PUBLISHED_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]",
      "meta[name=publishdate]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
      "meta[name=dcterms.created]", "meta[name=sailthru.date]", "meta[property=og:published_time]",
      "meta[name=OriginalPublicationDate]");
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private HtmlMetadata() {}

  static String title(Document page, boolean mediaWiki) {
    if (mediaWiki) {
      Element heading = page.selectFirst("#firstHeading");
      if (heading != null && !heading.text().isBlank()) {
        return heading.text();
      }
      return page.title().replaceFirst("\\s+[-–—]\\s+Wikipedia$", "");
    }
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content");
    }
    if (!page.title().isBlank()) {
      return page.title();
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  static String language(Document page) {
    Element html = page.selectFirst("html");
    return html == null ? null : html.attr("lang");
  }

  /** The publication date as an ISO date (the page's own calendar day), or null. */
  static String published(Document page) {
    for (String selector : PUBLISHED_META) {
      Element meta = page.selectFirst(selector);
      if (meta != null) {
        String date = isoDay(meta.attr("content"));
        if (date != null) {
          return date;
        }
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        String date = isoDay(m.group(1));
        if (date != null) {
          return date;
        }
      }
    }
    Element time = page.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
    return time == null ? null : isoDay(time.attr("datetime"));
  }

  private static String isoDay(String value) {
    String v = value.strip();
    Matcher m = ISO_DAY.matcher(v);
    if (m.find()) {
      return CalendarDates.parse(m.group(1)).orElse(null);
    }
    return CalendarDates.parse(v).orElse(null);
  }
}
