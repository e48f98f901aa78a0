package dev.claimcheck.read.wiki;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the wikitext reader met on a page, counted as it rendered it: {@code <ref>} tags,
 * citation templates by name, maintenance tags by kind, short footnotes. Lets a caller check
 * the reader against independent counts of the same page. Not thread-safe.
 */
public final class WikiTally {
  private int refTags;
  private int shortFootnotes;
  private final Map<String, Integer> citations = new TreeMap<>();
  private final Map<String, Integer> maintenance = new TreeMap<>();

  void refTag() {
    refTags++;
  }

  void shortFootnote() {
    shortFootnotes++;
  }

  void citation(String name) {
    citations.merge(name, 1, Integer::sum);
  }

  void maintenance(String kind) {
    maintenance.merge(kind, 1, Integer::sum);
  }

  /** {@code <ref>} tags, opening and self-closing, list-defined ones included. */
  public int refTags() {
    return refTags;
  }

  /** {@code {{sfn}}}-style short footnotes, which cite like a {@code <ref>}. */
  public int shortFootnotes() {
    return shortFootnotes;
  }

  /** Citation templates rendered, by normalized name ({@code cite web}). */
  public Map<String, Integer> citations() {
    return Map.copyOf(citations);
  }

  /** All citation templates rendered. */
  public int citationTotal() {
    return citations.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Maintenance tags by the mark they became ({@code citation needed}, {@code dubious}). */
  public Map<String, Integer> maintenance() {
    return Map.copyOf(maintenance);
  }
}
