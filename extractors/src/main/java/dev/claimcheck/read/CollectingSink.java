package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sink that keeps everything reading yields, in order, with the skips counted by reason and the
 * redirects listed: for tests and tools reading a few inputs. Not thread-safe.
 */
public final class CollectingSink implements ReadSink {
  private final List<Outcome<Document>> outcomes = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final List<Map.Entry<String, String>> redirects = new ArrayList<>();

  @Override
  public void accept(Outcome<Document> outcome) {
    outcomes.add(outcome);
  }

  @Override
  public void skipped(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  @Override
  public void redirect(String from, String to) {
    redirects.add(Map.entry(from, to));
  }

  /** The redirects read, (name, the name it stands for), in order. */
  public List<Map.Entry<String, String>> redirects() {
    return List.copyOf(redirects);
  }

  /** Every outcome, in the order read. */
  public List<Outcome<Document>> outcomes() {
    return List.copyOf(outcomes);
  }

  /** The documents read, in order. */
  public List<Document> documents() {
    return outcomes.stream().filter(Outcome::isOk).map(Outcome::value).toList();
  }

  /** Entries skipped on purpose, by reason. */
  public Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }
}
