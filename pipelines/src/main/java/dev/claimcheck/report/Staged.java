package dev.claimcheck.report;

import dev.claimcheck.facts.Conflicts;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.coders.RecordCoder;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ContestedClaim;
import dev.claimcheck.results.ErrorTotals;
import dev.claimcheck.results.RunTotals;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.util.CoderUtils;

/**
 * The staging format between the pipeline and the final outputs: records, each framed with the
 * key it is sorted by (so the final files are written in a fixed order whatever order the
 * runner produced) and written by its {@link RecordCoder}: a judged document with its checks and
 * its report section already rendered, a checked source with who cites it, a failure, the run's
 * totals. Nothing is rendered to JSON and
 * parsed back. A frame is the key's length and UTF-8 bytes, then the record's length and
 * bytes. Thread-safe.
 */
public final class Staged {
  /**
   * A judged document as staged.
   *
   * @param analysis the document, its claims and references
   * @param html its section of the report, rendered where it was judged
   */
  public record Document(CheckedDocument document, String html) {}

  /** The key of the one staged {@link RunTotals} record. */
  static final String TOTALS_KEY = "totals";

  private static final RecordCoder<Document> DOCUMENTS = RecordCoder.of(Document.class);
  /** Time spent rendering documents' pages in the pipeline (run.json's {@code HtmlReport.renderMicros}). */
  private static final org.apache.beam.sdk.metrics.Counter RENDER_MICROS =
      org.apache.beam.sdk.metrics.Metrics.counter(HtmlReport.class, "renderMicros");
  private static final RecordCoder<CitedSource> SOURCES = RecordCoder.of(CitedSource.class);
  private static final RecordCoder<Failure> FAILURES = RecordCoder.of(Failure.class);
  private static final RecordCoder<RunTotals> TOTALS = RecordCoder.of(RunTotals.class);
  private static final RecordCoder<Conflicts.Conflict> CONFLICTS = RecordCoder.of(Conflicts.Conflict.class);
  private static final RecordCoder<ContestedClaim> CONTESTED = RecordCoder.of(ContestedClaim.class);

  /**
   * One staged record: its sort key and its bytes.
   *
   * @param key what the final files are ordered by
   * @param bytes the record as its coder writes it
   */
  public record Frame(String key, byte[] bytes) {}

  private Staged() {}

  /** The frame of a judged document with its checks, sorted by its source, then its id. */
  public static Frame document(CheckedDocument d) throws IOException {
    Analysis analysis = d.analysis();
    long start = System.nanoTime();
    String section = HtmlReport.documentSection(analysis, d.checks());
    RENDER_MICROS.inc((System.nanoTime() - start) / 1000);
    return new Frame(analysis.document().source() + '\u0000' + analysis.document().id(),
        CoderUtils.encodeToByteArray(DOCUMENTS, new Document(d, section)));
  }

  /** The frame of a checked source, sorted by URL. */
  public static Frame source(CitedSource s) throws IOException {
    return new Frame(s.result().url(), CoderUtils.encodeToByteArray(SOURCES, s));
  }

  /** The frame of a failure, sorted by input, stage, class and message. */
  public static Frame failure(Failure f) throws IOException {
    return new Frame(ErrorTotals.orderKey(f), CoderUtils.encodeToByteArray(FAILURES, f));
  }

  /** The frame of a conflict, sorted by subject key and relation. */
  public static Frame conflict(Conflicts.Conflict c) throws IOException {
    return new Frame(c.subjectKey() + '\u0000' + c.relation(), CoderUtils.encodeToByteArray(CONFLICTS, c));
  }

  /** The frame of a contested claim, sorted by claim id. */
  public static Frame contested(ContestedClaim c) throws IOException {
    return new Frame(c.claimId(), CoderUtils.encodeToByteArray(CONTESTED, c));
  }

  static ContestedClaim contested(byte[] bytes) throws IOException {
    return CoderUtils.decodeFromByteArray(CONTESTED, bytes);
  }

  static Conflicts.Conflict conflict(byte[] bytes) throws IOException {
    return CoderUtils.decodeFromByteArray(CONFLICTS, bytes);
  }

  /** The frame of the run's totals. */
  public static Frame totals(RunTotals t) throws IOException {
    return new Frame(TOTALS_KEY, CoderUtils.encodeToByteArray(TOTALS, t));
  }

  static Document document(byte[] bytes) throws IOException {
    return CoderUtils.decodeFromByteArray(DOCUMENTS, bytes);
  }

  static CitedSource source(byte[] bytes) throws IOException {
    return CoderUtils.decodeFromByteArray(SOURCES, bytes);
  }

  static RunTotals totals(byte[] bytes) throws IOException {
    return CoderUtils.decodeFromByteArray(TOTALS, bytes);
  }

  static Failure failure(byte[] bytes) throws IOException {
    return CoderUtils.decodeFromByteArray(FAILURES, bytes);
  }

  /** Writes a frame. */
  public static void write(Frame frame, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    byte[] key = frame.key().getBytes(StandardCharsets.UTF_8);
    data.writeInt(key.length);
    data.write(key);
    data.writeInt(frame.bytes().length);
    data.write(frame.bytes());
    data.flush();
  }

  /**
   * Where the next frame's record lies: its key, and the offset and length of its bytes, read
   * from {@code in} at {@code offset}; null at the end.
   */
  static Located next(DataInputStream in, long offset) throws IOException {
    int keyLength;
    try {
      keyLength = in.readInt();
    } catch (java.io.EOFException end) {
      return null;
    }
    if (keyLength < 0) {
      throw new IOException("a staged frame with a negative key length");
    }
    String key = new String(in.readNBytes(keyLength), StandardCharsets.UTF_8);
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("a staged frame with a negative length");
    }
    long start = offset + 4 + keyLength + 4;
    try {
      in.skipNBytes(length);
    } catch (java.io.EOFException cut) {
      throw new IOException("a staged frame cut short", cut);
    }
    return new Located(key, start, length);
  }

  /**
   * A staged record's place in its file.
   *
   * @param key its sort key
   * @param offset where its bytes start
   * @param length how many bytes
   */
  record Located(String key, long offset, int length) {
    long end() {
      return offset + length;
    }
  }
}
