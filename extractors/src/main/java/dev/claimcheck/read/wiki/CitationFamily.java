package dev.claimcheck.read.wiki;

/** Citation templates ({@code {{cite web}}}, {@code {{citation}}} …) written out in CS1 style. */
final class CitationFamily implements TemplateFamily {
  @Override
  public boolean has(String name) {
    return CitationTemplates.isCitation(name);
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    call.tally().citation(t.name());
    CitationTemplates.render(t, call::plain, call.out());
  }
}
