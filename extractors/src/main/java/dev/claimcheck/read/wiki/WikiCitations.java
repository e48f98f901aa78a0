package dev.claimcheck.read.wiki;

import dev.claimcheck.model.Work;
import dev.claimcheck.read.DocumentBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The citation templates of a page of wikitext, each with the fields its parameters give and
 * the text the reader writes for it: what measures the reference parser on real citations.
 */
public final class WikiCitations {
  private WikiCitations() {}

  /**
   * One citation template.
   *
   * @param name the template's name ({@code cite web})
   * @param fields the work as its parameters describe it
   * @param rendered the reference text the wikitext reader writes for it
   * @param links the URLs the rendering links (title, archive copy)
   */
  public record Citation(String name, Work fields, String rendered, List<String> links) {}

  /** The citation templates of {@code wikitext}, in order. */
  public static List<Citation> in(String wikitext) {
    WikiPage page = new WikiPage(wikitext, new DocumentBuilder("citations", "wikitext", Integer.MAX_VALUE),
        new WikiTally());
    List<Citation> out = new ArrayList<>();
    for (WikiSyntax.Template t : page.citationTemplates()) {
      StringBuilder text = new StringBuilder();
      List<String> links = new ArrayList<>();
      CitationTemplates.render(t, page::plain, new WikiSink() {
        @Override
        public void text(String s) {
          text.append(s);
        }

        @Override
        public int position() {
          return text.length();
        }

        @Override
        public void link(int start, String url) {
          links.add(url);
        }

        @Override
        public void citation(String written, String label, String target) {
          text.append(written);
        }
      });
      out.add(new Citation(t.name(), CitationTemplates.work(t, page::plain),
          text.toString().replaceAll("\\s+", " ").strip(), List.copyOf(links)));
    }
    return out;
  }
}
