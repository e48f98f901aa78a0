package dev.claimcheck.results;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Reference;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How documents use one source (the same DOI, ISBN or normalized URL across documents): by how
 * many documents, how often, under what title and URL. Uses of one source add up in any order
 * to the same record: the title and URL kept are those of the first reference in output order
 * (documents by source and id, then references in order) that has one.
 *
 * @param key the source's key
 * @param documents how many documents cite it
 * @param uses how many times they cite it
 * @param title the first title given, or null
 * @param titleAt where that title stands in output order
 * @param url the first URL given, or null
 * @param urlAt where that URL stands in output order
 */
public record SourceUse(String key, long documents, long uses, String title, String titleAt, String url,
    String urlAt) implements Serializable {

  /** The sources cited by the most documents first, then the most uses, then by key. */
  public static final Comparator<SourceUse> MOST_CITED = Comparator.comparingLong(SourceUse::documents).reversed()
      .thenComparing(Comparator.comparingLong(SourceUse::uses).reversed())
      .thenComparing(SourceUse::key);

  /** The sources one document uses, each once. */
  public static List<SourceUse> of(Analysis analysis) {
    Map<String, SourceUse> byKey = new LinkedHashMap<>();
    String document = analysis.document().source() + '\u0000' + analysis.document().id() + '\u0000';
    List<Reference> references = analysis.references();
    for (int i = 0; i < references.size(); i++) {
      Reference r = references.get(i);
      String key = r.work().sourceKey();
      if (key == null) {
        continue;
      }
      String at = document + String.format(java.util.Locale.ROOT, "%010d", i);
      String title = r.work().title();
      String url = r.work().url();
      SourceUse use = new SourceUse(key, 1, r.uses(), title, title == null ? null : at, url, url == null ? null : at);
      byKey.merge(key, use, (a, b) -> a.plus(b, false));
    }
    return new ArrayList<>(byKey.values());
  }

  /** The uses of this source and of {@code other}, whose documents are others. */
  public SourceUse plus(SourceUse other) {
    return plus(other, true);
  }

  private SourceUse plus(SourceUse other, boolean otherDocuments) {
    if (!key.equals(other.key)) {
      throw new IllegalArgumentException("uses of two sources: " + key + ", " + other.key);
    }
    boolean myTitle = other.titleAt == null || titleAt != null && titleAt.compareTo(other.titleAt) <= 0;
    boolean myUrl = other.urlAt == null || urlAt != null && urlAt.compareTo(other.urlAt) <= 0;
    return new SourceUse(key, otherDocuments ? documents + other.documents : documents, uses + other.uses,
        myTitle ? title : other.title, myTitle ? titleAt : other.titleAt,
        myUrl ? url : other.url, myUrl ? urlAt : other.urlAt);
  }
}
