package dev.claimcheck.read.wiki;

import java.util.Set;

/**
 * Templates that add a word or two to what they are given: {@code {{as of|2020}}} ("As of
 * 2020"), {@code {{circa|1850}}} ("c. 1850"), {@code {{nihongo}}}, {@code {{transl}}},
 * {@code {{sortname}}}.
 */
final class WordingFamily extends NamedFamily {
  WordingFamily() {
    super(Set.of("as of", "circa", "c.", "nihongo", "transl", "transliteration", "sortname"));
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return text(t);
  }

  private static String text(WikiSyntax.Template t) {
    switch (t.name()) {
      case "as of":
        return t.positional().isEmpty() ? null : "As of " + String.join(" ", t.positional()).strip();
      case "circa":
      case "c.":
        return t.at(0) == null ? "c." : "c. " + t.at(0);
      case "nihongo":
        return t.at(0) == null ? null : t.at(0) + (t.at(1) != null ? " (" + t.at(1) + ")" : "");
      case "transl":
      case "transliteration":
        return t.positional().isEmpty() ? null : t.at(t.positional().size() - 1);
      default:
        return t.at(0) == null ? null : t.at(0) + (t.at(1) != null ? " " + t.at(1) : "");
    }
  }
}
