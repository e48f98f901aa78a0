package dev.claimcheck.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output folder that appears only when the run completed: everything is written into a
 * hidden sibling folder, which replaces the target in the last step. Not thread-safe.
 */
public final class OutputFolder {
  private final Path target;
  private final Path partial;

  private OutputFolder(Path target, Path partial) {
    this.target = target;
    this.partial = partial;
  }

  /**
   * Prepares writing to {@code target}.
   *
   * @throws IOException when the target's parent cannot be created or written, or the target
   *     exists and is not a folder
   */
  public static OutputFolder prepare(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException("output exists and is not a folder: " + target);
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    if (!Files.isWritable(parent)) {
      throw new AccessDeniedException(parent.toString(), null, "output's parent folder is not writable");
    }
    Path partial = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
    return new OutputFolder(absolute, partial);
  }

  /** The folder to write into until {@link #publish()}. */
  public Path workingFolder() {
    return partial;
  }

  /** The folder the outputs will appear in. */
  public Path target() {
    return target;
  }

  /** Replaces the target with the working folder. */
  public void publish() throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Removes the working folder after a failed run. */
  public void discard() throws IOException {
    if (Files.exists(partial)) {
      deleteTree(partial);
    }
  }

  /** Deletes a folder and everything in it. */
  public static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
