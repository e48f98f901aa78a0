package dev.claimcheck.read.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Templates that format the text they are given ({@code {{nowrap}}}, {@code {{small}}},
 * {@code {{abbr}}}, {@code {{sic}}} …): the first parameter; lists ({@code {{hlist}}},
 * {@code {{ubl}}}) run into one line.
 */
final class FormattingFamily extends NamedFamily {
  private static final Set<String> NAMES = Set.of("nowrap", "nobr", "small",
      "smaller", "big", "larger", "resize", "em", "strong", "bold", "italic", "nobold",
      "noitalic", "smallcaps", "sc", "mvar", "var", "code", "tt", "samp", "kbd", "nowiki",
      "plain text", "center", "visible anchor", "vanchor", "abbr", "tooltip", "ill", "illm",
      "interlanguage link", "interlanguage link multi", "ill2", "baseball year", "by", "mlby",
      "nfly", "nba year", "sic", "not a typo", "proper name", "linktext", "lang-en", "noflag",
      "keypress", "highlight", "colored text", "font color", "serif", "sans-serif", "ubl",
      "nihongo2", "gaps", "hlist", "flatlist", "plainlist", "unbulleted list", "bulleted list",
      "ordered list", "endash", "uc", "lc", "ucfirst", "lcfirst");

  FormattingFamily() {
    super(NAMES);
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return text(t);
  }

  private static String text(WikiSyntax.Template t) {
    String name = t.name();
    String first = t.at(0);
    if (name.equals("sic") && t.positional().size() > 1) {
      return t.at(t.positional().size() - 1);
    }
    if ((name.endsWith("list") || name.equals("ubl") || name.equals("hlist")) && first != null) {
      List<String> items = new ArrayList<>();
      for (int p = 0; p < t.positional().size(); p++) {
        String item = t.at(p);
        if (item != null) {
          items.add(item.replaceAll("\\n\\s*\\*\\s*", ", ").replaceFirst("^\\s*\\*\\s*", ""));
        }
      }
      return String.join(", ", items);
    }
    return first;
  }
}
