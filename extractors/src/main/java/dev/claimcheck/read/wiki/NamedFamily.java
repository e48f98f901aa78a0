package dev.claimcheck.read.wiki;

import java.util.Set;

/** A template family known by the list of its names (and their aliases), shown as a piece of wikitext. */
abstract class NamedFamily implements TemplateFamily {
  private final Set<String> names;

  NamedFamily(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  @Override
  public final boolean has(String name) {
    return names.contains(name);
  }

  /** Shows the wikitext {@link #text} gives; a family that cites instead overrides this. */
  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    call.show(text(t, call));
  }

  /** The wikitext the template shows in place, or null for nothing. */
  String text(WikiSyntax.Template t, TemplateCall call) {
    return null;
  }
}
