package dev.claimcheck.read.wiki;

import java.util.Map;

/** Identifier templates ({@code {{ISBN|…}}}, {@code {{OCLC}}}, {@code {{ISSN}}}, {@code {{doi}}}): the identifier with its scheme. */
final class IdentifierFamily implements TemplateFamily {
  private static final Map<String, String> PREFIXES = Map.of(
      "isbn", "ISBN ", "oclc", "OCLC ", "issn", "ISSN ", "doi", "doi:");

  @Override
  public boolean has(String name) {
    return PREFIXES.containsKey(name);
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    call.show(t.at(0) == null ? null : PREFIXES.get(t.name()) + t.at(0));
  }
}
