package dev.claimcheck.read.wiki;

import java.util.Set;

/**
 * Shortened footnotes ({@code {{sfn|Smith|2019|p=5}}}): a note whose text is the short citation
 * {@code Smith 2019, p. 5}, for the linker to resolve against the bibliography.
 */
final class ShortFootnoteFamily extends NamedFamily {
  private static final Set<String> NAMES = Set.of("sfn", "sfnp", "sfnm", "shortened footnote template");

  ShortFootnoteFamily() {
    super(NAMES);
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    String content = HarvardFamily.shortCitation(t, call);
    if (!call.quiet() && content != null) {
      call.tally().shortFootnote();
      call.cite("", "sfn " + content, content);
    }
  }
}
