package dev.claimcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Texts of sources kept on disk by URL, one gzip file each (named by the URL's SHA-256, spread
 * over 256 sub-folders), written whole and moved into place: the state folder keeps the last
 * live text of each URL here, and a run keeps what it read for the judge here instead of in
 * memory. Thread-safe for distinct URLs; a URL's file is replaced atomically.
 */
public final class TextShelf {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path folder;

  public TextShelf(Path folder) {
    this.folder = folder;
  }

  /** Keeps {@code texts} as the URL's texts, replacing what was kept before. */
  public void put(String url, List<SourceResult.Text> texts) throws IOException {
    Path file = file(url);
    Files.createDirectories(file.getParent());
    ArrayNode rows = JSON.createArrayNode();
    for (SourceResult.Text t : texts) {
      rows.addObject().put("copy", t.copy()).put("text", t.text());
    }
    Path temporary = Files.createTempFile(file.getParent(), ".text-", ".tmp");
    try {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary))) {
        JSON.writeValue(out, rows);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The URL's texts; empty when none were kept or the file cannot be read. */
  public List<SourceResult.Text> get(String url) {
    Path file = file(url);
    if (!Files.exists(file)) {
      return List.of();
    }
    List<SourceResult.Text> texts = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      for (JsonNode row : JSON.readTree(in)) {
        texts.add(new SourceResult.Text(row.path("copy").asText(), row.path("text").asText()));
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // a damaged file only means the text is read again next time
    }
    return texts;
  }

  private Path file(String url) {
    String name = Hashing.sha256().hashString(url, StandardCharsets.UTF_8).toString();
    return folder.resolve(name.substring(0, 2)).resolve(name + ".json.gz");
  }
}
