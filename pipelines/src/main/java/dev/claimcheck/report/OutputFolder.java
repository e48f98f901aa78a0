package dev.claimcheck.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An output folder that appears only when the run completed, and is never absent while it is
 * replaced.
 *
 * <p>The outputs are written into a hidden sibling folder ({@code .out.run-<id>}); publishing
 * points the target ({@code out}, a symbolic link) at it by renaming a new link over the old
 * one, which the file system does in one step. The folder the old link pointed at is kept until
 * the next run starts, so that a reader who was inside it finishes reading. A lock file beside
 * it ({@code .out.lock}, which also names that previous folder) is held from {@link #prepare} to
 * the end, so a second run into the same folder fails at once; under the lock, the previous
 * outputs and any hidden folders left by a run that was killed are removed. Folders are made
 * with the process's umask. Not thread-safe.
 */
public final class OutputFolder implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * Lock files this process holds. Closing any channel to a file drops every lock the process
   * has on it, so a second run in the same process must not even open the file.
   */
  private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Path target;
  private final Path working;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final List<Path> removed;
  private final Path lockPath;

  /** Another run is writing the same output folder. */
  public static final class Busy extends IOException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message);
    }
  }

  private OutputFolder(Path target, Path working, FileChannel lockFile, FileLock lock, List<Path> removed) {
    this.target = target;
    this.working = working;
    this.lockFile = lockFile;
    this.lock = lock;
    this.removed = removed;
    this.lockPath = target.getParent().resolve("." + target.getFileName() + ".lock");
  }

  /**
   * Prepares writing to {@code target}: takes the lock, removes what killed runs left, makes
   * the working folder.
   *
   * @throws Busy when another run holds the lock
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
    String name = absolute.getFileName().toString();
    Path lockPath = parent.resolve("." + name + ".lock");
    if (!HELD.add(lockPath)) {
      throw busy(absolute, lockPath);
    }
    FileChannel channel;
    FileLock lock;
    try {
      channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw busy(absolute, lockPath);
      }
    } catch (IOException | RuntimeException e) {
      HELD.remove(lockPath);
      throw e;
    }
    try {
      String previous = previousName(channel);
      List<Path> removed = new ArrayList<>();
      for (Path leftover : removeLeftovers(parent, name, linkedFolder(absolute))) {
        if (!leftover.getFileName().toString().equals(previous)) {
          removed.add(leftover);
        }
      }
      Path working = parent.resolve("." + name + ".run-" + HexFormat.of().formatHex(bytes()));
      Files.createDirectory(working);
      return new OutputFolder(absolute, working, channel, lock, removed);
    } catch (IOException | RuntimeException e) {
      try {
        lock.release();
        channel.close();
      } finally {
        HELD.remove(lockPath);
      }
      throw e;
    }
  }

  /** The name of the previous outputs' folder, as the last publishing wrote it into the lock file. */
  private static String previousName(FileChannel channel) throws IOException {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(256);
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.UTF_8).strip();
  }

  private static Busy busy(Path target, Path lockPath) {
    return new Busy("another claimcheck run is writing " + target + " (it holds " + lockPath + ")");
  }

  /** The folder to write into until {@link #publish()}. */
  public Path workingFolder() {
    return working;
  }

  /** The folder the outputs will appear in. */
  public Path target() {
    return target;
  }

  /** The hidden folders of runs that were killed, removed when this one was prepared (not the previous outputs). */
  public List<Path> removedLeftovers() {
    return removed;
  }

  /**
   * Points the target at the working folder in one step and removes what it pointed at before.
   * A target that is a plain folder (written by hand, or before outputs were published this
   * way) is moved aside first, the one case with a moment in which the target is absent.
   */
  public void publish() throws IOException {
    Path parent = target.getParent();
    Path link = parent.resolve("." + target.getFileName() + ".link-" + HexFormat.of().formatHex(bytes()));
    Files.createSymbolicLink(link, working.getFileName());
    Path before = linkedFolder(target);
    Path plain = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)) {
      plain = parent.resolve("." + target.getFileName() + ".old-" + HexFormat.of().formatHex(bytes()));
      Files.move(target, plain, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      // rename(2) replaces the old link with the new one in one step.
      Files.move(link, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(link);
      if (plain != null) {
        Files.move(plain, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    // The previous outputs stay until the next run, for whoever is reading them now.
    lockFile.truncate(0);
    if (before != null && !before.equals(working)) {
      lockFile.write(java.nio.ByteBuffer.wrap(before.getFileName().toString()
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
    }
    lockFile.force(false);
    if (plain != null) {
      deleteTree(plain);
    }
    close();
  }

  /** Removes the working folder after a failed run and lets the next run in. */
  public void discard() throws IOException {
    try {
      if (Files.exists(working, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(working);
      }
    } finally {
      close();
    }
  }

  /** Releases the lock; the working folder stays as it is. */
  @Override
  public void close() throws IOException {
    if (lockFile.isOpen()) {
      try {
        lock.release();
      } finally {
        lockFile.close();
        HELD.remove(lockPath);
      }
    }
  }

  /** The hidden folder {@code target} links to, when it is a link of ours, else null. */
  private static Path linkedFolder(Path target) throws IOException {
    if (!Files.isSymbolicLink(target)) {
      return null;
    }
    Path pointed = Files.readSymbolicLink(target);
    String prefix = "." + target.getFileName() + ".run-";
    if (pointed.getNameCount() != 1 || !pointed.toString().startsWith(prefix)) {
      return null;
    }
    return target.getParent().resolve(pointed);
  }

  /** Removes the hidden entries of earlier runs of {@code name} in {@code parent}, but {@code keep}. */
  private static List<Path> removeLeftovers(Path parent, String name, Path keep) throws IOException {
    List<Path> found = new ArrayList<>();
    String prefix = "." + name + ".";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
        p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path entry : entries) {
        String rest = entry.getFileName().toString().substring(name.length() + 2);
        boolean ours = rest.startsWith("run-") || rest.startsWith("partial-") || rest.startsWith("old-")
            || rest.startsWith("link-");
        if (ours && !entry.equals(keep)) {
          found.add(entry);
        }
      }
    }
    found.sort(null);
    for (Path leftover : found) {
      deleteTree(leftover);
    }
    return found;
  }

  private static byte[] bytes() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return b;
  }

  /** Deletes a folder and everything in it; a link is removed, never followed. */
  public static void deleteTree(Path root) throws IOException {
    if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(root);
      return;
    }
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
