package dev.claimcheck.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the inputs a user names (files, folders read recursively, glob patterns) into a sorted
 * list of files. Strict: an input that names nothing is an error before the run starts.
 * Hidden files and folders (names starting with a dot) inside folders are skipped.
 */
public final class InputResolver {
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
    if (Files.isRegularFile(path)) {
      if (!Files.isReadable(path)) {
        throw new InputException("input is not readable: " + input);
      }
      return List.of(new InputFile(absolute(path), path.getFileName().toString()));
    }
    if (Files.isDirectory(path)) {
      return walk(path, name(path), "**");
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

  private static List<InputFile> walk(Path root, String prefix, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> !hidden(root.relativize(p)))
          .filter(p -> glob.equals("**") || matcher.matches(root.relativize(p)))
          .sorted()
          .map(p -> new InputFile(absolute(p), join(prefix, root.relativize(p))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
