package dev.claimcheck.read.html;

import dev.claimcheck.text.CalendarDates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata: title, language and publication date, from meta tags, Open Graph,
 * JSON-LD and {@code <time>}, first found wins. Stateless and thread-safe.
 */
final class HtmlMetadata {
  /** Meta names (name, property or itemprop) of a publication date, most specific first. */
  private static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "datepublished", "date", "pubdate", "publishdate",
      "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "og:published_time",
      "originalpublicationdate");
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private HtmlMetadata() {}

  static String title(Document page, boolean mediaWiki, Map<String, String> metas) {
    if (mediaWiki) {
      Element heading = page.getElementById("firstHeading");
      if (heading != null && !heading.text().isBlank()) {
        return heading.text();
      }
      return page.title().replaceFirst("\\s+[-–—]\\s+Wikipedia$", "");
    }
    String og = metas.get("og:title");
    if (og != null && !og.isBlank()) {
      return og;
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

  /** The page's meta elements by lower-cased name, property or itemprop; one pass over them. */
  static Map<String, String> metas(Document page) {
    Map<String, String> metas = new HashMap<>();
    for (Element meta : page.getElementsByTag("meta")) {
      for (String key : List.of("name", "property", "itemprop")) {
        if (meta.hasAttr(key)) {
          metas.putIfAbsent(meta.attr(key).toLowerCase(Locale.ROOT), meta.attr("content"));
        }
      }
    }
    return metas;
  }

  /** The publication date as an ISO date (the page's own calendar day), or null. */
  static String published(Document page, Map<String, String> metas) {
    for (String name : PUBLISHED_META) {
      String content = metas.get(name);
      if (content != null) {
        String date = isoDay(content);
        if (date != null) {
          return date;
        }
      }
    }
    // One pass over the page for both: JSON-LD first, then a <time> (pubdate, in an article,
    // or the first).
    Element pubdate = null;
    Element inArticle = null;
    Element first = null;
    for (Element e : page.select("script[type=application/ld+json], time[datetime]")) {
      if (e.normalName().equals("script")) {
        Matcher m = JSON_LD_DATE.matcher(e.data());
        String date = m.find() ? isoDay(m.group(1)) : null;
        if (date != null) {
          return date;
        }
      } else {
        first = first == null ? e : first;
        pubdate = pubdate == null && e.hasAttr("pubdate") ? e : pubdate;
        inArticle = inArticle == null && e.closest("article") != null ? e : inArticle;
      }
    }
    Element time = pubdate != null ? pubdate : inArticle != null ? inArticle : first;
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
