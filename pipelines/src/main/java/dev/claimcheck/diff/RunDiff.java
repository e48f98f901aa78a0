package dev.claimcheck.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What changed between two runs' output folders, as {@code changes.jsonl} lines: documents added,
 * removed and edited (by input: an edited document keeps its input and gets a new id), claims
 * added and removed and claims whose status changed (a claim is known by its document's input and
 * its text, so an edit elsewhere in the document leaves it the same claim), sources newly failing,
 * recovered and drifted (by URL), and conflicts new and gone (by subject and relation). Lines come
 * sorted by kind, then input, then text or URL, so the same two folders give the same bytes. Holds
 * the older run's documents, claims (input, text, status), sources and conflicts in memory. Not
 * thread-safe.
 */
public final class RunDiff {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The statuses of a source that is failing. */
  static final Set<String> FAILING = Set.of("DEAD", "SUSPECTED_DEAD", "SOFT_404", "SERVER_ERROR", "TIMEOUT",
      "BLOCKED", "INVALID_URL", "REFUSED");

  /**
   * One change.
   *
   * @param kind what changed ({@code claim-status}, {@code source-failing} …)
   * @param input the document's input, or empty for a source or a conflict
   * @param key what it is about within the input: a claim's text, a URL, a conflict's subject
   * @param row its line of {@code changes.jsonl}
   */
  public record Change(String kind, String input, String key, ObjectNode row) {}

  private RunDiff() {}

  /** Writes the changes from {@code older} to {@code newer} to {@code out}; returns how many of each kind. */
  public static Map<String, Integer> write(Path older, Path newer, Writer out) throws IOException {
    return write(changes(older, newer), out);
  }

