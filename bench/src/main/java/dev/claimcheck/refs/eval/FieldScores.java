package dev.claimcheck.refs.eval;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Work;
import dev.claimcheck.refs.AuthorNames;
import dev.claimcheck.refs.Languages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Per-field precision and recall of parsed references against labelled ones, whole-reference
 * exact match, identifier scores and check-digit findings. A field counts only where the
 * labels annotate it: a parsed value where the label has none is a false positive, a missing
 * or different one a false negative (and a false positive when present). Text fields compare
 * case-, quote-, dash- and white-space-insensitively; authors compare as the list of family
 * names with the initials of given names. Not thread-safe.
 */
public final class FieldScores {
  /** The fields scored, in table order; {@code identifiers} are scored item by item. */
  public static final List<String> FIELDS = List.of("kind", "authors", "etAl", "date", "title",
      "container", "publisher", "place", "volume", "issue", "pages", "edition", "url", "archiveUrl",
      "archiveDate", "accessDate", "urlStatus", "language", "format", "identifiers");
  private static final Map<String, Function<Work, Object>> GETTERS = getters();

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int references;
  private int exact;
  private int problemsExpected;
  private int problemsFound;
  private int problemsFalse;
  private final List<String> misses = new ArrayList<>();

  public FieldScores() {
    for (String f : FIELDS) {
      counts.put(f, new int[3]);
    }
  }

  /**
   * Scores one reference.
   *
   * @param id the case's name, for the list of misses
   * @param annotated the fields the label annotates
   */
  public void add(String id, Work expected, Work parsed, Set<String> annotated, int expectedProblems) {
    references++;
    boolean allRight = true;
    for (String field : FIELDS) {
      if (!annotated.contains(field)) {
        continue;
      }
      int[] c = counts.get(field);
      if (field.equals("identifiers")) {
        Set<String> want = items(expected);
        Set<String> got = items(parsed);
        for (String item : got) {
          if (want.contains(item)) {
            c[0]++;
          } else {
            c[1]++;
            allRight = false;
            misses.add(id + " identifiers: extra " + item);
          }
        }
        for (String item : want) {
          if (!got.contains(item)) {
            c[2]++;
            allRight = false;
            misses.add(id + " identifiers: missed " + item);
          }
        }
        continue;
      }
      Object want = normalized(field, GETTERS.get(field).apply(expected));
      Object got = normalized(field, GETTERS.get(field).apply(parsed));
      if (want == null && got == null) {
        continue;
      }
      if (Objects.equals(want, got)) {
        c[0]++;
      } else {
        allRight = false;
        if (got != null) {
          c[1]++;
        }
        if (want != null) {
          c[2]++;
        }
        misses.add(id + " " + field + ": expected " + want + ", got " + got);
      }
    }
    if (allRight) {
      exact++;
    }
    problemsExpected += expectedProblems;
    int found = parsed.problems().size();
    problemsFound += Math.min(found, expectedProblems);
    problemsFalse += Math.max(0, found - expectedProblems);
  }

  /** Adds another set's counts to these. */
  public void addAll(FieldScores other) {
    other.counts.forEach((f, c) -> {
      int[] mine = counts.get(f);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
    });
    references += other.references;
    exact += other.exact;
    problemsExpected += other.problemsExpected;
    problemsFound += other.problemsFound;
    problemsFalse += other.problemsFalse;
    misses.addAll(other.misses);
  }

  public int references() {
    return references;
  }

  /** Share of references with every annotated field right. */
  public double exactMatch() {
    return references == 0 ? 0 : (double) exact / references;
  }

