package dev.claimcheck.refs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The key a source has in every document that cites it: its DOI, else its ISBN, else its URL
 * normalized (scheme and host lower-case, {@code www.}, default port, fragment, tracking
 * parameters and a trailing slash dropped, the other parameters sorted), so that one source
 * cited by many articles is checked once and counted together. Thread-safe.
 */
public final class SourceKeys {
  private SourceKeys() {}

  /** The key for a work's identifiers and URLs, or null when it has none of them. */
  public static String of(Map<String, List<String>> identifiers, String url, String archiveUrl) {
    List<String> doi = identifiers.get("doi");
    if (doi != null && !doi.isEmpty()) {
      return "doi:" + doi.get(0);
    }
    List<String> isbn = identifiers.get("isbn");
    if (isbn != null && !isbn.isEmpty()) {
      return "isbn:" + isbn.get(0);
    }
    String u = url != null ? url : archiveUrl;
    return u == null ? null : "url:" + normalizeUrl(u);
  }

  /** {@code url} normalized for comparison; unparsable URLs are only trimmed and lower-cased. */
  public static String normalizeUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (host == null) {
        return url.strip().toLowerCase(Locale.ROOT);
      }
      host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      int port = uri.getPort();
      boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http"))
          || (port == 443 && scheme.equals("https"));
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      path = path.replaceFirst("/+$", "");
      StringBuilder out = new StringBuilder(host);
      if (!defaultPort) {
        out.append(':').append(port);
      }
      out.append(path);
      String query = uri.getRawQuery();
      if (query != null) {
        TreeSet<String> kept = new TreeSet<>();
        for (String param : query.split("&")) {
          String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (!param.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid")
              && !name.equals("gclid")) {
            kept.add(param);
          }
        }
        if (!kept.isEmpty()) {
          out.append('?').append(String.join("&", kept));
        }
      }
      return out.toString();
    } catch (URISyntaxException e) {
      return url.strip().toLowerCase(Locale.ROOT);
    }
  }
}
