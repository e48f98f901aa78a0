package dev.claimcheck.check;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Soft 404s: a page that answers 200 but is not the page cited — it says it is not found, it is
 * an error page by its address, or a redirect from a deep link ended at the site's root or a
 * generic page. Also bot challenges, which answer a page but not the one asked for.
 * Thread-safe.
 */
final class SoftNotFound {
  private static final Pattern NOT_FOUND_TEXT = Pattern.compile(
      "(?:\\b404\\s*(?:error|not found|page)\\b|^\\s*404\\b|\\b(?:error|fehler|erreur)\\s*404\\b)"
          + "|\\b(?:page not found|not found|page (?:you requested |you are looking for )?(?:does not|doesn't|could not|cannot|can't) (?:exist|be found)"
          + "|no longer (?:available|exists)|has been (?:removed|deleted)|nothing (?:was )?found|seite nicht gefunden"
          + "|page introuvable|página no encontrada|pagina non trovata)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ERROR_PATH = Pattern.compile(
      "(?:^|/)(?:404|error|errors|not[-_]?found|page[-_]?not[-_]?found|missing)(?:[./?]|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC_PATH = Pattern.compile(
      "^/?(?:index\\.\\w+|home|default\\.\\w+|search|sitemap)?/?$", Pattern.CASE_INSENSITIVE);
  /** Markup only challenge pages carry (Cloudflare's challenge options, DataDome, PerimeterX). */
  private static final Pattern CHALLENGE_MARKUP = Pattern.compile(
      "cf-chl|cf_chl|captcha-delivery\\.com|px-captcha", Pattern.CASE_INSENSITIVE);
  /** What a challenge or a paywall says, read only in its title, heading and visible text. */
  private static final Pattern CHALLENGE_WORDS = Pattern.compile(
      "(?:captcha|just a moment\\.\\.\\.|attention required|are you a (?:robot|human)|verify you are (?:a )?human"
          + "|access denied|subscribe to (?:continue|read)|subscription required)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN = Pattern.compile(
      "<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** A page with more visible text than this is an article that mentions such words, not a wall. */
  private static final int WALL_TEXT = 3_000;
  private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{0,300})</title>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.{0,300}?)</h1>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private SoftNotFound() {}

  /** Why the page is a soft 404, or null when it is not. */
  static String reason(URI cited, URI landed, String body) {
    String landedPath = landed.getRawPath() == null ? "" : landed.getRawPath();
    String citedPath = cited.getRawPath() == null ? "" : cited.getRawPath();
    // An error page by its address, when a redirect led there: the cited address itself may
    // hold a real page that happens to be named so (/reports/404.html).
    if (!cited.equals(landed) && ERROR_PATH.matcher(landedPath).find() && !ERROR_PATH.matcher(citedPath).find()) {
      return "the link was redirected to an error page (" + landedPath + ")";
    }
    boolean deep = citedPath.replaceAll("/+$", "").length() > 1;
    if (deep && !cited.equals(landed) && GENERIC_PATH.matcher(landedPath).matches()) {
      return "the link was redirected to the site's " + (landedPath.length() <= 1 ? "root" : "generic page " + landedPath);
    }
    if (body != null) {
      String head = heading(body);
      if (head != null && NOT_FOUND_TEXT.matcher(head).find()) {
        return "the page says \"" + head.strip() + "\"";
      }
    }
    return null;
  }

  /**
   * Whether the page is a bot challenge or a paywall rather than the page cited: markup only
   * challenge pages carry, or a challenge's words in the title or first heading, or in the
   * visible text of a short page. Words in scripts (a comment form's reCAPTCHA) or deep in a
   * long article do not count.
   */
  static boolean challenge(String body) {
    if (body == null) {
      return false;
    }
    String start = body.length() > 20_000 ? body.substring(0, 20_000) : body;
    if (CHALLENGE_MARKUP.matcher(start).find()) {
      return true;
    }
    String heading = heading(start);
    if (heading != null && CHALLENGE_WORDS.matcher(heading).find()) {
      return true;
    }
    String visible = HIDDEN.matcher(start).replaceAll(" ").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    return visible.length() < WALL_TEXT && CHALLENGE_WORDS.matcher(visible).find();
  }

  /** The page's title and first heading, where a not-found page says so. */
  private static String heading(String body) {
    StringBuilder out = new StringBuilder();
    var t = TITLE.matcher(body);
    if (t.find()) {
      out.append(t.group(1));
    }
    var h = H1.matcher(body);
    if (h.find()) {
      out.append(out.length() > 0 ? " / " : "").append(h.group(1).replaceAll("<[^>]*>", ""));
    }
    if (out.length() == 0 && !body.toLowerCase(Locale.ROOT).contains("<html")) {
      out.append(body, 0, Math.min(body.length(), 200)); // plain text: its first line or two
    }
    return out.length() == 0 ? null : out.toString().replaceAll("\\s+", " ");
  }
}
