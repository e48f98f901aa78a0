package dev.claimcheck.read.html;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Work;
import dev.claimcheck.read.CitationFields;
import dev.claimcheck.refs.WorkText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes a document's citation fields into its converted tree before the walk: each citation's
 * shown text, found in order, becomes an element naming the items it cites
 * ({@link #CITES}), each item's entry in the rendered bibliography is marked with its key
 * ({@link #ITEM}), and an item no entry renders gets one written from its fields, after the
 * bibliography or under a new "References" heading.
 */
final class FieldMarkup {
  /** Attribute of a citation's element: the entry ids of the items it cites, space-separated. */
  static final String CITES = "data-cc-cites";
  /** Attribute of an item's entry: its entry id. */
  static final String ITEM = "data-cc-item";

  private FieldMarkup() {}

  static void apply(Element body, CitationFields fields) {
    markCitations(body, fields);
    splitBibliography(body, fields.bibliography());
    markEntries(body, fields);
  }

  /** The entry ids of the items, by key: stable, from their order of first citation. */
  static Map<String, String> entryIds(CitationFields fields) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String key : fields.items().keySet()) {
      ids.put(key, "cc-item-" + (ids.size() + 1));
    }
    return ids;
  }

  private static void markCitations(Element body, CitationFields fields) {
    Map<String, String> ids = entryIds(fields);
    List<TextNode> texts = textNodes(body);
    // Citations stand in document order: each is looked for from where the last one was found.
    int node = 0;
    for (CitationFields.Citation citation : fields.citations()) {
      Pattern needle = needle(citation.written());
      if (needle == null) {
        continue;
      }
      for (int n = node; n < texts.size(); n++) {
        TextNode text = texts.get(n);
        Matcher m = needle.matcher(text.getWholeText());
        if (m.find()) {
          TextNode rest = m.end() < text.getWholeText().length() ? text.splitText(m.end()) : null;
          TextNode match = m.start() > 0 ? text.splitText(m.start()) : text;
          Element cite = new Element("span").attr(CITES,
              String.join(" ", citation.keys().stream().map(ids::get).toList()));
          match.replaceWith(cite);
          cite.appendChild(match);
          if (rest != null) {
            texts.set(n, rest);
            node = n;
          } else {
            node = n + 1;
          }
          break;
        }
      }
    }
  }

  /** The citation's text with white space free and no digit glued on; null if blank. */
  private static Pattern needle(String written) {
    if (written.isBlank()) {
      return null;
    }
    String[] words = written.strip().split("\\s+");
    StringBuilder regex = new StringBuilder();
    if (Character.isDigit(words[0].charAt(0))) {
      regex.append("(?<!\\d)");
    }
    for (int i = 0; i < words.length; i++) {
      regex.append(i > 0 ? "\\s*" : "").append(Pattern.quote(words[i]));
    }
    String last = words[words.length - 1];
    if (Character.isDigit(last.charAt(last.length() - 1))) {
      regex.append("(?!\\d)");
    }
    return Pattern.compile(regex.toString());
  }

  private static List<TextNode> textNodes(Element body) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank()) {
        texts.add(t);
      }
    }, body);
    return texts;
  }

  /**
   * A rendered bibliography the converter ran together into one paragraph (a content control's
   * paragraphs become one) is cut back into the entries the field shows.
   */
  private static void splitBibliography(Element body, List<String> entries) {
    if (entries.size() < 2) {
      return;
    }
    List<String> folded = entries.stream().map(FieldMarkup::folded).toList();
    for (Element p : body.select("p")) {
      String text = folded(p.text());
      List<String> held = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (!folded.get(i).isEmpty() && text.contains(folded.get(i))) {
          held.add(entries.get(i));
        }
      }
      if (held.size() >= 2) {
        Element at = p;
        for (String entry : held) {
          Element one = new Element("p").text(entry);
          at.after(one);
          at = one;
        }
        p.remove();
      }
    }
  }

  /**
   * Marks each item's rendered entry: the first paragraph holding no citation whose text has
   * the item's title and its first author or year; writes entries for the items left.
   */
  private static void markEntries(Element body, CitationFields fields) {
    Map<String, Work> items = fields.items();
    Map<String, String> ids = entryIds(fields);
    List<Element> candidates = new ArrayList<>();
    for (Element e : body.select("p, li")) {
      if (e.selectFirst("[" + CITES + "]") == null && e.text().length() <= 4_000) {
        candidates.add(e);
      }
    }
    Set<Element> taken = new HashSet<>();
    int last = -1;
    List<String> unwritten = new ArrayList<>();
    for (Map.Entry<String, Work> item : items.entrySet()) {
      int found = -1;
      for (int c = 0; c < candidates.size() && found < 0; c++) {
        if (!taken.contains(candidates.get(c))
            && renders(folded(candidates.get(c).text()), item.getValue())) {
          found = c;
        }
      }
      if (found < 0) {
        unwritten.add(item.getKey());
        continue;
      }
      taken.add(candidates.get(found));
      candidates.get(found).attr(ITEM, ids.get(item.getKey()));
      last = Math.max(last, found);
    }
    if (unwritten.isEmpty()) {
      return;
    }
    Element after = last < 0 ? null : candidates.get(last);
    if (after == null) {
      body.appendElement("h1").text("References");
    }
    for (String key : unwritten) {
      Element entry = new Element("p").attr(ITEM, ids.get(key)).text(WorkText.of(items.get(key)));
      if (after == null) {
        body.appendChild(entry);
      } else {
        after.after(entry);
        after = entry;
      }
    }
  }

  /** Whether a paragraph's folded text renders the work. */
  private static boolean renders(String text, Work work) {
    String title = work.title() == null ? "" : folded(work.title());
    boolean titled = title.length() >= 12 && text.contains(title.substring(0, Math.min(60, title.length())));
    Author first = work.authors().isEmpty() ? null : work.authors().get(0);
    boolean named = first != null && text.contains(folded(first.family()));
    boolean dated = work.year() != null && text.contains(work.year());
    if (titled) {
      return named || dated || first == null && work.year() == null;
    }
    return title.length() < 12 && named && dated;
  }

  private static String folded(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
