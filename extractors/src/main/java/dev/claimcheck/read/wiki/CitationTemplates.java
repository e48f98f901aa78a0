package dev.claimcheck.read.wiki;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import dev.claimcheck.refs.AuthorNames;
import dev.claimcheck.refs.Identifiers;
import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.refs.Languages;
import dev.claimcheck.refs.WorkBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Citation templates ({@code {{cite web}}}, {@code {{cite news}}}, {@code {{cite book}}},
 * {@code {{cite journal}}}, {@code {{citation}}}, …) written out the way Wikipedia renders
 * them (the CS1 style), so that the one reference parser reads every source alike: authors,
 * date, title linked to its URL, work, publisher, pages, identifiers, "Archived from the
 * original on …" linked to the archive copy, "Retrieved …". Parameter spellings old and new
 * ({@code accessdate}/{@code access-date}, {@code deadurl}/{@code url-status}) are both read.
 */
final class CitationTemplates {
  private static final Set<String> NOT_CITATIONS = Set.of("cite needed", "citation needed",
      "cite check", "citation style", "citations missing", "citation-needed");
  private static final String[][] IDENTIFIERS = {
      {"isbn", "ISBN"}, {"issn", "ISSN"}, {"oclc", "OCLC"}, {"doi", "doi:"}, {"pmid", "PMID"},
      {"pmc", "PMC"}, {"jstor", "JSTOR"}, {"arxiv", "arXiv:"}, {"bibcode", "Bibcode:"},
      {"lccn", "LCCN"}, {"hdl", "hdl:"}, {"s2cid", "S2CID"}};

  private CitationTemplates() {}

  /** Whether a template of this (normalized) name is a citation. */
  static boolean isCitation(String name) {
    if (NOT_CITATIONS.contains(name)) {
      return false;
    }
    return name.equals("citation") || name.equals("cite") || name.startsWith("cite ")
        || name.startsWith("vcite ") || name.equals("vancite");
  }

  /**
   * Writes the citation to {@code out}: the title and the archive note are links, so that the
   * reference keeps its URLs. {@code plain} turns a parameter's wikitext into plain text.
   */
  static void render(WikiSyntax.Template t, UnaryOperator<String> plain, WikiSink out) {
    List<String> parts = new ArrayList<>();
    String authors = authors(t, plain);
    String date = value(t, plain, "date", "year");
    if (date != null && t.get("date") == null && t.get("month") != null) {
      date = plain.apply(t.get("month")) + " " + date;
    }
    if (authors != null) {
      out.text(date != null ? authors + " (" + date + "). " : authors + ". ");
    }
    String chapter = value(t, plain, "chapter", "contribution", "entry", "section");
    String title = value(t, plain, "title");
    String work = value(t, plain, "work", "website", "newspaper", "journal", "magazine",
        "periodical", "encyclopedia", "encyclopaedia", "publication", "series");
    String url = t.get("url", "chapter-url", "chapterurl");
    boolean quoted = chapter == null && (work != null || !t.name().contains("book"));
    if (chapter != null) {
      out.text("\"" + chapter + "\". In ");
    }
    if (title != null) {
      int start = out.position();
      out.text(quoted ? "\"" + title + "\"" : title);
      if (url != null && (url.startsWith("http") || url.startsWith("//"))) {
        out.link(start, url.startsWith("//") ? "https:" + url : url);
      }
      String format = value(t, plain, "format");
      String language = value(t, plain, "language", "lang");
      String edition = value(t, plain, "edition");
      out.text((format != null ? " (" + format + ")" : "") + (language != null ? " (in " + language + ")" : "")
          + (edition != null ? " (" + edition + " ed.)" : "") + ". ");
    }
    if (work != null) {
      parts.add(work);
    }
    String volume = value(t, plain, "volume");
    String issue = value(t, plain, "issue", "number");
    if (volume != null) {
      parts.add(issue != null ? volume + " (" + issue + ")" : volume);
    }
    String place = value(t, plain, "location", "place");
    String publisher = value(t, plain, "publisher", "agency");
    if (publisher != null) {
      parts.add(place != null ? place + ": " + publisher : publisher);
    }
    if (authors == null && date != null) {
      parts.add(date);
    }
    String pages = value(t, plain, "pages", "page", "at");
    if (pages != null) {
      parts.add((t.get("pages") != null ? "pp. " : t.get("page") != null ? "p. " : "") + pages);
    }
    for (String[] id : IDENTIFIERS) {
      String v = value(t, plain, id[0]);
      if (v != null) {
        parts.add(id[1].endsWith(":") ? id[1] + v : id[1] + " " + v);
      }
    }
    for (String part : parts) {
      out.text(part + ". ");
    }
    String archive = t.get("archive-url", "archiveurl");
    if (archive != null) {
      String archiveDate = value(t, plain, "archive-date", "archivedate");
      int start = out.position();
      out.text(dead(t) ? "Archived from the original" : "Archived");
      out.link(start, archive);
      out.text(archiveDate != null ? " on " + archiveDate + ". " : ". ");
    }
    String accessed = value(t, plain, "access-date", "accessdate");
    if (accessed != null) {
      out.text("Retrieved " + accessed + ". ");
    }
    if (title == null && url != null && url.startsWith("http")) {
      int start = out.position();
      out.text(url);
      out.link(start, url);
    }
  }

