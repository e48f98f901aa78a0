package dev.claimcheck.read.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Harvard citations in the text ({@code {{harvnb|Smith|2019|p=5}}}): {@code Smith 2019, p. 5},
 * in brackets for {@code {{harv}}} and {@code {{harvp}}}.
 */
final class HarvardFamily extends NamedFamily {
  private static final Set<String> NAMES = Set.of("harvnb", "harvcolnb", "harvtxt", "harv",
      "harvp", "harvard citation no brackets", "harvard citation", "harvcol", "harvcoltxt",
      "harvard citation text", "harvs");

  HarvardFamily() {
    super(NAMES);
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    String cite = shortCitation(t, call);
    String name = t.name();
    return cite == null ? null : name.equals("harv") || name.equals("harvp") ? "(" + cite + ")" : cite;
  }

  /** A Harvard-style short citation: authors, year and pages ({@code Smith 2019, p. 5}), or null. */
  static String shortCitation(WikiSyntax.Template t, TemplateCall call) {
    List<String> authors = new ArrayList<>();
    String year = null;
    for (int p = 0; p < t.positional().size(); p++) {
      String v = t.at(p);
      if (v == null) {
        continue;
      }
      if (v.matches("\\d{3,4}[a-z]?|n\\.d\\.|nd|c\\. ?\\d{3,4}")) {
        year = v;
        break;
      }
      authors.add(call.plain(v));
    }
    if (authors.isEmpty() && year == null) {
      return null;
    }
    StringBuilder cite = new StringBuilder(String.join(" & ", authors));
    if (year != null) {
      cite.append(cite.length() > 0 ? " " : "").append(year);
    }
    String pages = t.get("pp", "pages");
    String page = t.get("p", "page");
    String at = t.get("loc", "at");
    if (pages != null) {
      cite.append(", pp. ").append(call.plain(pages));
    } else if (page != null) {
      cite.append(", p. ").append(call.plain(page));
    } else if (at != null) {
      cite.append(", ").append(call.plain(at));
    }
    return cite.toString();
  }
}
