package dev.claimcheck.report;

import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Status;
import dev.claimcheck.coders.RecordCoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.util.CoderUtils;

/**
 * The list of documents that {@code summary.json} and the report's documents' pages are made of,
 * kept in a file ({@link FramedFile}) as the documents are written (so that memory stays flat
 * however many there are) and read back in the same order as often as needed. Not thread-safe.
 */
public final class DocumentList implements Closeable {
  /**
   * One document as the list shows it.
   *
   * @param id its id
   * @param source its input
   * @param title its title, or null
   * @param claims how many claims it has
   * @param counts its claims per status, every status in enum order
   */
  public record Entry(String id, String source, String title, long claims, Map<String, Long> counts) {
    static Entry of(Analysis analysis) {
      var d = analysis.document();
      return new Entry(d.id(), d.source(), d.title(), analysis.claims().size(), statusCounts(analysis));
    }

    /** A document's claims per status, every status in enum order (a claim not judged counts nowhere). */
    static Map<String, Long> statusCounts(Analysis analysis) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Status s : Status.values()) {
        counts.put(s.name(), 0L);
      }
      for (Claim c : analysis.claims()) {
        if (c.status() != null) {
          counts.merge(c.status().name(), 1L, Long::sum);
        }
      }
      return counts;
    }
  }

  /** What is done with each entry read back. */
  interface Visitor {
    void visit(Entry entry) throws IOException;
  }

  private static final RecordCoder<Entry> CODER = RecordCoder.of(Entry.class);
  private final FramedFile file;

  /** A list kept in {@code file}, created or emptied. */
  DocumentList(Path file) throws IOException {
    this.file = new FramedFile(file);
  }

  /** Adds an entry at the end. */
  void add(Entry entry) throws IOException {
    file.add(CoderUtils.encodeToByteArray(CODER, entry));
  }

  /** Reads every entry back, in the order they were added; no entry may be added after. */
  void forEach(Visitor visitor) throws IOException {
    file.forEach(Long.MAX_VALUE, bytes -> visitor.visit(CoderUtils.decodeFromByteArray(CODER, bytes)));
  }

  /** Closes and deletes the file. */
  @Override
  public void close() throws IOException {
    file.close();
  }
}
