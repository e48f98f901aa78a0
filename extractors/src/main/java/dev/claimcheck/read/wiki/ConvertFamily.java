package dev.claimcheck.read.wiki;

import java.util.Set;

/**
 * Quantities ({@code {{convert|12|km}}}, {@code {{cvt}}}, {@code {{val}}}): the value and unit as
 * written, a range with its word ({@code 5 to 10 km}); the converted value is left out.
 */
final class ConvertFamily extends NamedFamily {
  private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "and", "or", "by", "x", "+/-", "±");

  ConvertFamily() {
    super(Set.of("convert", "cvt", "val"));
  }

  @Override
  String text(WikiSyntax.Template t, TemplateCall call) {
    return t.name().equals("val") ? value(t) : quantity(t);
  }

  private static String quantity(WikiSyntax.Template t) {
    String value = t.at(0);
    String second = t.at(1);
    if (value == null || second == null) {
      return value;
    }
    if (RANGE_WORDS.contains(second) && t.at(2) != null) {
      return value + " " + second + " " + t.at(2) + (t.at(3) != null ? " " + t.at(3) : "");
    }
    return value + " " + second;
  }

  private static String value(WikiSyntax.Template t) {
    return t.at(0) == null ? null : t.at(0) + (t.get("u") != null ? " " + t.get("u") : "");
  }
}
