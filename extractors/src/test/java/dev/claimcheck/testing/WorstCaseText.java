package dev.claimcheck.testing;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The inputs that make regular expressions recurse or backtrack: long runs of one character,
 * of one word, of openers that are never closed, of initials, and the sentences that ended
 * whole runs. Also finds every pattern a module keeps in a static field and times one
 * pattern over one input in a thread with an ordinary stack, so a test can hold every
 * pattern of the product to bounded work.
 */
public final class WorstCaseText {
  private WorstCaseText() {}

  /** Named shapes, each about {@code length} characters long. */
  public static Map<String, String> shapes(int length) {
    Map<String, String> shapes = new java.util.LinkedHashMap<>();
    shapes.put("unpunctuated sentence", "In 2020 " + repeat("the bridge opened ", length));
    shapes.put("according to", "According to " + repeat("the bridge opened ", length));
    shapes.put("template openers", repeat("{{ ", length));
    shapes.put("link openers", repeat("[[", length));
    shapes.put("tag openers", repeat("<a ", length));
    shapes.put("parentheses", repeat("(", length));
    shapes.put("letters", repeat("a", length));
    shapes.put("spaces", repeat(" ", length));
    shapes.put("line ends", repeat("\n", length));
    shapes.put("full stops", repeat(".", length));
    shapes.put("digits", repeat("1", length));
    shapes.put("numbers", repeat("1 ", length));
    shapes.put("number list", repeat("1, ", length));
    shapes.put("initials", repeat("A. ", length));
    shapes.put("capitalized words", repeat("Aa ", length));
    shapes.put("names", repeat("Ab Cd, ", length));
    shapes.put("authors", repeat("Ab, C. ", length));
    shapes.put("dotted word", repeat("a.", length));
    shapes.put("hyphens", repeat("-", length));
    shapes.put("commas", repeat(", ", length));
    shapes.put("apostrophes", repeat("'", length));
    shapes.put("underscores", repeat("a_", length));
    shapes.put("markers", repeat("[1]", length));
    shapes.put("years", repeat("in 1990 ", length));
    return shapes;
  }

  private static String repeat(String unit, int length) {
    return unit.repeat(Math.max(1, length / unit.length()));
  }

  /** Every static {@code Pattern} field of the classes compiled into the folder holding {@code anchor}. */
  public static Map<String, Pattern> staticPatterns(Class<?> anchor) throws IOException {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    Map<String, Pattern> patterns = new java.util.TreeMap<>();
    for (Path file : classes) {
      String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
          .replaceAll("\\.class$", "");
      Class<?> type;
      try {
        type = Class.forName(name, true, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IOException("cannot load " + name, e);
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
          try {
            field.setAccessible(true);
            patterns.put(name + "." + field.getName(), (Pattern) field.get(null));
          } catch (ReflectiveOperationException e) {
            throw new IOException("cannot read " + name + "." + field.getName(), e);
          }
        }
      }
    }
    return patterns;
  }

  /**
   * How one pattern fared finding every match in {@code input}, in a thread with a 1 MiB
   * stack (the JVM's usual size): null when it finished within {@code millis}, else what
   * went wrong.
   */
  public static String problem(Pattern pattern, String input, long millis) throws InterruptedException {
    AtomicReference<String> outcome = new AtomicReference<>("did not finish within " + millis + " ms");
    Thread worker = new Thread(null, () -> {
      try {
        Matcher m = pattern.matcher(input);
        int found = 0;
        while (found < 1_000_000 && m.find()) {
          found++;
        }
        outcome.set(null);
      } catch (StackOverflowError e) {
        outcome.set("overflowed the stack");
      }
    }, "worst-case", 1 << 20);
    worker.setDaemon(true);
    long start = System.nanoTime();
    worker.start();
    worker.join(millis);
    String result = outcome.get();
    if (result == null && (System.nanoTime() - start) / 1_000_000 > millis) {
      result = "did not finish within " + millis + " ms";
    }
    if (worker.isAlive()) {
      // A runaway matcher cannot be interrupted; it is a daemon and ends with the test JVM.
      return "did not finish within " + millis + " ms";
    }
    return result;
  }

  /** Every problem of every pattern over every shape, as "pattern on shape: problem". */
  public static List<String> problems(Map<String, Pattern> patterns, int length, long millis)
      throws InterruptedException {
    List<String> problems = new ArrayList<>();
    Map<String, String> shapes = shapes(length);
    for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
      for (Map.Entry<String, String> s : shapes.entrySet()) {
        String problem = problem(p.getValue(), s.getValue(), millis);
        if (problem != null) {
          problems.add(p.getKey() + " on " + s.getKey() + ": " + problem);
        }
      }
    }
    return problems;
  }
}
