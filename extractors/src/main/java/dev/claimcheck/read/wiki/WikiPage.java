package dev.claimcheck.read.wiki;

import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.GivenFields;
import dev.claimcheck.read.DocumentBuilder;
import dev.claimcheck.read.SectionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders one page of wikitext into a document, block by block: headings, paragraphs, lists,
 * tables, the infobox as rows, captions, and the reference list where {@code {{reflist}}} or
 * {@code <references/>} stands (or at the end). Inline markup is {@link InlineMarkup}'s, the
 * references' numbering {@link PageReferences}', templates their {@link TemplateFamilies}'.
 * Not thread-safe: one instance renders one page.
 */
final class WikiPage {
  private static final Set<String> REFERENCE_LISTS = Set.of("reflist", "references", "refs",
      "reflist-talk", "notelist", "notelist-ua", "notelist-lr", "notelist-la", "notes",
      "reference list", "footnotes", "refs list");

  private final String text;
  private final DocumentBuilder builder;
  private final WikiSink document;
  private final PageReferences references = new PageReferences();
  private final InlineMarkup markup;
  private final TableBlocks tables;
  private int bibliography;
  private String section = "";

  WikiPage(String wikitext, DocumentBuilder builder, WikiTally tally) {
    this.text = stripComments(wikitext.replace("\r\n", "\n"));
    this.builder = builder;
    this.document = WikiSink.of(builder);
    this.markup = new InlineMarkup(builder, tally, references);
    this.tables = new TableBlocks(text, builder, document, markup);
  }

  /** Plain text of a piece of wikitext: markup stripped, no markers, white space folded. */
  String plain(String wikitext) {
    return markup.plain(wikitext);
  }

  private static boolean isReferenceList(String name) {
    return REFERENCE_LISTS.contains(name);
  }

