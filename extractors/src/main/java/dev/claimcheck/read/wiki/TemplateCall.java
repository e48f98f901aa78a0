package dev.claimcheck.read.wiki;

/**
 * What a {@link TemplateFamily} may do where a template stands: write text, render wikitext
 * in place, read a parameter as plain text, cite a note, count what it met. In quiet mode (a
 * parameter read for its plain text, list-defined references) no marker is placed and nothing
 * is counted.
 */
final class TemplateCall {
  private final InlineMarkup markup;
  private final WikiSink out;
  private final int depth;
  private final boolean quiet;

  TemplateCall(InlineMarkup markup, WikiSink out, int depth, boolean quiet) {
    this.markup = markup;
    this.out = out;
    this.depth = depth;
    this.quiet = quiet;
  }

  boolean quiet() {
    return quiet;
  }

  WikiSink out() {
    return out;
  }

  /** Writes {@code text} as it is. */
  void text(String text) {
    out.text(text);
  }

  /** Renders {@code wikitext} where the template stands; null shows nothing. */
  void show(String wikitext) {
    if (wikitext != null) {
      markup.render(wikitext, out, depth, quiet);
    }
  }

  /** The plain text of a piece of wikitext (a parameter's value). */
  String plain(String wikitext) {
    return markup.plain(wikitext);
  }

  /** Cites a note of {@code group} (null: the main group), unless quiet. */
  void cite(String group, String name, String content) {
    if (!quiet) {
      markup.references().cite(group, name, content, out);
    }
  }

  /** What the page has met, for the reader's counts. */
  WikiTally tally() {
    return markup.tally();
  }
}
