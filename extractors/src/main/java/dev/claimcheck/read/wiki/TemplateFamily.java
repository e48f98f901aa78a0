package dev.claimcheck.read.wiki;

/**
 * A family of templates and how its members show in a page's text: maintenance tags, citation
 * templates, notes, dates, conversions … To teach the reader a new family, write a class that
 * implements this and list it in {@link TemplateFamilies}.
 */
interface TemplateFamily {
  /** Whether {@code name} (as {@link WikiSyntax#normalizeName} gives it) belongs to the family. */
  boolean has(String name);

  /** Writes what the template shows (possibly nothing) through {@code call}. */
  void render(WikiSyntax.Template t, TemplateCall call);
}
