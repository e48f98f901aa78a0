package dev.claimcheck.read;

import java.io.Serializable;

/**
 * One input file of a run, or an entry of an input folder that cannot be read as one.
 *
 * @param path the file's absolute path, for reading
 * @param source the name the outputs use for it: the file name, or for files found in a folder
 *     the folder's name and the path below it ({@code seeds/000.txt}), so that outputs do not
 *     depend on where the corpus lies on disk
 * @param problem why the entry cannot be read (a named pipe, a link to nothing, a folder that
 *     cannot be listed), or null for a file to read
 */
public record InputFile(String path, String source, Problem problem) implements Serializable {

  /**
   * Why an entry found among the inputs is not a file to read.
   *
   * @param errorClass the class its failure record gets ({@code not-a-file}, {@code broken-link},
   *     {@code unreadable})
   * @param message what was found, in words
   */
  public record Problem(String errorClass, String message) implements Serializable {
    public Problem {
      if (errorClass == null || message == null) {
        throw new IllegalArgumentException("a problem needs a class and a message");
      }
    }
  }

  public InputFile {
    if (path == null || source == null) {
      throw new IllegalArgumentException("input file needs a path and a source");
    }
  }

  /** A file to read. */
  public InputFile(String path, String source) {
    this(path, source, null);
  }
}
