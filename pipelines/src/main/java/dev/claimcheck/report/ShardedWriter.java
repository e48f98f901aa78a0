package dev.claimcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One JSON Lines output, as one file or cut into a fixed number of shards by document id
 * ({@code claims-00003-of-00016.jsonl}): a document's lines all go to the shard its id's hash
 * names, and each shard keeps the order the lines are written in, so a shard is sorted as the
 * single file would be and the same run gives the same bytes. Not thread-safe.
 */
final class ShardedWriter implements AutoCloseable {
  private final Writer[] shards;

  /**
   * @param folder where the files go
   * @param name the output's name without {@code .jsonl}
   * @param count how many shards; 1 writes the single file {@code NAME.jsonl}
   */
  ShardedWriter(Path folder, String name, int count) throws IOException {
    shards = new Writer[Math.max(1, count)];
    for (int i = 0; i < shards.length; i++) {
      String file = shards.length == 1 ? name + ".jsonl"
          : String.format(Locale.ROOT, "%s-%05d-of-%05d.jsonl", name, i, shards.length);
      shards[i] = new BufferedWriter(Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8), 1 << 16);
    }
  }

  /** Writes one line of the document {@code documentId}. */
  void write(String documentId, String line) throws IOException {
    Writer w = shards[Math.floorMod(documentId.hashCode(), shards.length)];
    w.write(line);
    w.write('\n');
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Writer w : shards) {
      try {
        w.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
