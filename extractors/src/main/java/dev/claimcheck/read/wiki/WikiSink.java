package dev.claimcheck.read.wiki;

import dev.claimcheck.read.DocumentBuilder;

/**
 * Where rendered wikitext goes: the document being built, or a plain string (template
 * parameters, titles). Links and citation markers only mean something in a document; a string
 * keeps their text alone.
 */
interface WikiSink {

  /** Appends text. */
  void text(String s);

  /** Where the next character will stand. */
  int position();

  /** Records what was appended since {@code start} as a link to {@code url}. */
  void link(int start, String url);

  /** Appends a citation marker, as written, pointing at reference {@code target}. */
  void citation(String written, String label, String target);

  /** A sink writing into the open block of {@code builder}. */
  static WikiSink of(DocumentBuilder builder) {
    return new WikiSink() {
      @Override
      public void text(String s) {
        builder.append(s);
      }

      @Override
      public int position() {
        return builder.position();
      }

      @Override
      public void link(int start, String url) {
        builder.link(start, url);
      }

      @Override
      public void citation(String written, String label, String target) {
        builder.citation(written, label, target);
      }
    };
  }

  /** A sink collecting plain text in {@code out}. */
  static WikiSink of(StringBuilder out) {
    return new WikiSink() {
      @Override
      public void text(String s) {
        out.append(s);
      }

      @Override
      public int position() {
        return out.length();
      }

      @Override
      public void link(int start, String url) {}

      @Override
      public void citation(String written, String label, String target) {}
    };
  }
}
