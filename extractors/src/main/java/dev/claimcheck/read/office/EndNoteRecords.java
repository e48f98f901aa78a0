package dev.claimcheck.read.office;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import dev.claimcheck.refs.Identifiers;
import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.refs.WorkBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The records EndNote writes into its citation fields ({@code ADDIN EN.CITE <EndNote><Cite>…
 * <record>…</record></Cite></EndNote>}): one per cited item, keyed by its record number.
 */
final class EndNoteRecords {
  private EndNoteRecords() {}

  /**
   * One field's cited items and the citation EndNote shows for them.
   *
   * @param items the items by key, in order
   * @param shown the first citation's display text, or null
   */
  record Cites(Map<String, Work> items, String shown) {}

  /** The cited items of one field's code. */
  static Cites read(String instruction) {
    Map<String, Work> items = new LinkedHashMap<>();
    int start = instruction.indexOf("<EndNote");
    int end = instruction.lastIndexOf("</EndNote>");
    if (start < 0 || end < start) {
      return new Cites(items, null);
    }
    XmlTree root = XmlTree.parse(instruction.substring(start, end + "</EndNote>".length())).orElse(null);
    if (root == null) {
      return new Cites(items, null);
    }
    for (XmlTree cite : root.all("Cite")) {
      XmlTree record = cite.child("record").orElse(null);
      String number = cite.text("RecNum");
      number = number != null ? number : record == null ? null : record.text("rec-number");
      if (record != null && number != null) {
        items.putIfAbsent("endnote:" + number, work(record));
      }
    }
    return new Cites(items, root.text("Cite", "DisplayText"));
  }

  static Work work(XmlTree record) {
    WorkBuilder b = new WorkBuilder();
    record.child("contributors", "authors").ifPresent(authors -> authors.all("author")
        .forEach(a -> author(a.text(), b)));
    b.date(date(record));
    b.title(record.text("titles", "title"));
    String container = record.text("titles", "secondary-title");
    b.container(container != null ? container : record.text("periodical", "full-title"));
    b.publisher(record.text("publisher"));
    b.place(record.text("pub-location"));
    b.volume(record.text("volume"));
    b.issue(record.text("number"));
    b.pages(ItemFields.pages(record.text("pages")));
    b.edition(record.text("edition"));
    b.url(ItemFields.url(record.text("urls", "related-urls", "url")));
    String doi = record.text("electronic-resource-num");
    Identifiers.Checked checked = doi == null ? null : Identifiers.doi(doi);
    if (checked != null && checked.valid()) {
      b.identifier(checked);
    }
    String isbn = record.text("isbn");
    Identifiers.Checked number = isbn == null ? null : Identifiers.of("isbn", isbn.split("[\\s;]+")[0]);
    if (number != null && number.valid()) {
      b.identifier(number);
    }
    String type = record.child("ref-type").map(t -> t.ownText().toString().strip()).orElse("");
    b.kind(kind(type));
    return b.build();
  }

  /** EndNote writes "Family, Given"; a corporate author ends in a comma. */
  private static void author(String name, WorkBuilder b) {
    if (name == null) {
      return;
    }
    int comma = name.indexOf(',');
    if (comma < 0 || comma == name.length() - 1) {
      b.addAuthor(Author.organization(name.replaceFirst(",$", "").strip()));
    } else {
      b.addAuthor(Author.person(name.substring(0, comma).strip(), name.substring(comma + 1).strip()));
    }
  }

  private static String date(XmlTree record) {
    String year = record.text("dates", "year");
    String pubDate = record.text("dates", "pub-dates", "date");
    String parsed = pubDate == null ? null : ReferenceDates.parse(pubDate + (year == null ? "" : " " + year));
    if (parsed != null && year != null && parsed.startsWith(year)) {
      return parsed;
    }
    return year == null ? null : ReferenceDates.parse(year);
  }

  /** The kind from EndNote's reference type number. */
  private static ReferenceKind kind(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "17", "journal article" -> ReferenceKind.JOURNAL;
      case "6", "book" -> ReferenceKind.BOOK;
      case "5", "book section" -> ReferenceKind.CHAPTER;
      case "23", "newspaper article", "19", "magazine article" -> ReferenceKind.NEWS;
      case "12", "web page" -> ReferenceKind.WEB;
      case "27", "report" -> ReferenceKind.REPORT;
      case "32", "thesis" -> ReferenceKind.THESIS;
      default -> ReferenceKind.OTHER;
    };
  }
}