  /**
   * The work a citation template describes, read from its parameters alone: the ground truth
   * its rendering is measured against. Editors stand in for authors only when there are none,
   * as CS1 writes them.
   */
  static Work work(WikiSyntax.Template t, UnaryOperator<String> plain) {
    WorkBuilder b = new WorkBuilder();
    for (String[] a : authorParameters(t, plain)) {
      if (a.length == 2) {
        b.addAuthor(Author.person(a[0], a[1]));
      } else {
        names(a[0], b);
      }
    }
    String date = value(t, plain, "date", "year");
    if (date != null && t.get("date") == null && t.get("month") != null) {
      date = plain.apply(t.get("month")) + " " + date;
    }
    b.date(date == null ? null : ReferenceDates.parse(date));
    String chapter = value(t, plain, "chapter", "contribution", "entry", "section");
    String title = value(t, plain, "title");
    String work = value(t, plain, "work", "website", "newspaper", "journal", "magazine",
        "periodical", "encyclopedia", "encyclopaedia", "publication", "series");
    if (chapter != null) {
      b.title(chapter);
      b.container(title);
    } else {
      b.title(title);
      b.container(work);
    }
    b.publisher(value(t, plain, "publisher", "agency"));
    b.place(value(t, plain, "location", "place"));
    b.volume(value(t, plain, "volume"));
    b.issue(value(t, plain, "issue", "number"));
    b.pages(value(t, plain, "pages", "page", "at"));
    b.edition(value(t, plain, "edition"));
    String url = t.get("url", "chapter-url", "chapterurl");
    b.url(url != null && url.startsWith("http") ? url : null);
    b.archiveUrl(t.get("archive-url", "archiveurl"));
    String archiveDate = value(t, plain, "archive-date", "archivedate");
    b.archiveDate(archiveDate == null ? null : ReferenceDates.parse(archiveDate));
    String accessed = value(t, plain, "access-date", "accessdate");
    b.accessDate(accessed == null ? null : ReferenceDates.parse(accessed));
    String status = t.get("url-status", "urlstatus");
    b.urlStatus(b.archiveUrl() != null ? (dead(t) ? "dead" : "live")
        : status == null ? null : status.toLowerCase(Locale.ROOT));
    String language = value(t, plain, "language", "lang");
    b.language(language == null ? null
        : Optional.ofNullable(Languages.code(language)).orElse(language));
    String format = value(t, plain, "format");
    b.format(format == null ? null : format.toUpperCase(Locale.ROOT));
    for (String[] id : IDENTIFIERS) {
      String v = value(t, plain, id[0]);
      Identifiers.Checked checked = v == null ? null : Identifiers.of(id[0], v);
      if (checked != null) {
        b.identifier(checked);
      }
    }
    String name = t.name();
    b.kind(name.contains("book") ? (chapter != null ? ReferenceKind.CHAPTER : ReferenceKind.BOOK)
        : name.contains("journal") || name.contains("arxiv") ? ReferenceKind.JOURNAL
        : name.contains("news") || name.contains("magazine") || name.contains("press release")
            ? ReferenceKind.NEWS
        : name.contains("report") ? ReferenceKind.REPORT
        : name.contains("thesis") ? ReferenceKind.THESIS
        : name.contains("web") ? ReferenceKind.WEB
        : t.get("journal") != null ? ReferenceKind.JOURNAL
        : chapter != null ? ReferenceKind.CHAPTER
        : t.get("isbn") != null ? ReferenceKind.BOOK
        : url != null ? ReferenceKind.WEB : ReferenceKind.OTHER);
    return b.build();
  }

