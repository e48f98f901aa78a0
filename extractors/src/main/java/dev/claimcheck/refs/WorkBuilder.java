package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A work's fields while they are gathered, by the reference parser or from a citation
 * template's parameters; {@link #build()} adds the identifiers' problems and the source key.
 * Not thread-safe: one per reference.
 */
public final class WorkBuilder {
  public ReferenceKind kind;
  public final List<Author> authors = new ArrayList<>();
  public boolean etAl;
  public String date;
  public String title;
  public String container;
  public String publisher;
  public String place;
  public String volume;
  public String issue;
  public String pages;
  public String edition;
  public String url;
  public String archiveUrl;
  public String archiveDate;
  public String accessDate;
  public String urlStatus;
  public String language;
  public String format;
  final Map<String, List<String>> identifiers = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();

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

  /** Whether an identifier of {@code scheme} was found. */
  public boolean has(String scheme) {
    return identifiers.containsKey(scheme);
  }

  /** The work; {@code kind} must have been set. */
  public Work build() {
    return new Work(kind == null ? ReferenceKind.OTHER : kind, authors, etAl, date, title,
        container, publisher, place, volume, issue, pages, edition, url, archiveUrl,
        archiveDate, accessDate, urlStatus, language, format, identifiers, problems,
        SourceKeys.of(identifiers, url, archiveUrl));
  }
}