  private static String stripComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf("<!--", i);
      if (open < 0) {
        out.append(s, i, s.length());
        break;
      }
      out.append(s, i, open);
      int close = s.indexOf("-->", open + 4);
      i = close < 0 ? s.length() : close + 3;
    }
    return out.toString();
  }

  /** Renders the page into the builder. */
  void render() {
    StringBuilder paragraph = new StringBuilder();
    int i = 0;
    while (i < text.length() && !builder.full()) {
      int end = WikiSyntax.logicalLineEnd(text, i);
      String line = text.substring(i, end);
      i = end + 1;
      String t = line.strip();
      if (t.isEmpty()) {
        flush(paragraph);
      } else if (t.length() > 2 && t.startsWith("=") && t.endsWith("=")) {
        flush(paragraph);
        heading(t);
      } else if (t.startsWith("{|")) {
        flush(paragraph);
        i = tables.read(i - line.length() - 1 + line.indexOf("{|"));
      } else if ("*#;".indexOf(t.charAt(0)) >= 0) {
        flush(paragraph);
        listItem(t);
      } else if (t.startsWith(":")) {
        flush(paragraph);
        paragraph.append(t.replaceFirst("^:+", ""));
        flush(paragraph);
      } else if (blockTemplate(t)) {
        flush(paragraph);
      } else if (referencesTag(t)) {
        flush(paragraph);
      } else if (fileLine(t)) {
        flush(paragraph);
      } else {
        if (paragraph.length() > 0) {
          paragraph.append('\n');
        }
        paragraph.append(line);
      }
    }
    flush(paragraph);
    for (String group : references.groupsNotListed()) {
      referenceList(group);
    }
  }
  private void flush(StringBuilder paragraph) {
    if (paragraph.length() == 0) {
      return;
    }
    String raw = paragraph.toString();
    paragraph.setLength(0);
    block(proseKind(BlockKind.PARAGRAPH), raw, null);
  }

  /** The kind a prose block has in the current section. */
  private BlockKind proseKind(BlockKind kind) {
        if (SectionNames.isReferences(section)) {
      return BlockKind.REFERENCE_ENTRY;
    }
    if (SectionNames.isNavigation(section)) {
      return BlockKind.NAVIGATION;
    }
    return kind;
  }

  private void block(BlockKind kind, String raw, String anchor) {
    builder.startBlock();
    String blockAnchor = anchor;
    if (kind == BlockKind.REFERENCE_ENTRY && anchor == null) {
      blockAnchor = "bibliography-" + (++bibliography);
    }
    if (kind == BlockKind.REFERENCE_ENTRY) {
      citedDirectly(raw);
    }
    markup.render(raw, document, 0, false);
    builder.endBlock(kind, blockAnchor);
  }
  private void heading(String t) {
    int level = 0;
    while (level < t.length() / 2 && t.charAt(level) == '=' && t.charAt(t.length() - 1 - level) == '=') {
      level++;
    }
    String inner = t.substring(level, t.length() - level);
    String plain = markup.plain(inner);
    section = plain;
    builder.block(BlockKind.HEADING, plain, null);
  }

  private void listItem(String t) {
    String body = t.replaceFirst("^[*#:;]+", "").strip();
    if (t.startsWith(";")) {
      int colon = body.indexOf(" : ");
      if (colon > 0) {
        body = body.substring(0, colon) + ": " + body.substring(colon + 3);
      }
    }
    if (!body.isEmpty()) {
      block(proseKind(BlockKind.LIST_ITEM), body, null);
    }
  }

  /** A line that is one template standing as a block: an infobox, a reference list, a quote. */
  private boolean blockTemplate(String t) {
    if (!t.startsWith("{{") || WikiSyntax.templateEnd(t, 0) != t.length()) {
      return false;
    }
    String inner = t.substring(2, t.length() - 2);
    WikiSyntax.Template template = WikiSyntax.template(inner);
    String name = template.name();
    if (isReferenceList(name)) {
      String listed = template.get("refs");
      if (listed != null) {
        defineListed(listed);
      }
      String group = template.get("group");
      if (group == null && name.startsWith("notelist")) {
        group = "lower-alpha";
      }
      referenceList(group == null ? "" : group);
      return true;
    }
    if (Infoboxes.isInfobox(name)) {
      for (Map.Entry<String, String> field : template.named().entrySet()) {
        infoboxRow(field.getKey(), field.getValue());
      }
      return true;
    }
    if (QuoteFamily.isQuote(name)) {
      String quote = QuoteFamily.text(template);
      if (quote != null) {
        block(proseKind(BlockKind.PARAGRAPH), quote, null);
      }
      return true;
    }
    return false;
  }

  private void infoboxRow(String key, String value) {
    if (!Infoboxes.shows(key, value)) {
      return;
    }
    builder.startBlock();
    document.text(key.replace('_', ' ').replace('-', ' ') + ": ");
    markup.render(value, document, 1, false);
    builder.endBlock(BlockKind.INFOBOX, null);
  }

  /** A {@code <references/>} line: the list of its group here. */
  private boolean referencesTag(String t) {
    if (!t.regionMatches(true, 0, "<references", 0, 11)) {
      return false;
    }
    int gt = t.indexOf('>');
    if (gt < 0) {
      return false;
    }
    String group = WikiSyntax.attribute(t.substring(11, gt), "group");
    if (t.charAt(gt - 1) != '/') {
      int close = WikiSyntax.closingTag(t, "references", gt);
      defineListed(t.substring(gt + 1, close < 0 ? t.length() : close));
    }
    referenceList(group == null ? "" : group);
    return true;
  }

  /** A line that is one image: its caption as a caption block. */
  private boolean fileLine(String t) {
    if (!t.startsWith("[[") || WikiSyntax.linkEnd(t, 0) != t.length()) {
      return false;
    }
    List<String> parts = WikiSyntax.splitPipes(t.substring(2, t.length() - 2));
    if (!isFile(parts.get(0))) {
      return false;
    }
    String caption = parts.size() > 1 ? parts.get(parts.size() - 1) : "";
    if (!caption.isBlank() && !caption.matches("(?s)\\s*(?:thumb|thumbnail|frame|frameless|left|right|center|none|upright[=0-9.]*|\\d+x?\\d*px|alt=.*|border)\\s*")) {
      builder.startBlock();
      markup.render(caption, document, 1, false);
      builder.endBlock(BlockKind.CAPTION, null);
    }
    return true;
  }

  private static boolean isFile(String target) {
    int colon = target.indexOf(':');
    return colon > 0 && Set.of("file", "image", "media")
        .contains(target.substring(0, colon).strip().toLowerCase(Locale.ROOT));
  }

  /** Reads list-defined references ({@code {{reflist|refs=…}}}): definitions, not markers. */
  private void defineListed(String listed) {
    markup.render(listed, WikiSink.of(new StringBuilder()), 0, true);
  }

  /** Writes the references of {@code group}, in the order of their markers, once. */
  private void referenceList(String group) {
    List<PageReferences.Ref> members = references.takeList(group, builder::warn);
    if (members == null) {
      return;
    }
    for (PageReferences.Ref ref : members) {
      if (ref.content == null || ref.content.isBlank()) {
        builder.warn("reference " + ref.key + " is cited but has no text");
        continue;
      }
      builder.startBlock();
      if (ref.label.matches("\\d{1,4}|[a-z]{1,2}")) {
        document.text(ref.label + ". ");
      }
      citedDirectly(ref.content);
      markup.render(ref.content, document, 1, false);
      builder.endBlock(BlockKind.REFERENCE_ENTRY, ref.target);
    }
  }


  /**
   * When a reference is one citation template and nothing else, its parameters are the
   * reference's fields: the open block carries them, and its rendering is only for reading.
   */
  private void citedDirectly(String content) {
    String s = content.strip();
    if (!s.startsWith("{{") || WikiSyntax.templateEnd(s, 0) != s.length()) {
      return;
    }
    WikiSyntax.Template t = WikiSyntax.template(s.substring(2, s.length() - 2));
    if (CitationTemplates.isCitation(t.name())) {
      builder.cite(new GivenFields(CitationTemplates.work(t, markup::plain), true));
    }
  }

  /** Every citation template of the page (comments left out), in order, nested ones too. */
  List<WikiSyntax.Template> citationTemplates() {
    List<WikiSyntax.Template> out = new ArrayList<>();
    int i = text.indexOf("{{");
    while (i >= 0) {
      int end = WikiSyntax.templateEnd(text, i);
      if (end > i + 4) {
        WikiSyntax.Template t = WikiSyntax.template(text.substring(i + 2, end - 2));
        if (CitationTemplates.isCitation(t.name())) {
          out.add(t);
        }
      }
      i = text.indexOf("{{", i + 2);
    }
    return out;
  }
}
