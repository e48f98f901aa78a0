package dev.claimcheck.model;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A dead-letter record: an input, or part of one, that could not be processed. One line of
 * {@code errors.jsonl}.
 *
 * @param input the input (path or URI) the failure belongs to
 * @param stage the step that failed, such as {@code read} or {@code extract}
 * @param errorClass a short class of the error ({@code binary}, {@code encoding}, {@code empty},
 *     {@code too-large}, {@code io}) or the exception's class name
 * @param message a human-readable reason
 */
public record Failure(String input, String stage, String errorClass, String message) implements Serializable {

  /** Longest message kept; the rest of a library's message says nothing more to a reader. */
  static final int MAX_MESSAGE_CHARS = 1_000;
  private static final Pattern OBJECT_HASH = Pattern.compile("(?<=[\\w$])@[0-9a-f]{4,16}\\b");
  private static final Pattern TEMPORARY_PATH = temporaryPath();

  public Failure {
    if (input == null || stage == null || errorClass == null || message == null) {
      throw new IllegalArgumentException("failure fields must not be null");
    }
    message = stable(message);
  }

  /** A failure caused by an unexpected exception or error, named by its class. */
  public static Failure of(String input, String stage, Throwable error) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    return new Failure(input, stage, error.getClass().getName(), message);
  }

  /**
   * The failure record for what a step on one document or URL threw: {@code timeout} when it ran
   * past its {@link Deadline}, else named by the class.
   *
   * @throws Error when the error is not {@link #recoverable} (the JVM is broken: the run ends)
   */
  public static Failure caught(String input, String stage, Throwable error) {
    if (!recoverable(error)) {
      throw (Error) error;
    }
    if (error instanceof Deadline.Exceeded) {
      return new Failure(input, stage, "timeout", error.getMessage());
    }
    return of(input, stage, error);
  }

  /**
   * Whether a step may turn {@code error} into a failure record and go on: everything but the
   * errors that say the JVM itself is broken. A stack overflow or an allocation over the heap
   * belongs to the one document that caused it.
   */
  public static boolean recoverable(Throwable error) {
    return !(error instanceof InternalError || error instanceof UnknownError);
  }

  /**
   * The message without what differs from run to run (object hashes such as
   * {@code PDFParser@56af396b}, the names of temporary files), bounded in length, so that the same
   * input gives the same {@code errors.jsonl}.
   */
  static String stable(String message) {
    String out = OBJECT_HASH.matcher(message).replaceAll("");
    out = TEMPORARY_PATH.matcher(out).replaceAll("<temporary file>");
    return out.length() <= MAX_MESSAGE_CHARS ? out : out.substring(0, MAX_MESSAGE_CHARS) + "…";
  }

  private static Pattern temporaryPath() {
    String tmp = System.getProperty("java.io.tmpdir", "/tmp").replaceAll("[/\\\\]+$", "");
    // Files libraries make there (apache-tika-5234819243.tmp) carry a random number.
    return Pattern.compile(Pattern.quote(tmp)
        + "[/\\\\][^\\s/\\\\:;,'\"()]*?\\d{6,}[^\\s:;,'\"()]*+");
  }
}
