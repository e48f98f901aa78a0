package dev.claimcheck.refs.eval;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Work;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference lists of the corpus documents (PDF, DOCX) as claimcheck reads them: how many
 * entries each gives against the counts known for it (its JATS list; the count the upstream
 * extractor's own tests assert, from COUNTS.tsv), and, where a JATS list exists, how many of its
 * references are found by title, found with the right year and found with the right first
 * author, in any order (so a list with extra or missing entries is still measured).
 */
public final class ReferenceLists {
  private static final Pattern UPSTREAM = Pattern.compile("^(\\d+)");

  private ReferenceLists() {}

  /**
   * One document's list.
   *
   * @param misses the JATS references not found by title, or found with another year or first
   *     author, each with what was read
   */
  public record Row(String document, int found, Integer jats, Integer upstream, int byTitle, int withYear,
      int withFirstAuthor, List<String> misses) {}

  /** Every PDF and DOCX of {@code documents}, in name order. */
  public static List<Row> measure(Path documents, Path counts) {
    Map<String, Integer> upstream = upstreamCounts(counts);
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(documents)) {
      for (Path source : files.filter(p -> p.toString().matches(".*\\.(?:pdf|docx|odt)$")).sorted().toList()) {
        String name = source.getFileName().toString();
        List<Work> read = ReferenceEvaluation.readReferences(source).stream()
            .filter(r -> !r.label().startsWith("note ")).map(Reference::work).toList();
        Path jats = jatsOf(source);
        List<Work> gold = jats == null ? null : ReferenceEvaluation.jatsReferences(jats);
        int byTitle = 0;
        int withYear = 0;
        int withFirst = 0;
        List<String> misses = new ArrayList<>();
        if (gold != null) {
          for (Work g : gold) {
            Work match = byTitle(g, read);
            if (match == null) {
              misses.add(name + " not found: " + describe(g));
              continue;
            }
            byTitle++;
            boolean yearRight = year(g) != null && year(g).equals(year(match));
            boolean firstRight = firstFamily(g) != null && firstFamily(g).equals(firstFamily(match));
            withYear += yearRight ? 1 : 0;
            withFirst += firstRight ? 1 : 0;
            if (!yearRight || !firstRight) {
              misses.add(name + " " + (yearRight ? "" : "year ") + (firstRight ? "" : "first author ")
                  + "differ: " + describe(g) + " — read " + describe(match));
            }
          }
        }
        rows.add(new Row(name, read.size(), gold == null ? null : gold.size(), upstream.get(name), byTitle,
            withYear, withFirst, misses));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The table the benchmark prints. */
  public static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder("corpus/documents reference lists (notes left out)\n");
    out.append(String.format(Locale.ROOT, "  %-36s %6s %6s %9s %9s %9s %12s%n", "document", "found", "JATS",
        "upstream", "by title", "year", "first author"));
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT, "  %-36s %6d %6s %9s %9s %9s %12s%n", r.document(), r.found(),
          r.jats() == null ? "–" : r.jats(), r.upstream() == null ? "–" : r.upstream(),
          share(r.byTitle(), r.jats()), share(r.withYear(), r.jats()), share(r.withFirstAuthor(), r.jats())));
    }
    // Every JATS reference counts once, whichever document it is in.
    int jats = rows.stream().filter(r -> r.jats() != null).mapToInt(Row::jats).sum();
    out.append(String.format(Locale.ROOT, "  %-36s %6d %6d %9s %9s %9s %12s%n", "all with JATS",
        rows.stream().filter(r -> r.jats() != null).mapToInt(Row::found).sum(), jats, "",
        share(rows.stream().mapToInt(Row::byTitle).sum(), jats), share(rows.stream().mapToInt(Row::withYear).sum(), jats),
        share(rows.stream().mapToInt(Row::withFirstAuthor).sum(), jats)));
    return out.toString();
  }

  private static String share(int n, Integer of) {
    return of == null || of == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * n / of);
  }

  private static Path jatsOf(Path source) {
    String base = source.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
    for (String suffix : List.of("-content.xml", ".jats.xml")) {
      Path p = source.resolveSibling(base + suffix);
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  /** COUNTS.tsv's {@code upstream_expected[…]} counts by file name. */
  private static Map<String, Integer> upstreamCounts(Path counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (!Files.exists(counts)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(counts)) {
        String[] cells = line.split("\t");
        if (cells.length >= 3 && cells[1].startsWith("upstream_expected[") && cells[0].startsWith("documents/")) {
          Matcher m = UPSTREAM.matcher(cells[2].strip());
          if (m.find()) {
            out.put(cells[0].substring("documents/".length()), Integer.parseInt(m.group(1)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The read work whose title is the gold one's, by their words; null when none is. */
  private static Work byTitle(Work gold, List<Work> read) {
    Set<String> want = words(gold.title());
    if (want.isEmpty()) {
      return null;
    }
    Work best = null;
    double bestScore = 0;
    for (Work w : read) {
      Set<String> have = words(w.title());
      if (have.isEmpty()) {
        continue;
      }
      Set<String> both = new HashSet<>(want);
      both.retainAll(have);
      double score = (double) both.size() / Math.max(want.size(), have.size());
      if (score > bestScore) {
        bestScore = score;
        best = w;
      }
    }
    return bestScore >= 0.8 ? best : null;
  }

  private static Set<String> words(String title) {
    if (title == null) {
      return Set.of();
    }
    String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    return plain.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(plain.split(" ")));
  }

  private static String describe(Work w) {
    return year(w) + " | " + firstFamily(w) + " | " + w.title();
  }

  private static String year(Work w) {
    return w.date() == null || w.date().length() < 4 ? null : w.date().substring(0, 4);
  }

  private static String firstFamily(Work w) {
    if (w.authors().isEmpty()) {
      return null;
    }
    Author a = w.authors().get(0);
    String family = a.family() == null ? "" : a.family();
    return Normalizer.normalize(family, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }
}
