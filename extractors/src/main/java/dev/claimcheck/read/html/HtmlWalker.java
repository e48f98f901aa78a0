package dev.claimcheck.read.html;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.GivenFields;
import dev.claimcheck.model.Work;
import dev.claimcheck.read.DocumentBuilder;
import dev.claimcheck.read.SectionNames;
import dev.claimcheck.refs.Coins;
import dev.claimcheck.refs.EntryShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML element tree into blocks of a {@link DocumentBuilder}: headings, paragraphs,
 * list items, infobox lines, captions, table rows and reference entries, with citation markers
 * recorded where they stand. Loose inline content between blocks becomes a paragraph. Nesting
 * deeper than {@link #MAX_DEPTH} is left out with a warning, so hostile pages cannot exhaust
 * the stack. Not thread-safe: one walker walks one page.
 */
final class HtmlWalker {
  /** Deepest element nesting walked; deeper content is left out and the document warned. */
  static final int MAX_DEPTH = 256;

  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside",
      "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
      "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
      "th", "ul", "caption", "html");

  private static final Pattern ENTRY_NUMBER = Pattern.compile("\\[?(\\d{1,4})[.\\])]\\s");

  private final HtmlRules rules;
  private final DocumentBuilder out;
  private final Map<String, String> labels = new HashMap<>();
  private String entrySection;
  private int lastEntryNumber;
  private boolean tooDeep;

  HtmlWalker(HtmlRules rules, DocumentBuilder out) {
    this.rules = rules;
    this.out = out;
  }

  /** Walks the article under {@code root}. */
  void walk(Element root) {
    // Labels of reference entries come from the markers that point at them, met on the way:
    // the list follows the text; an entry no marker names keeps its ordinal.
    // The root is the article: rules that leave out furniture never apply to it.
    if (rules.isReferenceList(root) || rules.isInfobox(root)) {
      block(root, 0);
    } else {
      mixed(root, 0);
    }
    if (tooDeep) {
      out.warn("markup nested deeper than " + MAX_DEPTH + " levels was left out");
    }
  }

  private boolean tooDeep(int depth) {
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return true;
    }
    return false;
  }

  private void block(Element e, int depth) {
    if (tooDeep(depth) || out.full() || rules.skip(e)) {
      return;
    }
    String tag = e.normalName();
    Optional<HtmlRules.GivenEntry> given = rules.givenEntry(e);
    if (rules.isReferenceList(e)) {
      referenceList(e, depth);
    } else if (rules.isInfobox(e)) {
      infobox(e, depth);
    } else if (rules.isCaption(e)) {
      single(BlockKind.CAPTION, e, depth);
    } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      single(BlockKind.HEADING, e, depth);
    } else if (tag.equals("blockquote") && rules.citedLink(e).isPresent()) {
      // A quotation with its source: one block, all of it citing the source.
      out.startBlock();
      int start = out.position();
      inlineChildren(e, depth);
      out.link(start, rules.citedLink(e).get());
      out.endBlock(inSection(BlockKind.PARAGRAPH), null);
    } else if (given.isPresent()) {
      out.startBlock();
      inlineChildren(e, depth);
      out.cite(given.get().fields());
      out.endBlock(BlockKind.REFERENCE_ENTRY, given.get().anchor());
    } else if ((tag.equals("p") || tag.equals("dd") || tag.equals("div")) && Formulas.only(e)) {
      single(BlockKind.FORMULA, e, depth);
    } else if (tag.equals("p") || tag.equals("dd") || tag.equals("dt")) {
      single(entryOrNot(inSection(BlockKind.PARAGRAPH), e.text()), e, depth);
    } else if (tag.equals("pre") && PreformattedProse.reads(e.wholeText())) {
      for (Block b : PreformattedProse.blocks(e.wholeText())) {
        out.block(b.kind() == BlockKind.TITLE ? BlockKind.HEADING : b.kind(), b.text(), null);
      }
    } else if (tag.equals("pre")) {
      single(BlockKind.CODE, e, depth);
    } else if (tag.equals("ul") || tag.equals("ol")) {
      for (Element child : e.children()) {
        if (child.normalName().equals("li") && rules.givenEntry(child).isEmpty()) {
          listItem(child, depth + 1);
        } else {
          block(child, depth + 1);
        }
      }
    } else if (tag.equals("li")) {
      listItem(e, depth);
    } else if (tag.equals("table")) {
      table(e, depth);
    } else {
      mixed(e, depth);
    }
  }

  /** Children of a container: runs of inline content become paragraphs between the blocks. */
  private void mixed(Element e, int depth) {
    List<Node> run = new ArrayList<>();
    for (Node child : e.childNodes()) {
      if (child instanceof Element el && isBlock(el)) {
        flush(run, depth);
        block(el, depth + 1);
      } else {
        run.add(child);
      }
    }
    flush(run, depth);
  }

  private void flush(List<Node> run, int depth) {
    boolean text = run.stream().anyMatch(n -> n instanceof Element
        || (n instanceof TextNode t && !t.isBlank()));
    if (text) {
      out.startBlock();
      run.forEach(n -> inline(n, depth + 1));
      out.endBlock(entryOrNot(inSection(BlockKind.PARAGRAPH), textOf(run)), null);
    }
    run.clear();
  }

  private static String textOf(List<Node> run) {
    StringBuilder text = new StringBuilder();
    for (Node n : run) {
      text.append(n instanceof Element el ? el.text() : n instanceof TextNode t ? t.text() : "").append(' ');
    }
    return text.toString();
  }

  /**
   * A paragraph that is furniture by its shape is boilerplate. A paragraph of a reference
   * section that does not look like an entry (an author list,
   * affiliations, page furniture after the list) is neither an entry nor prose; one numbered
   * next in the list's sequence (1 first, then one more than the last) is an entry whatever it
   * holds ("1. Bangladesh National Herbarium, Dhaka.").
   */
  private BlockKind entryOrNot(BlockKind kind, String text) {
    if (kind == BlockKind.PARAGRAPH && rules.isFurnitureText(text)) {
      return BlockKind.BOILERPLATE;
    }
    if (kind != BlockKind.REFERENCE_ENTRY) {
      return kind;
    }
    if (!out.section().equals(entrySection)) {
      entrySection = out.section();
      lastEntryNumber = 0;
    }
    Matcher number = ENTRY_NUMBER.matcher(text.stripLeading());
    int n = number.lookingAt() ? Integer.parseInt(number.group(1)) : -1;
    boolean entry = n == lastEntryNumber + 1 || EntryShape.looksLikeEntry(text);
    if (n > 0 && entry) {
      lastEntryNumber = n;
    }
    return entry ? kind : BlockKind.BOILERPLATE;
  }

  /** A prose block's kind in the current section, where the rules ask for that. */
  private BlockKind inSection(BlockKind kind) {
    if (rules.entriesBySection()) {
      if (SectionNames.isReferences(out.section())) {
        return BlockKind.REFERENCE_ENTRY;
      }
      if (SectionNames.isNavigation(out.section())) {
        return BlockKind.NAVIGATION;
      }
    }
    return kind;
  }

  private boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName()) || rules.isReferenceList(e) || rules.isInfobox(e)
        || rules.isCaption(e);
  }

  private void single(BlockKind kind, Element e, int depth) {
    out.startBlock();
    inlineChildren(e, depth);
    out.endBlock(kind, null);
  }

  private void listItem(Element li, int depth) {
    if (tooDeep(depth) || rules.skip(li)) {
      return;
    }
    List<Element> nested = new ArrayList<>();
    out.startBlock();
    for (Node child : li.childNodes()) {
      if (child instanceof Element el && isBlock(el)) {
        nested.add(el);
      } else {
        inline(child, depth + 1);
      }
    }
    out.endBlock(inSection(BlockKind.LIST_ITEM), null);
    nested.forEach(el -> block(el, depth + 1));
  }

  private void referenceList(Element list, int depth) {
    int ordinal = 0;
    for (Element li : list.children()) {
      if (!li.normalName().equals("li") || rules.skip(li)) {
        continue;
      }
      ordinal++;
      String label = labels.getOrDefault(li.id(), String.valueOf(ordinal));
      out.startBlock();
      // Uses are counted from the markers, so the back-links are not written.
      out.append(label + ". ");
      inlineChildren(rules.referenceText(li), depth + 1);
      // One rendered citation with its COinS: the citation module's own fields.
      var coins = li.select("span.Z3988[title]");
      if (coins.size() == 1 && li.select("cite").size() <= 1) {
        Work fields = Coins.parse(coins.get(0).attr("title"));
        if (fields != null) {
          out.cite(new GivenFields(fields, false));
        }
      }
      out.endBlock(BlockKind.REFERENCE_ENTRY, li.id().isEmpty() ? null : li.id());
    }
  }

  private void infobox(Element table, int depth) {
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      out.startBlock();
      Element header = row.selectFirst("> th");
      if (header != null) {
        inlineChildren(header, depth + 1);
        out.append(": ");
      }
      for (Element cell : row.select("> td")) {
        inlineChildren(cell, depth + 1);
        out.append(" ");
      }
      out.endBlock(BlockKind.INFOBOX, null);
    }
  }

  private void table(Element table, int depth) {
    for (Element child : table.select("caption, tr")) {
      if (child.closest("table") != table || rules.skip(child)) {
        continue;
      }
      out.startBlock();
      if (child.normalName().equals("caption")) {
        inlineChildren(child, depth + 1);
        out.endBlock(BlockKind.CAPTION, null);
      } else {
        for (Element cell : child.children()) {
          inlineChildren(cell, depth + 1);
          out.append(" | ");
        }
        out.endBlock(BlockKind.TABLE_ROW, null);
      }
    }
  }

  private void inlineChildren(Element e, int depth) {
    for (Node child : e.childNodes()) {
      inline(child, depth + 1);
    }
  }

  private void inline(Node node, int depth) {
    if (tooDeep(depth) || out.full()) {
      return;
    }
    if (node instanceof TextNode text) {
      out.append(text.getWholeText());
      return;
    }
    if (!(node instanceof Element e) || rules.skip(e)) {
      return;
    }
    List<HtmlRules.Citation> citations = rules.citations(e);
    if (!citations.isEmpty()) {
      List<String> labelsCited = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      for (HtmlRules.Citation c : citations) {
        labels.putIfAbsent(c.target(), c.label());
        labelsCited.add(c.label());
        targets.add(c.target());
      }
      out.citations(citations.get(0).written(), labelsCited, targets);
      return;
    }
    Optional<String> replacement = rules.replacement(e);
    if (replacement.isPresent()) {
      out.append(replacement.get());
      return;
    }
    Optional<String> link = rules.citedLink(e);
    if (link.isPresent()) {
      int start = out.position();
      inlineChildren(e, depth);
      out.link(start, link.get());
      return;
    }
    if (e.normalName().equals("br")) {
      out.append(" ");
      return;
    }
    boolean spaced = BLOCK_TAGS.contains(e.normalName());
    if (spaced) {
      out.append(" ");
    }
    inlineChildren(e, depth);
    if (spaced) {
      out.append(" ");
    }
  }
}
