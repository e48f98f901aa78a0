package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.GivenFields;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A work's fields while they are gathered, by the reference parser or from a citation
 * template's parameters; {@link #build()} adds the identifiers' problems and the source key.
 * Not thread-safe: one per reference.
 */
public final class WorkBuilder {
  private ReferenceKind kind;
  private final List<Author> authors = new ArrayList<>();
  private boolean etAl;
  private String date;
  private String title;
  private String container;
  private String publisher;
  private String place;
  private String volume;
  private String issue;
  private String pages;
  private String edition;
  private String url;
  private String archiveUrl;
  private String archiveDate;
  private String accessDate;
  private String urlStatus;
  private String language;
  private String format;
  private final Map<String, List<String>> identifiers = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  public ReferenceKind kind() {
    return kind;
  }

  public void kind(ReferenceKind value) {
    this.kind = value;
  }

  public boolean etAl() {
    return etAl;
  }

  public void etAl(boolean value) {
    this.etAl = value;
  }

  public String date() {
    return date;
  }

  public void date(String value) {
    this.date = value;
  }

  public String title() {
    return title;
  }

  public void title(String value) {
    this.title = value;
  }

  public String container() {
    return container;
  }

  public void container(String value) {
    this.container = value;
  }

  public String publisher() {
    return publisher;
  }

  public void publisher(String value) {
    this.publisher = value;
  }

  public String place() {
    return place;
  }

  public void place(String value) {
    this.place = value;
  }

  public String volume() {
    return volume;
  }

  public void volume(String value) {
    this.volume = value;
  }

  public String issue() {
    return issue;
  }

  public void issue(String value) {
    this.issue = value;
  }

  public String pages() {
    return pages;
  }

  public void pages(String value) {
    this.pages = value;
  }

  public String edition() {
    return edition;
  }

  public void edition(String value) {
    this.edition = value;
  }

  public String url() {
    return url;
  }

  public void url(String value) {
    this.url = value;
  }

  public String archiveUrl() {
    return archiveUrl;
  }

  public void archiveUrl(String value) {
    this.archiveUrl = value;
  }

  public String archiveDate() {
    return archiveDate;
  }

  public void archiveDate(String value) {
    this.archiveDate = value;
  }

  public String accessDate() {
    return accessDate;
  }

  public void accessDate(String value) {
    this.accessDate = value;
  }

  public String urlStatus() {
    return urlStatus;
  }

  public void urlStatus(String value) {
    this.urlStatus = value;
  }

  public String language() {
    return language;
  }

  public void language(String value) {
    this.language = value;
  }

  public String format() {
    return format;
  }

  public void format(String value) {
    this.format = value;
  }

  /** The authors so far, in order (a read-only view). */
  public List<Author> authors() {
    return Collections.unmodifiableList(authors);
  }

  public void addAuthor(Author author) {
    authors.add(author);
  }

  public void addAuthors(List<Author> more) {
    authors.addAll(more);
  }

  /** The identifiers so far by scheme (a read-only view). */
  public Map<String, List<String>> identifiers() {
    return Collections.unmodifiableMap(identifiers);
  }

  /** Notes a problem of the entry (a truncation, an identifier that failed its check). */
  public void problem(String problem) {
    problems.add(problem);
  }

  /** Adds an identifier; one that failed its check is kept and its problem noted. */
  public void identifier(Identifiers.Checked id) {
    List<String> values = identifiers.computeIfAbsent(id.scheme(), k -> new ArrayList<>());
    if (!values.contains(id.value())) {
      values.add(id.value());
      if (!id.valid()) {
        problems.add(id.problem());
      }
    }
  }

  /** A page range from its first and last page ({@code fpage}/{@code lpage}, {@code spage}/{@code epage}). */
  public static String pageRange(String first, String last) {
    return first == null ? null : last == null ? first : first + "–" + last;
  }

  /** Whether an identifier of {@code scheme} was found. */
  public boolean has(String scheme) {
    return identifiers.containsKey(scheme);
  }

  /**
   * A work's fields as its source gave them (a citation template, COinS) with what only the
   * citation's text says added from its parse: URL, archive copy and date, access date, URL
   * status, language, format, and identifiers the source left out; from partial fields (COinS)
   * every field the source left empty is taken from the parse. The kind is the source's unless
   * it had none (or said journal where the text reads as news).
   */
  public static Work merge(GivenFields source, Work parsed) {
    Work given = source.complete() ? source.work() : fill(source.work(), parsed);
    WorkBuilder b = new WorkBuilder();
    b.kind = given.kind() == ReferenceKind.OTHER
        || (given.kind() == ReferenceKind.JOURNAL && parsed.kind() == ReferenceKind.NEWS)
        ? parsed.kind() : given.kind();
    b.authors.addAll(given.authors());
    b.etAl = given.etAl();
    b.date = given.date();
    b.title = given.title();
    b.container = given.container();
    b.publisher = given.publisher();
    b.place = given.place();
    b.volume = given.volume();
    b.issue = given.issue();
    b.pages = given.pages();
    b.edition = given.edition();
    b.url = given.url() != null ? given.url() : parsed.url();
    b.archiveUrl = given.archiveUrl() != null ? given.archiveUrl() : parsed.archiveUrl();
    b.archiveDate = given.archiveDate() != null ? given.archiveDate() : parsed.archiveDate();
    b.accessDate = given.accessDate() != null ? given.accessDate() : parsed.accessDate();
    b.urlStatus = given.urlStatus() != null ? given.urlStatus() : parsed.urlStatus();
    b.language = given.language() != null ? given.language() : parsed.language();
    b.format = given.format() != null ? given.format() : parsed.format();
    for (Work w : List.of(given, parsed)) {
      w.identifiers().forEach((scheme, values) -> values.forEach(
          v -> b.identifiers.computeIfAbsent(scheme, k -> new ArrayList<>()).add(v)));
      b.problems.addAll(w.problems());
    }
    b.identifiers.replaceAll((scheme, values) -> List.copyOf(new LinkedHashSet<>(values)));
    List<String> problems = List.copyOf(new LinkedHashSet<>(b.problems));
    b.problems.clear();
    b.problems.addAll(problems);
    return b.build();
  }

  /** {@code given} with each empty bibliographic field taken from {@code parsed}. */
  private static Work fill(Work given, Work parsed) {
    return new Work(given.kind(), given.authors().isEmpty() ? parsed.authors() : given.authors(),
        given.etAl() || parsed.etAl(), or(given.date(), parsed.date()), or(given.title(), parsed.title()),
        or(given.container(), parsed.container()), or(given.publisher(), parsed.publisher()),
        or(given.place(), parsed.place()), or(given.volume(), parsed.volume()),
        or(given.issue(), parsed.issue()), or(given.pages(), parsed.pages()),
        or(given.edition(), parsed.edition()), given.url(), given.archiveUrl(), given.archiveDate(),
        given.accessDate(), given.urlStatus(), given.language(), given.format(), given.identifiers(),
        given.problems(), given.sourceKey());
  }

  private static String or(String first, String second) {
    return first != null ? first : second;
  }

  /** The work; {@code kind} must have been set. */
  public Work build() {
    return new Work(kind == null ? ReferenceKind.OTHER : kind, authors, etAl, date, title,
        container, publisher, place, volume, issue, pages, edition, url, archiveUrl,
        archiveDate, accessDate, urlStatus, language, format, identifiers, problems,
        SourceKeys.of(identifiers, url, archiveUrl));
  }
}
