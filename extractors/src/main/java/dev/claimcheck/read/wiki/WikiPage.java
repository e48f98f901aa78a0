package dev.claimcheck.read.wiki;

import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.GivenFields;
import dev.claimcheck.read.DocumentBuilder;
import dev.claimcheck.read.SectionNames;
import dev.claimcheck.text.CalendarDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Renders one page of wikitext into a document: headings, paragraphs, lists, tables, the
 * infobox as rows, captions; {@code <ref>} tags as citation markers whose contents become the
 * reference list where {@code {{reflist}}} or {@code <references/>} stands; citation
 * templates written out in CS1 style; maintenance templates as the tags a reader sees
 * ({@code [citation needed]}); other templates and markup stripped from the prose. Not
 * thread-safe: one instance renders one page.
 */
final class WikiPage {
  private static final int MAX_DEPTH = 40;
  private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]{2,20}__");
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]{0,500}?/?>");
  private static final Pattern URL_START = Pattern.compile("(?:https?:)?//|ftp://|mailto:");
  private static final Set<String> SKIPPED_TAGS = Set.of("gallery", "timeline", "score", "graph",
      "imagemap", "syntaxhighlight", "source", "templatedata", "mapframe", "maplink", "inputbox",
      "categorytree", "hiero", "poem-hidden", "section", "indicator", "templatestyles", "style");
  private static final Set<String> TEXT_TAGS = Set.of("math", "chem", "ce", "pre", "code", "poem");
  private static final Set<String> INTERWIKI_SKIP = Set.of("file", "image", "media", "category");
  private static final Map<String, String> MAINTENANCE = maintenance();
  private static final Pattern CITATION_INSIDE =
      Pattern.compile("(?i)\\{\\{\\s*(?:cite[ _]|citation\\s*[|}])");
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("ndash", "–"), Map.entry("en dash", "–"), Map.entry("mdash", "—"),
      Map.entry("emdash", "—"), Map.entry("em dash", "—"), Map.entry("snd", " – "),
      Map.entry("spnd", " – "), Map.entry("spaced ndash", " – "), Map.entry("spaced en dash", " – "),
      Map.entry("nbsp", " "), Map.entry("'", "'"), Map.entry("!", "|"), Map.entry("=", "="),
      Map.entry("·", " · "), Map.entry("dot", " · "), Map.entry("middot", " · "),
      Map.entry("bull", " • "), Map.entry("-", "-"), Map.entry("shy", ""), Map.entry("zwsp", ""));
  private static final Set<String> FIRST_PARAMETER = Set.of("nowrap", "nobr", "small",
      "smaller", "big", "larger", "resize", "em", "strong", "bold", "italic", "nobold",
      "noitalic", "smallcaps", "sc", "mvar", "var", "code", "tt", "samp", "kbd", "nowiki",
      "plain text", "center", "visible anchor", "vanchor", "abbr", "tooltip", "ill", "illm",
      "interlanguage link", "interlanguage link multi", "ill2", "baseball year", "by", "mlby",
      "nfly", "nba year", "sic", "not a typo", "proper name", "linktext", "lang-en", "noflag",
      "keypress", "highlight", "colored text", "font color", "serif", "sans-serif", "ubl",
      "nihongo2", "gaps", "hlist", "flatlist", "plainlist", "unbulleted list", "bulleted list",
      "ordered list", "endash", "uc", "lc", "ucfirst", "lcfirst");
  private static final Set<String> QUOTES = Set.of("quote", "cquote", "blockquote",
      "quotation", "quote frame", "rquote", "quote box", "pull quote", "centered pull quote");
  private static final Set<String> DATES = Set.of("birth date", "birth date and age",
      "death date", "death date and age", "start date", "end date", "start date and age",
      "end date and age", "dob", "bda", "dda", "film date", "date", "birth-date", "death-date",
      "birth year and age", "death year and age");
  private static final Set<String> HARVARD = Set.of("harvnb", "harvcolnb", "harvtxt", "harv",
      "harvp", "harvard citation no brackets", "harvard citation", "harvcol", "harvcoltxt",
      "harvard citation text", "harvs");
  private static final Set<String> SHORT_FOOTNOTES = Set.of("sfn", "sfnp", "sfnm",
      "shortened footnote template");
  private static final Set<String> NOTES = Set.of("efn", "efn-ua", "efn-lr", "efn-la", "efn-lg",
      "refn", "notetag", "ref label", "efn-lower-alpha");
  private static final Set<String> REFERENCE_LISTS = Set.of("reflist", "references", "refs",
      "reflist-talk", "notelist", "notelist-ua", "notelist-lr", "notelist-la", "notes",
      "reference list", "footnotes", "refs list");

  private final String text;
  private final DocumentBuilder builder;
  private final WikiSink document;
  private final WikiTally tally;
  private final Map<String, Ref> refs = new LinkedHashMap<>();
  private final Map<String, Integer> labelsUsed = new HashMap<>();
  private final List<String> listedGroups = new ArrayList<>();
  private int anonymousRefs;
  private int autoLinks;
  private int bibliography;
  private String section = "";

  /** One reference: its content as wikitext (null until defined) and the label of its marker. */
  private static final class Ref {
    final String group;
    final String key;
    final String target;
    String content;
    String label;
    int order;

    Ref(String group, String key, String target) {
      this.group = group;
      this.key = key;
      this.target = target;
    }
  }

  WikiPage(String wikitext, DocumentBuilder builder, WikiTally tally) {
    this.text = stripComments(wikitext.replace("\r\n", "\n"));
    this.builder = builder;
    this.document = WikiSink.of(builder);
    this.tally = tally;
  }

  private static Map<String, String> maintenance() {
    Map<String, String> m = new HashMap<>();
    for (String n : List.of("citation needed", "cn", "fact", "citation-needed", "cite needed",
        "citationneeded", "needs citation", "source needed", "ref needed", "reference needed",
        "cn-span", "citation needed span", "fact span", "cns", "unreferenced inline")) {
      m.put(n, "citation needed");
    }
    for (String n : List.of("better source", "better source needed", "bettersource",
        "better citation", "better source needed inline", "unreliable source?",
        "unreliable source", "self-published inline")) {
      m.put(n, "better source needed");
    }
    for (String n : List.of("dubious", "dubious-inline", "dubious inline", "doubtful", "dubious span")) {
      m.put(n, "dubious");
    }
    for (String n : List.of("disputed inline", "disputed-inline", "disputed claim",
        "disputed-claim", "disputed span", "disputed")) {
      m.put(n, "disputed");
    }
    return Map.copyOf(m);
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
      int end = logicalLineEnd(i);
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
        i = table(i - line.length() - 1 + line.indexOf("{|"));
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
    for (Ref ref : List.copyOf(refs.values())) {
      if (!listedGroups.contains(ref.group)) {
        referenceList(ref.group);
      }
    }
  }

  /**
   * Where the line starting at {@code from} ends: the next newline outside templates, links
   * and tags, which may span lines.
   */
  private int logicalLineEnd(int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i;
      }
      int skip = -1;
      if (c == '{' && text.startsWith("{{", i)) {
        skip = WikiSyntax.templateEnd(text, i);
      } else if (c == '[' && text.startsWith("[[", i)) {
        skip = WikiSyntax.linkEnd(text, i);
      } else if (c == '<' && text.regionMatches(true, i, "<ref", 0, 4)) {
        int gt = text.indexOf('>', i);
        if (gt > 0 && text.charAt(gt - 1) != '/') {
          int close = WikiSyntax.closingTag(text, "ref", gt);
          skip = close < 0 ? -1 : close + 5;
        }
      }
      i = skip > i ? skip : i + 1;
    }
    return text.length();
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
    inline(raw, 0, raw.length(), document, 0, false);
    builder.endBlock(kind, blockAnchor);
  }

  private void heading(String t) {
    int level = 0;
    while (level < t.length() / 2 && t.charAt(level) == '=' && t.charAt(t.length() - 1 - level) == '=') {
      level++;
    }
    String inner = t.substring(level, t.length() - level);
    String plain = plain(inner);
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

  /** A table from the {@code {|} at {@code from}: its caption and one block per row. */
  private int table(int from) {
    int i = from;
    int depth = 0;
    StringBuilder row = new StringBuilder();
    while (i < text.length()) {
      int end = logicalLineEnd(i);
      String line = text.substring(i, end).strip();
      i = end + 1;
      if (line.startsWith("{|")) {
        depth++;
        continue;
      }
      if (line.startsWith("|}")) {
        tableRow(row);
        depth--;
        if (depth == 0) {
          return i;
        }
        continue;
      }
      if (line.startsWith("|+")) {
        tableRow(row);
        String caption = cell(line.substring(2));
        if (!caption.isBlank()) {
          builder.startBlock();
          inline(caption, 0, caption.length(), document, 0, false);
          builder.endBlock(BlockKind.CAPTION, null);
        }
      } else if (line.startsWith("|-")) {
        tableRow(row);
      } else if (line.startsWith("|") || line.startsWith("!")) {
        for (String cell : line.substring(1).split("\\|\\||!!")) {
          String content = cell(cell);
          if (!content.isBlank()) {
            row.append(row.length() > 0 ? " | " : "").append(content);
          }
        }
      } else if (!line.isEmpty()) {
        row.append(' ').append(line);
      }
    }
    tableRow(row);
    return i;
  }

  /** A cell's content without its attributes ({@code style="…" | content}). */
  private static String cell(String cell) {
    List<String> parts = WikiSyntax.splitPipes(cell);
    return parts.size() > 1 && parts.get(0).contains("=") ? String.join("|", parts.subList(1, parts.size()))
        : cell;
  }

  private void tableRow(StringBuilder row) {
    if (row.length() > 0) {
      String raw = row.toString();
      row.setLength(0);
      builder.startBlock();
      inline(raw, 0, raw.length(), document, 0, false);
      builder.endBlock(BlockKind.TABLE_ROW, null);
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
    if (REFERENCE_LISTS.contains(name)) {
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
    if (isInfobox(name)) {
      for (Map.Entry<String, String> field : template.named().entrySet()) {
        infoboxRow(field.getKey(), field.getValue());
      }
      return true;
    }
    if (QUOTES.contains(name)) {
      String quote = quoteText(template);
      if (quote != null) {
        block(proseKind(BlockKind.PARAGRAPH), quote, null);
      }
      return true;
    }
    return false;
  }

  private static boolean isInfobox(String name) {
    return name.startsWith("infobox") || name.equals("taxobox") || name.equals("speciesbox")
        || name.equals("automatic taxobox") || name.endsWith(" infobox") || name.equals("chembox")
        || name.equals("drugbox");
  }

  private static final Pattern INFOBOX_NOISE = Pattern.compile(
      "^(?:.*_)?(?:image|img|logo|map|caption|alt|coordinates|coord|signature|footnotes|width|"
          + "size|upright|pushpin|embed|module|child|mapframe|onlysourced|qid|fetchwikidata)\\d*(?:_.*)?$");

  private void infoboxRow(String key, String value) {
    if (value.isBlank() || INFOBOX_NOISE.matcher(key.replace('-', '_')).matches()) {
      return;
    }
    builder.startBlock();
    document.text(key.replace('_', ' ').replace('-', ' ') + ": ");
    inline(value, 0, value.length(), document, 1, false);
    builder.endBlock(BlockKind.INFOBOX, null);
  }

  private String quoteText(WikiSyntax.Template template) {
    String quote = template.get("text", "quote", "1");
    if (quote == null) {
      quote = template.at(0);
    }
    return quote == null ? null : "“" + quote + "”";
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
      inline(caption, 0, caption.length(), document, 1, false);
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
    inline(listed, 0, listed.length(), WikiSink.of(new StringBuilder()), 0, true);
  }

  /** Writes the references of {@code group}, in the order of their markers. */
  private void referenceList(String group) {
    if (listedGroups.contains(group)) {
      return;
    }
    listedGroups.add(group);
    List<Ref> members = new ArrayList<>();
    for (Ref ref : refs.values()) {
      if (ref.group.equals(group)) {
        if (ref.label == null) {
          builder.warn("reference " + ref.key + " is defined but never cited");
          continue;
        }
        members.add(ref);
      }
    }
    members.sort(java.util.Comparator.comparingInt(r -> r.order));
    for (Ref ref : members) {
      if (ref.content == null || ref.content.isBlank()) {
        builder.warn("reference " + ref.key + " is cited but has no text");
        continue;
      }
      builder.startBlock();
      if (ref.label.matches("\\d{1,4}|[a-z]{1,2}")) {
        document.text(ref.label + ". ");
      }
      citedDirectly(ref.content);
      inline(ref.content, 0, ref.content.length(), document, 1, false);
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
      builder.cite(new GivenFields(CitationTemplates.work(t, this::plain), true));
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

  /** Plain text of a piece of wikitext: markup stripped, no markers, white space folded. */
  String plain(String wikitext) {
    StringBuilder out = new StringBuilder();
    inline(wikitext, 0, wikitext.length(), WikiSink.of(out), 1, true);
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * Renders inline wikitext {@code s[from, to)} to {@code out}. In {@code quiet} mode (plain
   * text of a parameter, list-defined references) reference tags define references but place
   * no marker and are counted only when they define.
   */
  private void inline(String s, int from, int to, WikiSink out, int depth, boolean quiet) {
    if (depth > MAX_DEPTH) {
      return;
    }
    StringBuilder run = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      char next = i + 1 < to ? s.charAt(i + 1) : 0;
      int end = -1;
      if (c == '{' && next == '{') {
        end = WikiSyntax.templateEnd(s, i);
        if (end > 0 && end <= to) {
          emit(run, out);
          template(s.substring(i + 2, end - 2), out, depth + 1, quiet);
        }
      } else if (c == '[' && next == '[') {
        end = WikiSyntax.linkEnd(s, i);
        if (end > 0 && end <= to) {
          emit(run, out);
          wikiLink(s.substring(i + 2, end - 2), out, depth + 1, quiet);
        }
      } else if (c == '[' && URL_START.matcher(s).region(i + 1, to).lookingAt()) {
        end = externalLink(s, i, to, run, out, depth, quiet);
      } else if ((c == 'h' || c == 'H') && (s.startsWith("http://", i) || s.startsWith("https://", i))
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        end = bareUrl(s, i, to, run, out);
      } else if (c == '<') {
        end = tag(s, i, to, run, out, depth, quiet);
      } else if (c == '\'' && next == '\'') {
        end = i;
        while (end < to && s.charAt(end) == '\'') {
          end++;
        }
      } else if (c == '_' && next == '_') {
        Matcher magic = MAGIC_WORD.matcher(s).region(i, to);
        end = magic.lookingAt() ? magic.end() : -1;
      }
      if (end > i && end <= to) {
        i = end;
      } else {
        run.append(c == '\n' ? ' ' : c);
        i++;
      }
    }
    emit(run, out);
  }

  private static void emit(StringBuilder run, WikiSink out) {
    if (run.length() > 0) {
      String value = run.indexOf("&") >= 0 ? Parser.unescapeEntities(run.toString(), false) : run.toString();
      out.text(value);
      run.setLength(0);
    }
  }

  private int externalLink(String s, int i, int to, StringBuilder run, WikiSink out, int depth, boolean quiet) {
    int close = s.indexOf(']', i);
    int newline = s.indexOf('\n', i);
    if (close < 0 || close > to || (newline >= 0 && newline < close)) {
      return -1;
    }
    String inside = s.substring(i + 1, close);
    int space = inside.indexOf(' ');
    String url = space < 0 ? inside : inside.substring(0, space);
    String label = space < 0 ? "" : inside.substring(space + 1).strip();
    if (url.startsWith("//")) {
      url = "https:" + url;
    }
    emit(run, out);
    int start = out.position();
    if (label.isEmpty()) {
      out.text("[" + (++autoLinks) + "]");
    } else {
      inline(label, 0, label.length(), out, depth + 1, quiet);
    }
    out.link(start, url);
    return close + 1;
  }

  private static int bareUrl(String s, int i, int to, StringBuilder run, WikiSink out) {
    int end = i;
    while (end < to && " \n\t[]<>\"{}|".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    while (end > i && ".,;:!?)'".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    String url = s.substring(i, end);
    emit(run, out);
    int start = out.position();
    out.text(url);
    out.link(start, url);
    return end;
  }

  private int tag(String s, int i, int to, StringBuilder run, WikiSink out, int depth, boolean quiet) {
    if (s.regionMatches(true, i, "<ref", 0, 4) && i + 4 < to
        && (s.charAt(i + 4) == '>' || s.charAt(i + 4) == ' ' || s.charAt(i + 4) == '/')) {
      emit(run, out);
      return refTag(s, i, to, out, quiet);
    }
    if (s.regionMatches(true, i, "<nowiki>", 0, 8)) {
      int close = WikiSyntax.closingTag(s, "nowiki", i + 8);
      if (close < 0 || close > to) {
        return -1;
      }
      run.append(s, i + 8, close);
      return close + 9;
    }
    Matcher m = TAG.matcher(s).region(i, Math.min(to, i + 520));
    if (!m.lookingAt()) {
      return -1;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    boolean selfClosing = s.charAt(m.end() - 2) == '/';
    boolean opening = s.charAt(i + 1) != '/';
    if (opening && !selfClosing && (SKIPPED_TAGS.contains(name) || TEXT_TAGS.contains(name))) {
      int close = WikiSyntax.closingTag(s, name, m.end());
      if (close < 0 || close > to) {
        return to;
      }
      if (TEXT_TAGS.contains(name)) {
        run.append(s, m.end(), close);
      }
      int gt = s.indexOf('>', close);
      return gt < 0 ? to : gt + 1;
    }
    if (name.equals("br") || name.equals("p") || name.equals("div") || name.equals("li")) {
      run.append(' ');
    }
    return m.end();
  }

  /** A {@code <ref>} tag: defines or reuses a reference and, unless quiet, places its marker. */
  private int refTag(String s, int i, int to, WikiSink out, boolean quiet) {
    int gt = s.indexOf('>', i);
    if (gt < 0 || gt >= to) {
      return -1;
    }
    boolean selfClosing = s.charAt(gt - 1) == '/';
    String attributes = s.substring(i + 4, selfClosing ? gt - 1 : gt);
    String content = null;
    int end = gt + 1;
    if (!selfClosing) {
      int close = WikiSyntax.closingTag(s, "ref", gt + 1);
      if (close < 0 || close > to) {
        int line = s.indexOf('\n', gt + 1);
        end = line < 0 || line > to ? to : line;
        builder.warn("a <ref> is never closed");
      } else {
        int closeEnd = s.indexOf('>', close);
        end = closeEnd < 0 ? to : closeEnd + 1;
      }
      content = s.substring(gt + 1, close < 0 || close > to ? end : close);
    }
    tally.refTag();
    String name = WikiSyntax.attribute(attributes, "name");
    String group = WikiSyntax.attribute(attributes, "group");
    Ref ref = ref(group == null ? "" : group, name == null || name.isBlank() ? null : name, content);
    if (!quiet) {
      marker(ref, out);
    }
    return end;
  }

  /** The reference of {@code group} named {@code name} (null: a new anonymous one). */
  private Ref ref(String group, String name, String content) {
    String key = name != null ? name : "#" + (++anonymousRefs);
    String mapKey = group + "\u0001" + key;
    Ref ref = refs.get(mapKey);
    if (ref == null) {
      String target = "cite_note-" + (group.isEmpty() ? "" : group.replace(' ', '_') + "-")
          + key.replace(' ', '_').replace("#", "");
      ref = new Ref(group, key, target);
      refs.put(mapKey, ref);
    }
    if ((ref.content == null || ref.content.isBlank()) && content != null) {
      ref.content = content;
    }
    return ref;
  }

  private void marker(Ref ref, WikiSink out) {
    if (ref.label == null) {
      int n = labelsUsed.merge(ref.group, 1, Integer::sum);
      ref.order = n;
      ref.label = label(ref.group, n);
    }
    out.citation("[" + ref.label + "]", ref.label, ref.target);
  }

  private static String label(String group, int n) {
    switch (group) {
      case "":
        return String.valueOf(n);
      case "lower-alpha":
      case "upper-alpha": {
        StringBuilder letters = new StringBuilder();
        int k = n;
        while (k > 0) {
          k--;
          letters.insert(0, (char) ('a' + k % 26));
          k /= 26;
        }
        return group.startsWith("upper") ? letters.toString().toUpperCase(Locale.ROOT) : letters.toString();
      }
      default:
        return group + " " + n;
    }
  }

  private void wikiLink(String inner, WikiSink out, int depth, boolean quiet) {
    List<String> parts = WikiSyntax.splitPipes(inner);
    String target = parts.get(0).strip();
    if (target.startsWith(":")) {
      target = target.substring(1);
    } else {
      int colon = target.indexOf(':');
      if (colon > 0) {
        String prefix = target.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (INTERWIKI_SKIP.contains(prefix)
            || (parts.size() == 1 && prefix.matches("[a-z]{2,3}(?:-[a-z]{2,8})*"))) {
          return;
        }
      }
    }
    String shown = parts.size() > 1 ? parts.get(parts.size() - 1) : target;
    if (shown.isBlank()) {
      shown = target.replaceFirst("\\s*\\([^)]*\\)$", "").replaceFirst("^[^:]*:", "");
    }
    inline(shown, 0, shown.length(), out, depth, quiet);
  }

  private void template(String inner, WikiSink out, int depth, boolean quiet) {
    if (depth > MAX_DEPTH) {
      return;
    }
    String head = inner.strip();
    if (head.startsWith("#") || head.startsWith("{")) {
      parserFunction(head, out, depth, quiet);
      return;
    }
    int colon = head.indexOf(':');
    int pipe = head.indexOf('|');
    if (colon > 0 && (pipe < 0 || colon < pipe)) {
      String fn = WikiSyntax.normalizeName(head.substring(0, colon));
      if (fn.equals("formatnum") || fn.equals("lc") || fn.equals("uc") || fn.equals("ucfirst")
          || fn.equals("lcfirst")) {
        String arg = head.substring(colon + 1);
        inline(arg, 0, arg.length(), out, depth, quiet);
        return;
      }
      if (!fn.equals("subst") && !fn.equals("safesubst") && !fn.equals("template") && !fn.startsWith("lang")) {
        return;
      }
    }
    WikiSyntax.Template t = WikiSyntax.template(inner);
    String name = t.name();
    String mark = MAINTENANCE.get(name);
    if (mark != null) {
      if (!quiet) {
        tally.maintenance(mark);
        out.text("[" + mark + "]");
      }
      return;
    }
    if (CitationTemplates.isCitation(name)) {
      tally.citation(name);
      CitationTemplates.render(t, this::plain, out);
      return;
    }
    String symbol = SYMBOLS.get(name);
    if (symbol != null) {
      out.text(symbol);
      return;
    }
    if (SHORT_FOOTNOTES.contains(name)) {
      String content = harvard(t);
      if (!quiet && content != null) {
        tally.shortFootnote();
        marker(ref("", "sfn " + content, content), out);
      }
      return;
    }
    if (NOTES.contains(name)) {
      String content = t.get("1", "text");
      if (content == null) {
        content = t.at(0);
      }
      String group = name.equals("refn") ? t.get("group") : "lower-alpha";
      if (!quiet && content != null) {
        marker(ref(group == null ? "" : group, t.get("name"), content), out);
      }
      return;
    }
    String text = textOf(t);
    if (text != null) {
      inline(text, 0, text.length(), out, depth, quiet);
    }
  }

  /** The visible text of an ordinary template, or null for one that shows nothing in prose. */
  private String textOf(WikiSyntax.Template t) {
    String name = t.name();
    if (name.startsWith("lang-") || name.startsWith("lang ")) {
      return t.at(0);
    }
    if (name.equals("lang") || name.equals("langx")) {
      return t.at(1);
    }
    if (FIRST_PARAMETER.contains(name)) {
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
    if (QUOTES.contains(name)) {
      return quoteText(t);
    }
    if (HARVARD.contains(name)) {
      String cite = harvard(t);
      return cite == null ? null : name.equals("harv") || name.equals("harvp") ? "(" + cite + ")" : cite;
    }
    if (DATES.contains(name)) {
      return date(t);
    }
    switch (name) {
      case "convert":
      case "cvt": {
        String value = t.at(0);
        String second = t.at(1);
        if (value == null || second == null) {
          return value;
        }
        if (Set.of("to", "-", "–", "and", "or", "by", "x", "+/-", "±").contains(second) && t.at(2) != null) {
          return value + " " + second + " " + t.at(2) + (t.at(3) != null ? " " + t.at(3) : "");
        }
        return value + " " + second;
      }
      case "val":
        return t.at(0) == null ? null : t.at(0) + (t.get("u") != null ? " " + t.get("u") : "");
      case "as of":
        return t.positional().isEmpty() ? null : "As of " + String.join(" ", t.positional()).strip();
      case "circa":
      case "c.":
        return t.at(0) == null ? "c." : "c. " + t.at(0);
      case "isbn":
        return t.at(0) == null ? null : "ISBN " + t.at(0);
      case "oclc":
        return t.at(0) == null ? null : "OCLC " + t.at(0);
      case "issn":
        return t.at(0) == null ? null : "ISSN " + t.at(0);
      case "doi":
        return t.at(0) == null ? null : "doi:" + t.at(0);
      case "nihongo":
        return t.at(0) == null ? null : t.at(0) + (t.at(1) != null ? " (" + t.at(1) + ")" : "");
      case "transl":
      case "transliteration":
        return t.positional().isEmpty() ? null : t.at(t.positional().size() - 1);
      case "sortname":
        return t.at(0) == null ? null : t.at(0) + (t.at(1) != null ? " " + t.at(1) : "");
      case "url": {
        String url = t.at(0);
        if (url == null) {
          return null;
        }
        String full = url.matches("(?i)https?://.*") ? url : "http://" + url;
        return "[" + full + " " + (t.at(1) != null ? t.at(1) : url) + "]";
      }
      case "official website":
      case "official":
      case "official site": {
        String url = t.get("url");
        if (url == null) {
          url = t.at(0);
        }
        return url == null ? null : "[" + url + " " + (t.get("name") != null ? t.get("name") : "Official website") + "]";
      }
      default:
        return citationsInside(t);
    }
  }

  /**
   * An unknown template shows nothing, unless a parameter holds citations (a sister-project
   * box listing encyclopedia entries): then that parameter, as a list run into one line.
   */
  private static String citationsInside(WikiSyntax.Template t) {
    for (String value : t.named().values()) {
      if (CITATION_INSIDE.matcher(value).find()) {
        return value.replaceAll("\\n[*#:]+\\s*", "; ").replaceFirst("^[;\\s]+", "");
      }
    }
    return null;
  }

  /** A Harvard-style short citation: authors, year and pages ({@code Smith 2019, p. 5}). */
  private String harvard(WikiSyntax.Template t) {
    List<String> authors = new ArrayList<>();
    String year = null;
    for (int p = 0; p < t.positional().size(); p++) {
      String v = t.at(p);
      if (v == null) {
        continue;
      }
      if (v.matches("\\d{3,4}[a-z]?|n\\.d\\.|nd|c\\. ?\\d{3,4}")) {
        year = v;
        break;
      }
      authors.add(plain(v));
    }
    if (authors.isEmpty() && year == null) {
      return null;
    }
    StringBuilder cite = new StringBuilder(String.join(" & ", authors));
    if (year != null) {
      cite.append(cite.length() > 0 ? " " : "").append(year);
    }
    String pages = t.get("pp", "pages");
    String page = t.get("p", "page");
    String at = t.get("loc", "at");
    if (pages != null) {
      cite.append(", pp. ").append(plain(pages));
    } else if (page != null) {
      cite.append(", p. ").append(plain(page));
    } else if (at != null) {
      cite.append(", ").append(plain(at));
    }
    return cite.toString();
  }

  /** A date template's date as written text ({@code 9 September 1952}), or null. */
  private static String date(WikiSyntax.Template t) {
    List<Integer> numbers = new ArrayList<>();
    for (String p : t.positional()) {
      String v = p.strip();
      if (v.matches("\\d{1,4}")) {
        numbers.add(Integer.parseInt(v));
        if (numbers.size() == 3) {
          break;
        }
      } else if (!numbers.isEmpty()) {
        break;
      }
    }
    if (numbers.isEmpty()) {
      String first = t.at(0);
      return first != null && CalendarDates.parse(first).isPresent() ? first : null;
    }
    int year = numbers.get(0);
    if (numbers.size() == 1) {
      return String.valueOf(year);
    }
    String month = java.time.Month.of(Math.max(1, Math.min(12, numbers.get(1))))
        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return numbers.size() == 2 ? month + " " + year : numbers.get(2) + " " + month + " " + year;
  }

  /** Parser functions: {@code {{#tag:ref|…}}} cites; the others show nothing claimcheck uses. */
  private void parserFunction(String head, WikiSink out, int depth, boolean quiet) {
    if (head.regionMatches(true, 0, "#tag:ref", 0, 8)) {
      List<String> parts = WikiSyntax.splitPipes(head);
      if (parts.size() > 1 && !quiet) {
        WikiSyntax.Template t = WikiSyntax.template(head);
        marker(ref(t.get("group") == null ? "" : t.get("group"), t.get("name"), parts.get(1)), out);
      }
    }
  }
}
