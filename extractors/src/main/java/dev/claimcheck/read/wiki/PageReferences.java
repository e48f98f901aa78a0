package dev.claimcheck.read.wiki;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The references of one page as its {@code <ref>} tags, {@code {{efn}}} and {@code {{sfn}}}
 * notes define and cite them: each reference's content, the label of its marker ({@code 1},
 * {@code a}, {@code note 3}) numbered per group in the order of first citation, and which
 * groups have had their list written. Not thread-safe: one per page.
 */
final class PageReferences {
  private final Map<String, Ref> refs = new LinkedHashMap<>();
  private final Map<String, Integer> labelsUsed = new HashMap<>();
  private final List<String> listedGroups = new ArrayList<>();
  private int anonymousRefs;

  /** One reference: its content as wikitext (null until defined) and the label of its marker. */
  static final class Ref {
    final String group;
    final String key;
    final String target;
    String content;
    String label;
    int order;

    Ref(String group, String key, String target) {
      this.group = group;
      this.key = key;
      this.target = target;
    }
  }

  /**
   * The reference of {@code group} named {@code name} (null: a new anonymous one), given its
   * content if it had none yet.
   */
  Ref ref(String group, String name, String content) {
    String key = name != null ? name : "#" + (++anonymousRefs);
    String mapKey = group + "\u0001" + key;
    Ref ref = refs.get(mapKey);
    if (ref == null) {
      String target = "cite_note-" + (group.isEmpty() ? "" : group.replace(' ', '_') + "-")
          + key.replace(' ', '_').replace("#", "");
      ref = new Ref(group, key, target);
      refs.put(mapKey, ref);
    }
    if ((ref.content == null || ref.content.isBlank()) && content != null) {
      ref.content = content;
    }
    return ref;
  }

  /** Places the marker of {@code ref}, labelling it at its first citation. */
  void marker(Ref ref, WikiSink out) {
    if (ref.label == null) {
      int n = labelsUsed.merge(ref.group, 1, Integer::sum);
      ref.order = n;
      ref.label = label(ref.group, n);
    }
    out.citation("[" + ref.label + "]", ref.label, ref.target);
  }

  /** Defines or reuses a reference and places its marker. */
  void cite(String group, String name, String content, WikiSink out) {
    marker(ref(group == null ? "" : group, name, content), out);
  }

  /**
   * The cited references of {@code group} in the order of their markers, once: null when the
   * group's list was written already. A reference defined but never cited is left out, with a
   * warning.
   */
  List<Ref> takeList(String group, Consumer<String> warn) {
    if (listedGroups.contains(group)) {
      return null;
    }
    listedGroups.add(group);
    List<Ref> members = new ArrayList<>();
    for (Ref ref : refs.values()) {
      if (ref.group.equals(group)) {
        if (ref.label == null) {
          warn.accept("reference " + ref.key + " is defined but never cited");
          continue;
        }
        members.add(ref);
      }
    }
    members.sort(Comparator.comparingInt(r -> r.order));
    return members;
  }

  /** The groups whose list was not written yet, in the order of their references. */
  List<String> groupsNotListed() {
    List<String> out = new ArrayList<>();
    for (Ref ref : List.copyOf(refs.values())) {
      if (!listedGroups.contains(ref.group) && !out.contains(ref.group)) {
        out.add(ref.group);
      }
    }
    return out;
  }

  Collection<Ref> all() {
    return refs.values();
  }

  private static String label(String group, int n) {
    switch (group) {
      case "":
        return String.valueOf(n);
      case "lower-alpha":
      case "upper-alpha": {
        StringBuilder letters = new StringBuilder();
        int k = n;
        while (k > 0) {
          k--;
          letters.insert(0, (char) ('a' + k % 26));
          k /= 26;
        }
        return group.startsWith("upper") ? letters.toString().toUpperCase(Locale.ROOT) : letters.toString();
      }
      default:
        return group + " " + n;
    }
  }
}
