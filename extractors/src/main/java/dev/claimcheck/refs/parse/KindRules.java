package dev.claimcheck.refs.parse;

import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.refs.Organizations;
import java.util.List;

/** The kind of work an entry cites, from its fields and the signs its parse saw, most specific evidence first. */
final class KindRules extends ParseUnit {

  KindRules(EntryParse e) {
    super(e);
  }

  /** The kind the fields point to, most specific evidence first. */
  ReferenceKind kind() {
    if (e.has(Sign.THESIS)) {
      return ReferenceKind.THESIS;
    }
    if (e.has(Sign.CHAPTER) || (b.has("isbn") && b.container() != null)) {
      return b.container() != null ? ReferenceKind.CHAPTER : ReferenceKind.BOOK;
    }
    boolean online = b.url() != null || b.accessDate() != null || e.has(Sign.ARCHIVED);
    // Issued by a body rather than a publisher: a report when nothing marks it as a web page
    // (a report number, a JSTOR research report, a PDF, no URL, or a bare year of issue).
    boolean reportLike = e.has(Sign.REPORT) || "PDF".equals(b.format()) || !online
        || b.identifiers().getOrDefault("jstor", List.of()).stream().anyMatch(id -> id.startsWith("resrep"))
        || (b.date() != null && b.date().length() == 4 && b.accessDate() == null && !e.has(Sign.ARCHIVED));
    boolean institutionalPublisher = b.publisher() != null && Organizations.isOrganization(b.publisher())
        && !Organizations.isNews(b.publisher()) && !Organizations.isBookPublisher(b.publisher());
    boolean byOrganization = b.authors().size() == 1 && b.authors().get(0).organization()
        && !Organizations.isNews(b.authors().get(0).family());
    boolean catalogued = b.has("isbn") || b.has("oclc") || b.has("lccn");
    if (e.has(Sign.JOURNAL) || b.has("issn") || b.has("pmid") || b.has("pmc")
        || (b.has("doi") && b.container() != null)) {
      return ReferenceKind.JOURNAL;
    }
    if (!catalogued && b.container() == null && reportLike && (institutionalPublisher || byOrganization)) {
      return ReferenceKind.REPORT;
    }
    if (catalogued || (e.has(Sign.PLACE_AND_PUBLISHER) && b.container() == null && !e.has(Sign.REPORT))) {
      return ReferenceKind.BOOK;
    }
    if (b.container() != null && Organizations.isNews(b.container()) && !b.container().contains("Blog")) {
      return ReferenceKind.NEWS;
    }
    if (e.has(Sign.REPORT)) {
      return ReferenceKind.REPORT;
    }
    if (online) {
      return ReferenceKind.WEB;
    }
    if (b.has("arxiv")) {
      return ReferenceKind.REPORT;
    }
    return b.publisher() != null ? ReferenceKind.BOOK : ReferenceKind.OTHER;
  }
}
