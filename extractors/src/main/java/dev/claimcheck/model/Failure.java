package dev.claimcheck.model;

import java.io.Serializable;

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

  public Failure {
    if (input == null || stage == null || errorClass == null || message == null) {
      throw new IllegalArgumentException("failure fields must not be null");
    }
  }

  /** A failure caused by an unexpected exception, named by its class. */
  public static Failure of(String input, String stage, Throwable error) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    return new Failure(input, stage, error.getClass().getName(), message);
  }
}
