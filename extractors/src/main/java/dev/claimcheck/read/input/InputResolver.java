package dev.claimcheck.read.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the inputs a user names (files, folders read recursively, glob patterns) into a sorted
 * list of files. Strict: an input that names nothing is an error before the run starts.
 * Hidden files and folders (names starting with a dot) inside folders are skipped; links are
 * followed; every other entry is a file to read or, when it cannot be one, an input carrying
 * its {@link InputFile.Problem}, which reading turns into a failure record.
 */
public final class InputResolver {
  /** A named pipe, device or socket. */
  public static final String NOT_A_FILE = "not-a-file";
  /** A link to nothing, or a link loop. */
  public static final String BROKEN_LINK = "broken-link";
  /** A file or folder the run may not read. */
  public static final String UNREADABLE = "unreadable";
  private InputResolver() {}

  /** Thrown when an input names no readable file. */
  public static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** The files named by {@code inputs}, each once, in the order given, folders sorted. */
  public static List<InputFile> resolve(List<String> inputs) throws InputException {
    Map<String, InputFile> files = new LinkedHashMap<>();
    for (String input : inputs) {
      List<InputFile> found = resolveOne(input);
      if (found.isEmpty()) {
        throw new InputException("input matches no file: " + input);
      }
      found.forEach(f -> files.putIfAbsent(f.path(), f));
    }
    return List.copyOf(files.values());
  }

  private static List<InputFile> resolveOne(String input) throws InputException {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return walk(path, name(path), "**");
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      // A file named on the command line: read it, or say why it cannot be read.
      String source = path.getFileName().toString();
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return List.of(entry(path, source, attributes));
      } catch (IOException e) {
        return List.of(new InputFile(absolute(path), source, linkProblem(path)));
      }
    }
    if (input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) {
      return glob(input);
    }
    throw new InputException("input not found: " + input);
  }

  private static List<InputFile> glob(String pattern) throws InputException {
    String[] parts = pattern.split("/", -1);
    List<String> base = new ArrayList<>();
    int i = 0;
    while (i < parts.length - 1 && parts[i].chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      base.add(parts[i]);
      i++;
    }
    Path root = base.isEmpty() ? Path.of(".")
        : Path.of(pattern.startsWith("/") ? "/" + String.join("/", base) : String.join("/", base));
    if (!Files.isDirectory(root)) {
      throw new InputException("input not found: " + pattern);
    }
    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
    return walk(root, base.isEmpty() ? "" : name(root), rest);
  }

  /**
   * Every entry below {@code root} that the glob matches, links followed: files to read, and
   * a record for each entry that cannot be read as a file (named pipes, devices and sockets,
   * links to nothing, link loops, files and folders that cannot be read), so that nothing in a
   * folder is left out without a word. A folder that cannot be listed is recorded whatever the
   * glob, as it may hide matching files.
   */
  private static List<InputFile> walk(Path root, String prefix, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<InputFile> found = new ArrayList<>();
    FileVisitor<Path> visitor = new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return hidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        Path relative = root.relativize(file);
        if (!hidden(relative) && matches(relative)) {
          found.add(entry(file, join(prefix, relative), attributes));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        Path relative = root.relativize(file);
        boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
            || e instanceof FileSystemLoopException;
        if (!hidden(relative) && (folder || matches(relative))) {
          found.add(new InputFile(absolute(file), join(prefix, relative), failure(file, e, folder)));
        }
        return FileVisitResult.CONTINUE;
      }

      private boolean matches(Path relative) {
        return glob.equals("**") || matcher.matches(relative);
      }
    };
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
    } catch (IOException e) {
      // The visitor records every failure itself; a walk that still fails is the root's.
      found.add(new InputFile(absolute(root), prefix.isEmpty() ? "." : prefix, failure(root, e, true)));
    }
    found.sort(java.util.Comparator.comparing(InputFile::path));
    return found;
  }

  /** A file to read, or the problem of an entry that is not a readable file. */
  private static InputFile entry(Path file, String source, BasicFileAttributes attributes) {
    InputFile.Problem problem = null;
    if (attributes.isSymbolicLink()) {
      problem = linkProblem(file); // the walk saw the link itself: its target could not be read
    } else if (attributes.isOther() || attributes.isDirectory()) {
      problem = new InputFile.Problem(NOT_A_FILE, "not a regular file but " + kind(file));
    } else if (!Files.isReadable(file)) {
      problem = new InputFile.Problem(UNREADABLE, "the file cannot be read: permission denied");
    }
    return new InputFile(absolute(file), source, problem);
  }

  /** Why a link's target cannot be read. */
  private static InputFile.Problem linkProblem(Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      target = "?";
    }
    try {
      Files.readAttributes(link, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return new InputFile.Problem(BROKEN_LINK, "a symbolic link to " + target + ", which does not exist");
    } catch (FileSystemException e) {
      if (e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels")) {
        return new InputFile.Problem(BROKEN_LINK, "a symbolic link to " + target
            + " that leads back to itself (a loop)");
      }
      return new InputFile.Problem(UNREADABLE, "a symbolic link to " + target + " that cannot be followed: "
          + reason(e));
    } catch (IOException e) {
      return new InputFile.Problem(UNREADABLE, "a symbolic link to " + target + " that cannot be followed: "
          + reason(e));
    }
    return new InputFile.Problem(UNREADABLE, "a symbolic link to " + target + " that cannot be read");
  }

  private static InputFile.Problem failure(Path file, IOException e, boolean folder) {
    if (e instanceof FileSystemLoopException) {
      return new InputFile.Problem(BROKEN_LINK, "a link to a folder that contains it (a loop): not read again");
    }
    if (e instanceof AccessDeniedException) {
      return new InputFile.Problem(UNREADABLE, folder
          ? "the folder cannot be listed: permission denied; the files in it were not read"
          : "the file cannot be read: permission denied");
    }
    return new InputFile.Problem(UNREADABLE, (folder ? "the folder cannot be listed: " : "cannot be read: ")
        + reason(e));
  }

  /** An exception's reason without the path it names: outputs name inputs by their source. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      return f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
    }
    return e.getClass().getSimpleName();
  }

  /** What kind of special file {@code file} is, in words. */
  private static String kind(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      switch (mode & 0170000) {
        case 0010000: return "a named pipe";
        case 0020000: return "a character device";
        case 0060000: return "a block device";
        case 0140000: return "a socket";
        case 0040000: return "a folder";
        default: return "a special file";
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file (a pipe, device or socket)";
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String join(String prefix, Path relative) {
    String rel = relative.toString().replace('\\', '/');
    if (rel.isEmpty()) {
      return prefix.isEmpty() ? "." : prefix;
    }
    return prefix.isEmpty() ? rel : prefix + "/" + rel;
  }

  private static String name(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "" : name.toString();
  }

  private static String absolute(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }
}
