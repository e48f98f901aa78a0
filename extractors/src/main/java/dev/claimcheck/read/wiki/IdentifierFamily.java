package dev.claimcheck.read.wiki;

import java.util.Map;

/** Identifier templates ({@code {{ISBN|…}}}, {@code {{OCLC}}}, {@code {{ISSN}}}, {@code {{doi}}}): the identifier with its scheme. */
final class IdentifierFamily extends NamedFamily {
  private static final Map<String, String> PREFIXES = Map.of(
      "isbn", "ISBN ", "oclc", "OCLC ", "issn", "ISSN ", "doi", "doi:");

  IdentifierFamily() {
    super(PREFIXES.keySet());
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return t.at(0) == null ? null : PREFIXES.get(t.name()) + t.at(0);
  }
}
