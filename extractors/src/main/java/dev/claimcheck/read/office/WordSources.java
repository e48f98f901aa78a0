package dev.claimcheck.read.office;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import dev.claimcheck.refs.Identifiers;
import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.refs.WorkBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sources of Word's own citation tool: a {@code b:Sources} part under {@code customXml/}
 * lists each source by its tag ({@code Smi19}), which the document's {@code CITATION} fields
 * name.
 */
final class WordSources {
  private WordSources() {}

  /** Whether the part name may hold sources. */
  static boolean isPart(String name) {
    return name.startsWith("customXml/item") && name.endsWith(".xml") && !name.contains("Props");
  }

  /** Sources by tag from every sources part. */
  static Map<String, Work> read(Map<String, byte[]> parts) {
    Map<String, Work> sources = new LinkedHashMap<>();
    parts.forEach((name, bytes) -> {
      if (isPart(name)) {
        XmlTree.parse(bytes).filter(root -> root.name().equals("Sources"))
            .ifPresent(root -> root.all("Source").forEach(source -> {
              String tag = source.text("Tag");
              if (tag != null) {
                sources.putIfAbsent(tag, work(source));
              }
            }));
      }
    });
    return sources;
  }

  static Work work(XmlTree source) {
    WorkBuilder b = new WorkBuilder();
    boolean authors = people(source, "Author", b);
    if (!authors) {
      people(source, "Editor", b);
    }
    String year = source.text("Year");
    String month = source.text("Month");
    String day = source.text("Day");
    String written = year == null ? null
        : month == null ? year : day == null ? month + " " + year : day + " " + month + " " + year;
    b.date(written == null ? null : ReferenceDates.parse(written));
    String type = source.text("SourceType");
    String title = source.text("Title");
    String bookTitle = source.text("BookTitle");
    b.title(title);
    b.container(firstOf(source.text("JournalName"), source.text("PeriodicalTitle"), bookTitle,
        source.text("ConferenceName"), source.text("InternetSiteTitle")));
    b.publisher(source.text("Publisher"));
    b.place(source.text("City"));
    b.volume(source.text("Volume"));
    b.issue(source.text("Issue"));
    b.pages(ItemFields.pages(source.text("Pages")));
    b.edition(source.text("Edition"));
    b.url(ItemFields.url(source.text("URL")));
    for (String scheme : new String[] {"DOI", "StandardNumber"}) {
      String value = source.text(scheme);
      Identifiers.Checked checked = value == null ? null
          : scheme.equals("DOI") ? Identifiers.doi(value) : Identifiers.isbn(value);
      if (checked != null && checked.valid()) {
        b.identifier(checked);
      }
    }
    b.kind(type == null ? ReferenceKind.OTHER : switch (type) {
      case "JournalArticle", "ArticleInAPeriodical" -> ReferenceKind.JOURNAL;
      case "Book" -> ReferenceKind.BOOK;
      case "BookSection", "ConferenceProceedings" -> ReferenceKind.CHAPTER;
      case "InternetSite", "DocumentFromInternetSite" -> ReferenceKind.WEB;
      case "Report" -> ReferenceKind.REPORT;
      default -> ReferenceKind.OTHER;
    });
    return b.build();
  }

  /** The people of a role ({@code b:Author/b:Author}, {@code b:Author/b:Editor}). */
  private static boolean people(XmlTree source, String role, WorkBuilder b) {
    XmlTree names = source.child("Author", role).orElse(null);
    if (names == null) {
      return false;
    }
    String corporate = names.text("Corporate");
    if (corporate != null) {
      b.addAuthor(Author.organization(corporate));
      return true;
    }
    boolean any = false;
    for (XmlTree person : names.child("NameList").map(l -> l.all("Person")).orElse(java.util.List.of())) {
      String last = person.text("Last");
      if (last != null) {
        String first = person.text("First");
        String middle = person.text("Middle");
        b.addAuthor(Author.person(last, first == null ? middle : middle == null ? first : first + " " + middle));
        any = true;
      }
    }
    return any;
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
