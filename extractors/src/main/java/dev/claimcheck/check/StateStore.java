package dev.claimcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.model.SourceStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state folder kept between runs: {@code sources-state.jsonl}, one line per URL with every
 * check made of it. Written whole to a temporary file, forced to disk and moved over the old
 * one in one step, so a run that dies mid-write leaves the previous state intact.
 */
public final class StateStore {
  static final String FILE = "sources-state.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path folder;

  public StateStore(Path folder) {
    this.folder = folder;
  }

  /** Every URL's history, sorted by URL; empty for a new folder. */
  public Map<String, UrlHistory> load() throws IOException {
    Map<String, UrlHistory> out = new TreeMap<>();
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = JSON.readTree(line);
      List<UrlHistory.Check> checks = new ArrayList<>();
      for (JsonNode c : row.get("checks")) {
        checks.add(new UrlHistory.Check(Instant.parse(c.get("time").asText()),
            SourceStatus.valueOf(c.get("status").asText()), c.path("httpStatus").asInt(0)));
      }
      String url = row.get("url").asText();
      out.put(url, new UrlHistory(url, checks));
    }
    return out;
  }

  /** Replaces the state with {@code histories}, atomically. */
  public void save(Map<String, UrlHistory> histories) throws IOException {
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".sources-state-", ".tmp");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        for (UrlHistory h : new TreeMap<>(histories).values()) {
          ObjectNode row = JSON.createObjectNode();
          row.put("url", h.url());
          var checks = row.putArray("checks");
          for (UrlHistory.Check c : h.checks()) {
            ObjectNode o = checks.addObject();
            o.put("time", c.time().toString());
            o.put("status", c.status().name());
            o.put("httpStatus", c.httpStatus());
          }
          out.write(row.toString());
          out.write('\n');
        }
      }
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
