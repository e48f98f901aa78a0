package dev.claimcheck.read;

import java.io.Serializable;

/**
 * One input file of a run.
 *
 * @param path the file's absolute path, for reading
 * @param source the name the outputs use for it: the file name, or for files found in a folder
 *     the folder's name and the path below it ({@code seeds/000.txt}), so that outputs do not
 *     depend on where the corpus lies on disk
 */
public record InputFile(String path, String source) implements Serializable {

  public InputFile {
    if (path == null || source == null) {
      throw new IllegalArgumentException("input file needs a path and a source");
    }
  }
}
