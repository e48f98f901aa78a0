package dev.claimcheck.read.wiki;

import java.util.Set;

/**
 * Explanatory notes ({@code {{efn}}}, {@code {{refn}}}): a note of the lower-alpha group (or the
 * group {@code refn} names) whose text is the first parameter.
 */
final class NoteFamily extends NamedFamily {
  private static final Set<String> NAMES = Set.of("efn", "efn-ua", "efn-lr", "efn-la", "efn-lg",
      "refn", "notetag", "ref label", "efn-lower-alpha");

  NoteFamily() {
    super(NAMES);
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    String content = t.get("1", "text");
    if (content == null) {
      content = t.at(0);
    }
    String group = t.name().equals("refn") ? t.get("group") : "lower-alpha";
    if (content != null) {
      call.cite(group, t.get("name"), content);
    }
  }
}
