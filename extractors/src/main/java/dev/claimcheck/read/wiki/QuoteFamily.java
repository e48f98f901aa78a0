package dev.claimcheck.read.wiki;

import java.util.Set;

/** Quotations ({@code {{quote}}}, {@code {{blockquote}}} …): the quoted text in quotation marks. */
final class QuoteFamily extends NamedFamily {
  private static final Set<String> NAMES = Set.of("quote", "cquote", "blockquote",
      "quotation", "quote frame", "rquote", "quote box", "pull quote", "centered pull quote");

  QuoteFamily() {
    super(NAMES);
  }

  static boolean isQuote(String name) {
    return NAMES.contains(name);
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return text(t);
  }

  /** The quotation as wikitext in quotation marks, or null. */
  static String text(WikiSyntax.Template template) {
    String quote = template.get("text", "quote", "1");
    if (quote == null) {
      quote = template.at(0);
    }
    return quote == null ? null : "“" + quote + "”";
  }
}
