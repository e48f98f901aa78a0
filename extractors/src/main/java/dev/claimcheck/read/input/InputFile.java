package dev.claimcheck.read.input;

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
 * @param part the stretch of the file to read when it is read in parts ({@link DumpParts}), or
 *     null for the whole file
 */
public record InputFile(String path, String source, Problem problem, Part part) implements Serializable {

  /**
   * A stretch of a file that is read on its own: whole compressed streams of a dump.
   *
   * @param offset where it starts, in bytes
   * @param length how many bytes it holds
   * @param index its place among the file's parts, from 0
   * @param count how many parts the file has
   */
  public record Part(long offset, long length, int index, int count) implements Serializable {
    public Part {
      if (offset < 0 || length <= 0 || index < 0 || index >= count) {
        throw new IllegalArgumentException("not a part of a file: " + offset + "+" + length + ", " + index + "/" + count);
      }
    }
  }

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

  /** An entry found among the inputs, whole. */
  public InputFile(String path, String source, Problem problem) {
    this(path, source, problem, null);
  }

  /** A file to read. */
  public InputFile(String path, String source) {
    this(path, source, null, null);
  }

  /** The same file, read in the stretch {@code part} only. */
  public InputFile withPart(Part part) {
    return new InputFile(path, source, problem, part);
  }

  /** Whether this is the whole file or the first of its parts (the one that counts it as read). */
  public boolean isFirstPart() {
    return part == null || part.index() == 0;
  }
}
