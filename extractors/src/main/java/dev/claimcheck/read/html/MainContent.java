package dev.claimcheck.read.html;

import dev.claimcheck.text.Prose;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding an article page's text. Paragraphs, preformatted text, quotations
 * and list items that read as sentences vote, unless they are or sit in furniture (a consent
 * notice is furniture by what it says, {@link ArticleRules#skip}): each scores its container (the list's for an item) by its length and commas, and
 * half of that the container's parent; a container's score is discounted by how much of its
 * text is links. The best container wins, unless it holds under a third of the voting text:
 * then the article is where the text is, the deepest element holding three quarters of it.
 * Stateless.
 */
final class MainContent {
  /** Shorter paragraphs ("Share", "Read more") do not vote for a container. */
  static final int MIN_PARAGRAPH = 25;
  /** Containers weighed for link density. */
  private static final int CONTENDERS = 5;
  private static final double LEAST_SHARE = 1 / 3.0;
  private static final double MOST_SHARE = 0.75;

  private MainContent() {}

  static Element root(Document page, ArticleRules rules) {
    Element body = page.body();
    Map<Element, Double> scores = new HashMap<>();
    Map<Element, Integer> mass = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote, li")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH || !votes(p, text) || insideFurniture(p, body, rules)) {
        continue;
      }
      double score = 1 + text.chars().filter(c -> c == ',').count()
          + Math.min(text.length() / 100.0, 3);
      Element container = p.normalName().equals("li") && p.parent() != null ? p.parent().parent() : p.parent();
      if (container != null) {
        scores.merge(container, score, Double::sum);
        if (container.parent() != null && container != body) {
          scores.merge(container.parent(), score / 2, Double::sum);
        }
      }
      for (Element at = p.parent(); at != null; at = at == body ? null : at.parent()) {
        mass.merge(at, text.length(), Integer::sum);
      }
    }
    // Link density is costly to work out: only the best few by raw score are weighed.
    Element best = scores.entrySet().stream()
        .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
        .limit(CONTENDERS)
        .map(e -> Map.entry(e.getKey(), e.getValue() * (1 - linkDensity(e.getKey()))))
        .max(Comparator.comparingDouble((Map.Entry<Element, Double> e) -> e.getValue())
            .thenComparing(e -> -e.getKey().siblingIndex()))
        .map(Map.Entry::getKey)
        .orElse(body);
    int total = mass.getOrDefault(body, 0);
    if (best == body || mass.getOrDefault(best, 0) >= LEAST_SHARE * total) {
      return best;
    }
    return whereTheTextIs(body, mass, total);
  }

  /** A list item votes when it is a sentence, not a link or a menu entry. */
  private static boolean votes(Element p, String text) {
    if (!p.normalName().equals("li")) {
      return true;
    }
    // The selection holds the item itself: an item holding blocks of its own does not vote.
    return Prose.endsSentence(text) && p.select("p, li, ul, ol, div").size() == 1 && linkDensity(p) < 0.5;
  }

  /** Down from the body, into the child that holds most of the text while it holds 3/4 of it all. */
  private static Element whereTheTextIs(Element body, Map<Element, Integer> mass, int total) {
    Element at = body;
    while (true) {
      Element next = null;
      for (Element child : at.children()) {
        if (mass.getOrDefault(child, 0) >= MOST_SHARE * total) {
          next = child;
        }
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
  }

  /** Inside furniture, or deeper than the walker reads. */
  private static boolean insideFurniture(Element e, Element body, ArticleRules rules) {
    int depth = 0;
    for (Element at = e; at != null && at != body; at = at.parent()) {
      if (rules.skip(at) || ++depth > HtmlWalker.MAX_DEPTH) {
        return true;
      }
    }
    return false;
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 1;
    }
    int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return Math.min(1, links / (double) all);
  }
}
