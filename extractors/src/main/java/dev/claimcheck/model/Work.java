package dev.claimcheck.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bibliographic fields of a cited work, as a reference gives them.
 *
 * <p>Dates are ISO 8601 prefixes with the precision the source gives ({@code 2022},
 * {@code 2020-06}, {@code 2020-06-01}). Identifiers are normalized (ISBNs as 13 digits, DOIs
 * lower-case without resolver); one that fails validation is kept and described in
 * {@link #problems()}. Absent fields are null.
 *
 * @param kind book, chapter, journal, news, web, report, thesis or other
 * @param authors the authors in order
 * @param etAl whether the list of authors is cut short ("et al.")
 * @param date publication date
 * @param title title of the work (the chapter or article for parts of larger works)
 * @param container the larger work: book, journal, website, newspaper
 * @param publisher publisher or issuing body
 * @param place place of publication
 * @param volume volume
 * @param issue issue or number
 * @param pages page or page range ({@code 24–39})
 * @param edition edition ({@code 2nd})
 * @param url the work's URL
 * @param archiveUrl URL of an archived copy
 * @param archiveDate date of the archived copy
 * @param accessDate date the citing author retrieved the work
 * @param urlStatus the citation's own word on its URL: {@code live}, {@code dead},
 *     {@code usurped}, {@code unfit}
 * @param language the work's language, as an ISO 639-1 code where one is known
 * @param format a file format the entry names, such as {@code PDF}
 * @param identifiers scheme ({@code isbn}, {@code doi}, {@code pmid}, ...) to normalized
 *     values, sorted by scheme
 * @param problems problems found while parsing (a bad check digit), for users to fix
 * @param sourceKey the key the same source has in every document: {@code doi:…},
 *     {@code isbn:…}, or {@code url:…} for its normalized URL; null when the entry gives none
 */
public record Work(
    ReferenceKind kind,
    List<Author> authors,
    boolean etAl,
    String date,
    String title,
    String container,
    String publisher,
    String place,
    String volume,
    String issue,
    String pages,
    String edition,
    String url,
    String archiveUrl,
    String archiveDate,
    String accessDate,
    String urlStatus,
    String language,
    String format,
    Map<String, List<String>> identifiers,
    List<String> problems,
    String sourceKey) implements Serializable {

  public Work {
    if (kind == null) {
      throw new IllegalArgumentException("a work needs a kind");
    }
    authors = List.copyOf(authors);
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    identifiers.forEach((scheme, values) -> sorted.put(scheme, List.copyOf(values)));
    identifiers = Collections.unmodifiableSortedMap(sorted);
    problems = List.copyOf(problems);
  }

  /** The year of publication, or null. */
  public String year() {
    return date == null || date.length() < 4 ? null : date.substring(0, 4);
  }

  /** The first author's family name, or null. */
  public String firstFamily() {
    return authors.isEmpty() ? null : authors.get(0).family();
  }
}
