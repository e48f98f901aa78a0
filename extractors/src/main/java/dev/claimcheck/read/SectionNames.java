package dev.claimcheck.read;

import java.util.Locale;
import java.util.Set;

/**
 * Names of the sections that hold a document's references ("References", "Bibliography",
 * "Works cited", …) and of those that only point elsewhere ("See also", "External links"), in
 * the languages claimcheck meets. Shared by every reader that recovers sections.
 */
public final class SectionNames {
  private static final Set<String> REFERENCES = Set.of(
      "references", "notes", "citations", "sources", "bibliography", "works cited", "footnotes",
      "notes and references", "references and notes", "endnotes", "literature", "reference",
      "literature cited", "references cited", "general references", "cited works",
      "参考文献", "参考资料", "注释", "脚注", "referencias", "références", "notes et références",
      "einzelnachweise", "literatur", "bibliografía", "notas", "riferimenti", "note", "bronnen");
  private static final Set<String> NAVIGATION = Set.of(
      "see also", "external links", "further reading", "related articles", "links",
      "外部链接", "参见", "véase también", "enlaces externos", "voir aussi", "liens externes",
      "siehe auch", "weblinks");

  private SectionNames() {}

  /** Whether {@code heading} names a reference section, in any case, numbering ignored. */
  public static boolean isReferences(String heading) {
    return REFERENCES.contains(normalize(heading));
  }

  /** Whether {@code heading} names a section of pointers elsewhere. */
  public static boolean isNavigation(String heading) {
    return NAVIGATION.contains(normalize(heading));
  }

  private static String normalize(String heading) {
    String name = heading.strip().toLowerCase(Locale.ROOT);
    name = name.replaceFirst("^(?:\\d+(?:\\.\\d+)*\\.?|[ivx]+\\.)\\s+", "");
    return name.endsWith(":") ? name.substring(0, name.length() - 1).strip() : name;
  }
}
