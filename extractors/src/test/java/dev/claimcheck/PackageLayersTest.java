package dev.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the library and the pipelines form layers: a package uses only packages of
 * its own layer or below, and no packages use each other in a loop. A new package gets a layer
 * here, which keeps README's map ("How it works") honest.
 */
class PackageLayersTest {
  /** Each package's layer, from the bottom; a name ending in ".*" covers its subpackages. */
  private static final Map<String, Integer> LAYERS = layers();
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package (dev\\.claimcheck[\\w.]*);");
  private static final Pattern USE = Pattern.compile("(?<![\\w.])(dev\\.claimcheck(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  private static Map<String, Integer> layers() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("model", 0);
    m.put("text", 1);
    for (String p : List.of("dates", "refs", "refs.parse", "extract", "support")) {
      m.put(p, 2);
    }
    for (String p : List.of("read", "read.*", "facts", "analysis")) {
      m.put(p, 3);
    }
    m.put("check", 4);
    m.put("verdict", 5);
    // The pipelines module: coders, result records, the report, the run, the command line.
    m.put("coders", 6);
    m.put("results", 6);
    m.put("diff", 6);
    m.put("report", 7);
    m.put("pipelines", 8);
    m.put("cli", 9);
    return m;
  }

  @Test
  void everyPackageUsesOnlyItsLayerAndBelow() {
    Map<String, TreeSet<String>> uses = uses();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> e : uses.entrySet()) {
      int from = layer(e.getKey());
      for (String used : e.getValue()) {
        if (layer(used) > from) {
          wrong.add(e.getKey() + " (layer " + from + ") uses " + used + " (layer " + layer(used) + ")");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noPackagesUseEachOtherInALoop() {
    Map<String, TreeSet<String>> uses = uses();
    List<String> loops = new ArrayList<>();
    for (String start : uses.keySet()) {
      for (String next : uses.get(start)) {
        if (reaches(uses, next, start, new TreeSet<>())) {
          loops.add(start + " -> " + next + " -> … -> " + start);
        }
      }
    }
    assertThat(loops).isEmpty();
  }

  @Test
  void everyPackageHasALayer() {
    assertThat(uses().keySet()).allSatisfy(p -> assertThat(layer(p)).as(p).isNotNegative());
  }

  private static boolean reaches(Map<String, TreeSet<String>> uses, String from, String to, TreeSet<String> seen) {
    if (from.equals(to)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : uses.getOrDefault(from, new TreeSet<>())) {
      if (reaches(uses, next, to, seen)) {
        return true;
      }
    }
    return false;
  }

  private static int layer(String pkg) {
    Integer exact = LAYERS.get(pkg);
    if (exact != null) {
      return exact;
    }
    int dot = pkg.lastIndexOf('.');
    for (String p = pkg; dot > 0; dot = p.lastIndexOf('.')) {
      p = p.substring(0, dot);
      Integer family = LAYERS.get(p + ".*");
      if (family != null) {
        return family;
      }
    }
    return -1;
  }

  /** Package (without {@code dev.claimcheck.}) to the other packages its main sources use. */
  private static Map<String, TreeSet<String>> uses() {
    Path repo = RepoFixtures.root().getParent();
    Map<String, TreeSet<String>> uses = new TreeMap<>();
    for (String module : List.of("extractors", "pipelines")) {
      try (Stream<Path> files = Files.walk(repo.resolve(module).resolve("src/main/java"))) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> read(f, uses));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uses;
  }

  private static void read(Path file, Map<String, TreeSet<String>> uses) {
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher p = PACKAGE.matcher(source);
    if (!p.find()) {
      return;
    }
    String pkg = shortName(p.group(1));
    TreeSet<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
    Matcher u = USE.matcher(source.substring(p.end()));
    while (u.find()) {
      String other = shortName(u.group(1));
      if (!other.equals(pkg)) {
        used.add(other);
      }
    }
  }

  private static String shortName(String pkg) {
    return pkg.equals("dev.claimcheck") ? "" : pkg.substring("dev.claimcheck.".length());
  }
}
