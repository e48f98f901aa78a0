package dev.claimcheck.read.wiki;

import java.util.Map;

/** Templates that stand for one symbol: dashes, spaces, the pipe and equals sign, bullets. */
final class SymbolFamily implements TemplateFamily {
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("ndash", "–"), Map.entry("en dash", "–"), Map.entry("mdash", "—"),
      Map.entry("emdash", "—"), Map.entry("em dash", "—"), Map.entry("snd", " – "),
      Map.entry("spnd", " – "), Map.entry("spaced ndash", " – "), Map.entry("spaced en dash", " – "),
      Map.entry("nbsp", " "), Map.entry("'", "'"), Map.entry("!", "|"), Map.entry("=", "="),
      Map.entry("·", " · "), Map.entry("dot", " · "), Map.entry("middot", " · "),
      Map.entry("bull", " • "), Map.entry("-", "-"), Map.entry("shy", ""), Map.entry("zwsp", ""));

  @Override
  public boolean has(String name) {
    return SYMBOLS.containsKey(name);
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    call.text(SYMBOLS.get(t.name()));
  }
}
