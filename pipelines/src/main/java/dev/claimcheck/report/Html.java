package dev.claimcheck.report;

/** Escaping of untrusted text for HTML text and attribute values. Thread-safe. */
public final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} escaped; null becomes the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code url} as a link showing {@code text} when it is an http(s) address (the only schemes a
   * report links to: never {@code javascript:} or {@code data:}), else {@code text} alone; both
   * escaped. The link opens without telling the site where it came from.
   */
  public static String link(String url, String text) {
    if (url == null || !isWebAddress(url)) {
      return escape(text);
    }
    return "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer nofollow\">" + escape(text) + "</a>";
  }

  /** Whether {@code url} is an absolute http or https address with no character a browser would strip. */
  static boolean isWebAddress(String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) <= ' ' || url.charAt(i) == 0x7f) {
        return false;
      }
    }
    return true;
  }
}
