package dev.claimcheck.read.office;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import dev.claimcheck.refs.Identifiers;
import dev.claimcheck.refs.Languages;
import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.refs.WorkBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * A CSL-JSON item (the data Zotero and Mendeley store in each citation field) as a work:
 * authors (editors when there are none), issued date from its date parts, title, container,
 * publisher and place, volume, issue, pages, edition, URL, accessed date, language and the
 * identifiers (DOI, ISBN, ISSN, PMID, PMCID).
 */
final class CslItems {
  private static final String[][] IDENTIFIERS = {
      {"DOI", "doi"}, {"ISBN", "isbn"}, {"ISSN", "issn"}, {"PMID", "pmid"}, {"PMCID", "pmc"}};

  private CslItems() {}

  static Work work(JsonNode item) {
    WorkBuilder b = new WorkBuilder();
    boolean any = people(item.path("author"), b);
    if (!any) {
      people(item.path("editor"), b);
    }
    b.date(date(item.path("issued")));
    b.title(text(item, "title"));
    b.container(text(item, "container-title"));
    b.publisher(text(item, "publisher"));
    b.place(text(item, "publisher-place"));
    b.volume(text(item, "volume"));
    b.issue(text(item, "issue"));
    b.pages(ItemFields.pages(text(item, "page")));
    b.edition(text(item, "edition"));
    b.url(ItemFields.url(text(item, "URL")));
    b.accessDate(date(item.path("accessed")));
    String language = text(item, "language");
    b.language(language == null ? null
        : Optional.ofNullable(Languages.code(language)).orElse(language.toLowerCase(Locale.ROOT)));
    for (String[] id : IDENTIFIERS) {
      String value = text(item, id[0]);
      if (value != null) {
        // A field may hold several values ("978… 978…"); the first is the item's.
        Identifiers.Checked checked = Identifiers.of(id[1], value.split("[\\s,;]+")[0]);
        if (checked != null) {
          b.identifier(checked);
        }
      }
    }
    b.kind(kind(text(item, "type"), b));
    return b.build();
  }

  private static ReferenceKind kind(String type, WorkBuilder b) {
    if (type == null) {
      return ReferenceKind.OTHER;
    }
    return switch (type) {
      case "article-journal", "article", "review", "review-book" -> ReferenceKind.JOURNAL;
      case "article-newspaper", "article-magazine", "broadcast", "interview" -> ReferenceKind.NEWS;
      case "book", "classic", "standard" -> ReferenceKind.BOOK;
      case "chapter", "entry", "entry-dictionary", "entry-encyclopedia" -> ReferenceKind.CHAPTER;
      case "paper-conference" -> b.container() != null ? ReferenceKind.CHAPTER : ReferenceKind.OTHER;
      case "webpage", "post", "post-weblog", "software", "dataset" -> ReferenceKind.WEB;
      case "report", "legislation", "bill", "regulation", "legal_case" -> ReferenceKind.REPORT;
      case "thesis" -> ReferenceKind.THESIS;
      default -> ReferenceKind.OTHER;
    };
  }

  private static boolean people(JsonNode names, WorkBuilder b) {
    boolean any = false;
    for (JsonNode name : names) {
      String literal = text(name, "literal");
      String family = text(name, "family");
      String particle = text(name, "non-dropping-particle");
      if (family != null) {
        b.addAuthor(Author.person(particle == null ? family : particle + " " + family,
            text(name, "given")));
        any = true;
      } else if (literal != null) {
        b.addAuthor(Author.organization(literal));
        any = true;
      }
    }
    return any;
  }

  /** An ISO prefix from {@code date-parts} ([[2019, 5, 3]]), else the raw or literal date. */
  static String date(JsonNode date) {
    JsonNode parts = date.path("date-parts").path(0);
    if (parts.isArray() && parts.size() > 0 && parts.get(0).asText().matches("-?\\d{1,4}")) {
      StringBuilder iso = new StringBuilder(String.format(Locale.ROOT, "%04d", parts.get(0).asInt()));
      for (int i = 1; i < Math.min(3, parts.size()); i++) {
        int value = parts.get(i).asInt();
        if (value < 1 || value > (i == 1 ? 12 : 31)) {
          break;
        }
        iso.append(String.format(Locale.ROOT, "-%02d", value));
      }
      return iso.toString();
    }
    String raw = text(date, "raw");
    raw = raw != null ? raw : text(date, "literal");
    return raw == null ? null : ReferenceDates.parse(raw);
  }

  /** A field's text, or null when absent or blank; an array gives its first value. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isArray()) {
      value = value.path(0);
    }
    if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? null : text;
  }
}