  /** Writes {@code changes} as JSON lines; returns how many of each kind. */
  public static Map<String, Integer> write(List<Change> changes, Writer out) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Change c : changes) {
      out.write(JSON.writeValueAsString(c.row()));
      out.write('\n');
      counts.merge(c.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** The changes from the outputs in {@code older} to those in {@code newer}, in their order. */
  public static List<Change> changes(Path older, Path newer) throws IOException {
    List<Change> changes = new ArrayList<>();
    Map<String, String> oldSources = sourcesOfDocuments(older);
    Map<String, String> newSources = sourcesOfDocuments(newer);
    documents(oldSources, newSources, changes);
    claims(older, oldSources, newer, newSources, changes);
    sources(older, newer, changes);
    conflicts(older, newer, changes);
    changes.sort(java.util.Comparator.comparing(Change::kind).thenComparing(Change::input)
        .thenComparing(Change::key));
    return changes;
  }

  /** Document id → input, from {@code documents*.jsonl}. */
  private static Map<String, String> sourcesOfDocuments(Path folder) throws IOException {
    Map<String, String> out = new HashMap<>();
    lines(folder, "documents", d -> out.put(d.path("id").asText(), d.path("source").asText()));
    return out;
  }

  private static void documents(Map<String, String> older, Map<String, String> newer, List<Change> changes) {
    Map<String, String> oldIds = invert(older);
    Map<String, String> newIds = invert(newer);
    for (Map.Entry<String, String> e : newIds.entrySet()) {
      String was = oldIds.get(e.getKey());
      if (was == null) {
        changes.add(change("document-added", e.getKey(), "", row -> row.put("id", e.getValue())));
      } else if (!was.equals(e.getValue())) {
        changes.add(change("document-edited", e.getKey(), "", row -> row.put("oldId", was).put("id", e.getValue())));
      }
    }
    for (Map.Entry<String, String> e : oldIds.entrySet()) {
      if (!newIds.containsKey(e.getKey())) {
        changes.add(change("document-removed", e.getKey(), "", row -> row.put("oldId", e.getValue())));
      }
    }
  }

  /** Input → document id (the last one, when an input gave several: a container's entries are inputs of their own). */
  private static Map<String, String> invert(Map<String, String> idToSource) {
    Map<String, String> out = new TreeMap<>();
    idToSource.forEach((id, source) -> out.merge(source, id, (a, b) -> a.compareTo(b) <= 0 ? b : a));
    return out;
  }

  private record ClaimState(String id, String status) {}

  private static void claims(Path older, Map<String, String> oldSources, Path newer, Map<String, String> newSources,
      List<Change> changes) throws IOException {
    Map<String, ClaimState> before = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    lines(older, "claims", c -> before.put(claimKey(oldSources, c, seen),
        new ClaimState(c.path("id").asText(), c.path("status").asText())));
    seen.clear();
    lines(newer, "claims", c -> {
      String key = claimKey(newSources, c, seen);
      String input = newSources.getOrDefault(c.path("document").asText(), "");
      String text = c.path("text").asText();
      ClaimState was = before.remove(key);
      String status = c.path("status").asText();
      if (was == null) {
        changes.add(change("claim-added", input, text, row -> row.put("id", c.path("id").asText())
            .put("status", status).put("text", text)));
      } else if (!was.status().equals(status)) {
        changes.add(change("claim-status", input, text, row -> row.put("id", c.path("id").asText())
            .put("oldId", was.id()).put("from", was.status()).put("to", status).put("text", text)));
      }
    });
    for (Map.Entry<String, ClaimState> e : before.entrySet()) {
      String[] parts = e.getKey().split("\u0000", 3);
      changes.add(change("claim-removed", parts[0], parts[1], row -> row.put("oldId", e.getValue().id())
          .put("status", e.getValue().status()).put("text", parts[1])));
    }
  }

  /** A claim's key: its document's input, its text, and which of the same texts in that input it is. */
  private static String claimKey(Map<String, String> sources, JsonNode c, Map<String, Integer> seen) {
    String base = sources.getOrDefault(c.path("document").asText(), "") + '\u0000' + c.path("text").asText();
    int n = seen.merge(base, 1, Integer::sum);
    return base + '\u0000' + n;
  }

  private static void sources(Path older, Path newer, List<Change> changes) throws IOException {
    Map<String, JsonNode> before = new HashMap<>();
    lines(older, "sources", s -> before.put(s.path("url").asText(), s));
    lines(newer, "sources", s -> {
      String url = s.path("url").asText();
      JsonNode was = before.get(url);
      String status = s.path("status").asText();
      String wasStatus = was == null ? null : was.path("status").asText();
      boolean failing = FAILING.contains(status);
      if (failing && (wasStatus == null || !FAILING.contains(wasStatus))) {
        changes.add(change("source-failing", "", url, row -> row.put("url", url).put("from", wasStatus)
            .put("to", status)));
      } else if (!failing && wasStatus != null && FAILING.contains(wasStatus)) {
        changes.add(change("source-recovered", "", url, row -> row.put("url", url).put("from", wasStatus)
            .put("to", status)));
      }
      boolean drifted = s.path("drift").path("drifted").asBoolean(false);
      if (drifted && (was == null || !was.path("drift").path("drifted").asBoolean(false))) {
        changes.add(change("source-drifted", "", url, row -> row.put("url", url)
            .put("similarity", s.path("drift").path("similarity").asDouble())));
      }
    });
  }

  private static void conflicts(Path older, Path newer, List<Change> changes) throws IOException {
    Map<String, JsonNode> before = new HashMap<>();
    lines(older, "conflicts", c -> before.put(c.path("subject").asText() + '\u0000' + c.path("relation").asText(), c));
    lines(newer, "conflicts", c -> {
      String key = c.path("subject").asText() + '\u0000' + c.path("relation").asText();
      if (before.remove(key) == null) {
        changes.add(change("conflict-new", "", key, row -> row.put("subject", c.path("subject").asText())
            .put("relation", c.path("relation").asText()).set("values", values(c))));
      }
    });
    for (Map.Entry<String, JsonNode> e : before.entrySet()) {
      JsonNode c = e.getValue();
      changes.add(change("conflict-gone", "", e.getKey(), row -> row.put("subject", c.path("subject").asText())
          .put("relation", c.path("relation").asText()).set("values", values(c))));
    }
  }

  private static JsonNode values(JsonNode conflict) {
    var array = JSON.createArrayNode();
    conflict.path("values").forEach(v -> array.add(v.path("value").asText()));
    return array;
  }

  private static Change change(String kind, String input, String key, Consumer<ObjectNode> fill) {
    ObjectNode row = JSON.createObjectNode();
    row.put("change", kind);
    if (!input.isEmpty()) {
      row.put("input", input);
    }
    fill.accept(row);
    return new Change(kind, input, key, row);
  }

  /** Each JSON line of {@code NAME.jsonl}, or of its shards {@code NAME-*-of-*.jsonl}, in the folder. */
  private static void lines(Path folder, String name, Consumer<JsonNode> each) throws IOException {
    List<Path> files = new ArrayList<>();
    Path single = folder.resolve(name + ".jsonl");
    if (Files.isRegularFile(single)) {
      files.add(single);
    } else {
      try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder, name + "-*-of-*.jsonl")) {
        shards.forEach(files::add);
      }
      files.sort(null);
    }
    for (Path f : files) {
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            each.accept(JSON.readTree(line));
          }
        }
      }
    }
  }
}
