package dev.claimcheck.read.wiki;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The template families the reader knows, in the order they are asked: the first whose
 * {@link TemplateFamily#has} takes the name renders the template. A template of no family shows
 * nothing, unless a parameter holds citations (a sister-project box listing encyclopedia
 * entries): then that parameter, as a list run into one line. Thread-safe.
 */
final class TemplateFamilies {
  private static final List<TemplateFamily> FAMILIES = List.of(
      new MaintenanceFamily(), new CitationFamily(), new SymbolFamily(), new ShortFootnoteFamily(),
      new NoteFamily(), new LangFamily(), new FormattingFamily(), new QuoteFamily(),
      new HarvardFamily(), new DateFamily(), new ConvertFamily(), new WordingFamily(),
      new IdentifierFamily(), new LinkFamily());
  private static final Pattern CITATION_INSIDE =
      Pattern.compile("(?i)\\{\\{\\s*(?:cite[ _]|citation\\s*[|}])");

  private TemplateFamilies() {}

  /** Renders {@code t} by its family's rule. */
  static void render(WikiSyntax.Template t, TemplateCall call) {
    String name = t.name();
    for (TemplateFamily family : FAMILIES) {
      if (family.has(name)) {
        family.render(t, call);
        return;
      }
    }
    call.show(citationsInside(t));
  }

  private static String citationsInside(WikiSyntax.Template t) {
    for (String value : t.named().values()) {
      if (CITATION_INSIDE.matcher(value).find()) {
        return value.replaceAll("\\n[*#:]+\\s*", "; ").replaceFirst("^[;\\s]+", "");
      }
    }
    return null;
  }
}
