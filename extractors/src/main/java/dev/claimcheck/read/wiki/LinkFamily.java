package dev.claimcheck.read.wiki;

import java.util.Set;

/** Link templates ({@code {{URL|…}}}, {@code {{official website}}}): an external link with its label. */
final class LinkFamily extends NamedFamily {
  LinkFamily() {
    super(Set.of("url", "official website", "official", "official site"));
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return t.name().equals("url") ? url(t) : official(t);
  }

  private static String url(WikiSyntax.Template t) {
    String url = t.at(0);
    if (url == null) {
      return null;
    }
    String full = url.matches("(?i)https?://.*") ? url : "http://" + url;
    return "[" + full + " " + (t.at(1) != null ? t.at(1) : url) + "]";
  }

  private static String official(WikiSyntax.Template t) {
    String url = t.get("url");
    if (url == null) {
      url = t.at(0);
    }
    return url == null ? null : "[" + url + " " + (t.get("name") != null ? t.get("name") : "Official website") + "]";
  }
}
