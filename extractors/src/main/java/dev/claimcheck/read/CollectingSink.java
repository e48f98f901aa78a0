package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sink that keeps everything reading yields, in order, with the skips counted by reason: for
 * tests and tools reading a few inputs. Not thread-safe.
 */
public final class CollectingSink implements ReadSink {
  private final List<Outcome<Document>> outcomes = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();

  @Override
  public void accept(Outcome<Document> outcome) {
    outcomes.add(outcome);
  }

  @Override
  public void skipped(String reason) {
    skipped.merge(reason, 1, Integer::sum);
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
