package dev.claimcheck.analysis;

import dev.claimcheck.model.Reference;
import dev.claimcheck.refs.ShortForms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves short citations in a reference list to the full references they stand for:
 * {@code Joske 2022, p. 30} (a {@code {{sfn}}} note, a Harvard footnote) by the first
 * author's family name and year, {@code Penrose, Trams, 12} by family name and the start of
 * the title, and {@code Ibid.} to whatever the note before it cites. One that matches no full
 * reference, or more than one, is dangling. Stateless and thread-safe.
 */
final class ShortCitations {
  private ShortCitations() {}

  /**
   * The entries, short citations resolved where exactly one full reference matches.
   *
   * @param dangling receives the id of each short citation left unresolved
   */
  static List<Reference> resolve(List<Reference> entries, List<String> dangling) {
    Map<String, List<Reference>> byAuthorYear = new LinkedHashMap<>();
    Map<String, List<Reference>> byFamily = new LinkedHashMap<>();
    for (Reference r : entries) {
      String family = r.work().firstFamily();
      if (r.shortCitation() || family == null) {
        continue;
      }
      String f = key(family);
      byFamily.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
      if (r.work().year() != null) {
        byAuthorYear.computeIfAbsent(f + " " + r.work().year(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Reference> out = new ArrayList<>();
    String previous = null;
    for (Reference r : entries) {
      if (!r.shortCitation()) {
        out.add(r);
        previous = r.id();
        continue;
      }
      ShortForms.Key names = ShortForms.key(r.text());
      String target;
      if (names == null) {
        target = previous;
      } else if (names.year() != null) {
        target = only(byAuthorYear.get(key(names.family()) + " " + names.year()));
      } else {
        target = only(byFamily.getOrDefault(key(names.family()), List.of()).stream()
            .filter(full -> titled(full, names.title()))
            .toList());
      }
      if (target == null) {
        dangling.add(r.id());
        out.add(r);
      } else {
        out.add(r.resolvedTo(target));
      }
      previous = target;
    }
    return out;
  }

  private static String only(List<Reference> candidates) {
    return candidates != null && candidates.size() == 1 ? candidates.get(0).id() : null;
  }

  /** Whether the full reference's title starts with a short title's words. */
  private static boolean titled(Reference full, String shortTitle) {
    String title = full.work().title();
    if (title == null || shortTitle == null) {
      return false;
    }
    return key(title).startsWith(key(shortTitle).replaceAll("\\.\\.\\.|…", "").strip());
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