  /** Authors written in one parameter, read as a reference list would write them. */
  private static void names(String written, WorkBuilder b) {
    AuthorNames.Parsed parsed = AuthorNames.parse(written);
    if (parsed == null) {
      b.addAuthor(Author.organization(written));
    } else {
      b.addAuthors(parsed.authors());
      b.etAl(b.etAl() | parsed.etAl());
    }
  }

  /** Whether the template says its URL is dead (or gives no status, the CS1 default). */
  private static boolean dead(WikiSyntax.Template t) {
    String status = t.get("url-status", "urlstatus");
    if (status != null) {
      return !status.equalsIgnoreCase("live");
    }
    String deadUrl = t.get("dead-url", "deadurl");
    return deadUrl == null || !deadUrl.equalsIgnoreCase("no");
  }

  /**
   * The author parameters of a template in order, as plain text: each numbered author as
   * {@code [last, first]} ({@code first} may be null) or {@code [whole]} ({@code author=}),
   * then the lists given in {@code authors=} or {@code coauthors=} as {@code [list]}.
   */
  private static List<String[]> authorParameters(WikiSyntax.Template t, UnaryOperator<String> plain) {
    List<String[]> out = new ArrayList<>();
    for (int n = 0; n <= 9; n++) {
      String suffix = n == 0 ? "" : String.valueOf(n);
      String last = value(t, plain, "last" + suffix, "surname" + suffix, "author" + suffix + "-last",
          "last-" + suffix);
      String first = value(t, plain, "first" + suffix, "given" + suffix, "author" + suffix + "-first",
          "first-" + suffix);
      String whole = value(t, plain, "author" + suffix);
      if (last != null) {
        out.add(new String[] {last, first});
      } else if (whole != null) {
        out.add(new String[] {whole});
      } else if (n > 1) {
        break;
      }
    }
    for (String list : new String[] {value(t, plain, "authors", "vauthors", "people"),
        value(t, plain, "coauthors", "coauthor")}) {
      if (list != null) {
        out.add(new String[] {list});
      }
    }
    return out;
  }

  /** The authors as CS1 writes them: {@code Last, First; Last, First}, other forms as given. */
  private static String authors(WikiSyntax.Template t, UnaryOperator<String> plain) {
    List<String> names = new ArrayList<>();
    for (String[] a : authorParameters(t, plain)) {
      names.add(a.length == 2 && a[1] != null ? a[0] + ", " + a[1] : a[0]);
    }
    return names.isEmpty() ? null : String.join("; ", names);
  }


  private static String value(WikiSyntax.Template t, UnaryOperator<String> plain, String... keys) {
    String raw = t.get(keys);
    if (raw == null) {
      return null;
    }
    String text = plain.apply(raw).strip();
    return text.isEmpty() ? null : text;
  }
}
