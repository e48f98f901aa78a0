package dev.claimcheck.read.wiki;

/** Text in another language ({@code {{lang|fr|…}}}, {@code {{lang-fr|…}}}, {@code {{langx|…}}}): the text. */
final class LangFamily implements TemplateFamily {
  @Override
  public boolean has(String name) {
    return name.startsWith("lang-") || name.startsWith("lang ") || name.equals("lang") || name.equals("langx");
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    String name = t.name();
    call.show(name.equals("lang") || name.equals("langx") ? t.at(1) : t.at(0));
  }
}
