package dev.claimcheck.read.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Page furniture by name and by text. A class or id naming a widget (comments, share buttons,
 * newsletter or consent boxes, ads) marks furniture unless the same name also speaks of layout
 * ({@code related-content}); a name giving a place on the page (sidebar, header, menu) marks
 * furniture unless another name of the element says it holds the article
 * ({@code l-sidebar-fixed l-article-body-segment}). A paragraph that asks its reader for consent
 * to cookies and tracking (says that it uses cookies, or two other things such notices say) is furniture whatever its markup.
 */
final class Furniture {
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:comments?|comment-list|disqus|share|sharing|social|related|newsletter|"
          + "promo|advert|ads?|cookies?|cookiebanner|cookie-banner|consent|gdpr|onetrust|subscribe|"
          + "byline-share|recirc|most-popular|trending|paywall)(?:$|[-_ ])");
  private static final Pattern PLACE = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:sidebar|breadcrumbs?|menu|nav|navigation|footer|header|masthead)(?:$|[-_ ])");
  private static final Pattern LAYOUT = Pattern.compile(
      "(?i)content|article|main|body|post|entry|story|text|col|layout|wrapper|container|panel|"
          + "page|region|grid|row");
  private static final Pattern HOLDS_ARTICLE = Pattern.compile("(?i)article|body|content|main|post|entry|story");
  /** What a consent notice says to its reader; prose about cookies and tracking does not. */
  private static final Pattern CONSENT = Pattern.compile(
      "(?i)\\b(we(?: and our (?:\\d+ )?partners)? use cookies|(?:this|our) (?:site|website) uses cookies|"
          + "our use of cookies|cookie (?:policy|settings|preferences|notice)|"
          + "privacy (?:policy|settings|notice)|accept (?:all|cookies)|"
          + "by (?:clicking|continuing|choosing|using this)|manage (?:preferences|options|settings|cookies)|"
          + "(?:our|\\d+) partners|your (?:consent|device|browsing|privacy choices)|"
          + "personali[sz]ed (?:ads|advertising|content))\\b");
  private static final int MAX_CONSENT_CHARS = 1_500;

  private Furniture() {}

  /** Whether the element's class or id names furniture. */
  static boolean named(Element e) {
    boolean place = false;
    boolean article = false;
    for (String token : e.classNames()) {
      if (isWidget(token)) {
        return true;
      }
      place |= isPlace(token);
      article |= HOLDS_ARTICLE.matcher(token).find();
    }
    String id = e.id();
    if (isWidget(id)) {
      return true;
    }
    place |= isPlace(id);
    article |= HOLDS_ARTICLE.matcher(id).find();
    return place && !article;
  }

  private static boolean isWidget(String token) {
    return !token.isEmpty() && WIDGET.matcher(token).find() && !LAYOUT.matcher(token).find();
  }

  private static boolean isPlace(String token) {
    return !token.isEmpty() && PLACE.matcher(token).find() && !LAYOUT.matcher(token).find();
  }

  /**
   * Whether the text asks for consent to cookies and tracking: says the site uses cookies, or
   * two other phrases of such notices, in a short text.
   */
  static boolean asksConsent(String text) {
    if (text.length() > MAX_CONSENT_CHARS) {
      return false;
    }
    Matcher m = CONSENT.matcher(text);
    String first = null;
    while (m.find()) {
      String hit = m.group(1).toLowerCase(java.util.Locale.ROOT);
      if (hit.endsWith("use cookies") || hit.endsWith("uses cookies") || hit.equals("our use of cookies")) {
        return true;
      }
      if (first == null) {
        first = hit;
      } else if (!hit.equals(first)) {
        return true;
      }
    }
    return false;
  }
}
