package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads COinS, the OpenURL ContextObject that Wikipedia's citation module puts beside every
 * rendered citation ({@code <span class="Z3988" title="ctx_ver=Z39.88-2004&rft.atitle=…">}):
 * the template's own title, container, authors, date, volume, issue, pages, publisher, place,
 * edition and identifiers. It does not carry archive copies, access dates, URL status, language
 * or format; those stay with the parse of the citation's text. Thread-safe.
 */
public final class Coins {
  private Coins() {}

  /** The fields of a COinS title attribute, or null when it holds no title. */
  public static Work parse(String contextObject) {
    Map<String, List<String>> kev = new LinkedHashMap<>();
    for (String pair : contextObject.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = decode(pair.substring(0, eq));
      String value = decode(pair.substring(eq + 1)).strip();
      if (!value.isEmpty()) {
        kev.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    WorkBuilder b = new WorkBuilder();
    String genre = first(kev, "rft.genre");
    String article = first(kev, "rft.atitle");
    String book = first(kev, "rft.btitle");
    String journal = first(kev, "rft.jtitle");
    if (article != null) {
      b.title(article);
      b.container(journal != null ? journal : book);
    } else {
      b.title(book != null ? book : first(kev, "rft.title"));
      b.container(journal);
    }
    if (b.title() == null) {
      return null;
    }
    String last = first(kev, "rft.aulast");
    if (last != null) {
      b.addAuthor(Author.person(last, first(kev, "rft.aufirst")));
    }
    for (String au : kev.getOrDefault("rft.au", List.of())) {
      AuthorNames.Parsed parsed = AuthorNames.parse(au);
      List<Author> names = parsed == null ? List.of(Author.organization(au)) : parsed.authors();
      for (Author a : names) {
        if (b.authors().stream().noneMatch(x -> x.family().equals(a.family()))) {
          b.addAuthor(a);
        }
      }
    }
    String date = first(kev, "rft.date");
    b.date(date == null ? null : ReferenceDates.parse(date));
    b.volume(first(kev, "rft.volume"));
    b.issue(first(kev, "rft.issue"));
    String pages = first(kev, "rft.pages");
    String start = first(kev, "rft.spage");
    String end = first(kev, "rft.epage");
    b.pages(pages != null ? pages : WorkBuilder.pageRange(start, end));
    b.publisher(first(kev, "rft.pub"));
    b.place(first(kev, "rft.place"));
    b.edition(first(kev, "rft.edition"));
    for (String scheme : new String[] {"isbn", "issn", "eissn"}) {
      for (String v : kev.getOrDefault("rft." + scheme, List.of())) {
        b.identifier(Identifiers.of(scheme, v));
      }
    }
    for (String id : kev.getOrDefault("rft_id", List.of())) {
      if (id.startsWith("http")) {
        b.url(b.url() == null ? id : b.url());
      } else if (id.startsWith("info:")) {
        int slash = id.indexOf('/');
        String scheme = slash > 5 ? id.substring(5, slash) : "";
        Identifiers.Checked checked = Identifiers.of(scheme.equals("oclcnum") ? "oclc" : scheme,
            id.substring(slash + 1));
        if (checked != null) {
          b.identifier(checked);
        }
      }
    }
    b.kind("bookitem".equals(genre) ? ReferenceKind.CHAPTER
        : "book".equals(genre) && b.has("isbn") ? ReferenceKind.BOOK
        : "article".equals(genre) && journal != null ? ReferenceKind.JOURNAL
        : ReferenceKind.OTHER);
    return b.build();
  }

  private static String first(Map<String, List<String>> kev, String key) {
    List<String> values = kev.get(key);
    return values == null ? null : values.get(0);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