  /** Micro-averaged F1 over every field but identifiers. */
  public double microF1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (!e.getKey().equals("identifiers")) {
        tp += e.getValue()[0];
        fp += e.getValue()[1];
        fn += e.getValue()[2];
      }
    }
    return f1(tp, fp, fn);
  }

  /** F1 of one field. */
  public double f1(String field) {
    int[] c = counts.get(field);
    return f1(c[0], c[1], c[2]);
  }

  /** How many annotated values of a field there were. */
  public int support(String field) {
    int[] c = counts.get(field);
    return c[0] + c[2];
  }

  /** Bad check digits the labels mark, and how many of them were reported. */
  public int[] checkDigits() {
    return new int[] {problemsExpected, problemsFound, problemsFalse};
  }

  /** What went wrong, one line per field of a reference. */
  public List<String> misses() {
    return List.copyOf(misses);
  }

  /** The table: one row per field with P, R, F1 and support, then micro F1 and exact match. */
  public String table(String title) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s — %d references%n", title, references));
    out.append(String.format(Locale.ROOT, "  %-12s %6s %6s %6s %7s%n", "field", "P", "R", "F1", "gold"));
    for (String f : FIELDS) {
      int[] c = counts.get(f);
      if (c[0] + c[1] + c[2] == 0) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "  %-12s %6.1f %6.1f %6.1f %7d%n", f,
          100 * ratio(c[0], c[0] + c[1]), 100 * ratio(c[0], c[0] + c[2]), 100 * f1(c[0], c[1], c[2]),
          c[0] + c[2]));
    }
    out.append(String.format(Locale.ROOT, "  micro F1 (fields) %.1f   identifiers F1 %s   exact match %.1f%%",
        100 * microF1(), support("identifiers") == 0 && counts.get("identifiers")[1] == 0 ? "–"
            : String.format(Locale.ROOT, "%.1f", 100 * f1("identifiers")), 100 * exactMatch()));
    if (problemsExpected + problemsFalse > 0) {
      out.append(String.format(Locale.ROOT, "   bad check digits reported %d/%d, false %d",
          problemsFound, problemsExpected, problemsFalse));
    }
    return out.append('\n').toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(int tp, int fp, int fn) {
    double p = ratio(tp, tp + fp);
    double r = ratio(tp, tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Set<String> items(Work w) {
    Set<String> out = new TreeSet<>();
    w.identifiers().forEach((scheme, values) -> values.forEach(v -> out.add(scheme + ":" + v.toLowerCase(Locale.ROOT))));
    return out;
  }

  /** A field's value in the form it is compared in, or null when absent. */
  static Object normalized(String field, Object value) {
    if (value == null) {
      return null;
    }
    return switch (field) {
      case "authors" -> {
        @SuppressWarnings("unchecked")
        List<Author> authors = (List<Author>) value;
        if (authors.isEmpty()) {
          yield null;
        }
        List<String> names = new ArrayList<>();
        for (Author a : authors) {
          names.add(text(a.family()) + "|" + AuthorNames.initials(a.given()));
        }
        yield names;
      }
      case "etAl" -> Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
      case "kind", "date", "archiveDate", "accessDate", "url", "archiveUrl" -> value.toString();
      case "edition" -> {
        String s = text(value.toString());
        String digits = s.replaceAll("^(\\d+).*$", "$1");
        yield digits.matches("\\d+") ? digits : s;
      }
      case "language" -> {
        String code = Languages.code(value.toString());
        yield code != null ? code : text(value.toString());
      }
      default -> {
        String s = text(value.toString());
        yield s.isEmpty() ? null : s;
      }
    };
  }

  private static String text(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\"“”«»„‘’']", "")
        .replaceAll("[‐-―−-]", "–")
        .replaceAll("^pp?\\.\\s*", "")
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\s.,;:]+|[\\s.,;:]+$", "")
        .strip();
  }

  private static Map<String, Function<Work, Object>> getters() {
    Map<String, Function<Work, Object>> m = new LinkedHashMap<>();
    m.put("kind", w -> w.kind().outputName());
    m.put("authors", Work::authors);
    m.put("etAl", Work::etAl);
    m.put("date", Work::date);
    m.put("title", Work::title);
    m.put("container", Work::container);
    m.put("publisher", Work::publisher);
    m.put("place", Work::place);
    m.put("volume", Work::volume);
    m.put("issue", Work::issue);
    m.put("pages", Work::pages);
    m.put("edition", Work::edition);
    m.put("url", Work::url);
    m.put("archiveUrl", Work::archiveUrl);
    m.put("archiveDate", Work::archiveDate);
    m.put("accessDate", Work::accessDate);
    m.put("urlStatus", Work::urlStatus);
    m.put("language", Work::language);
    m.put("format", Work::format);
    return m;
  }
}
