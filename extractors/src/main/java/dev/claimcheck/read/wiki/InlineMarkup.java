package dev.claimcheck.read.wiki;

import dev.claimcheck.read.DocumentBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Inline wikitext to text: links (internal, external, bare URLs) with their targets, {@code <ref>}
 * tags as citation markers, HTML-like tags stripped or kept as text, bold and italic quotes
 * and magic words dropped, templates by their family ({@link TemplateFamilies}). Not
 * thread-safe: one per page.
 */
final class InlineMarkup {
  private static final int MAX_DEPTH = 40;
  private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]{2,20}__");
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]{0,500}?/?>");
  private static final Pattern URL_START = Pattern.compile("(?:https?:)?//|ftp://|mailto:");
  private static final Set<String> SKIPPED_TAGS = Set.of("gallery", "timeline", "score", "graph",
      "imagemap", "syntaxhighlight", "source", "templatedata", "mapframe", "maplink", "inputbox",
      "categorytree", "hiero", "poem-hidden", "section", "indicator", "templatestyles", "style");
  private static final Set<String> TEXT_TAGS = Set.of("math", "chem", "ce", "pre", "code", "poem");
  private static final Set<String> INTERWIKI_SKIP = Set.of("file", "image", "media", "category");

  private final DocumentBuilder builder;
  private final WikiTally tally;
  private final PageReferences references;
  private int autoLinks;

  InlineMarkup(DocumentBuilder builder, WikiTally tally, PageReferences references) {
    this.builder = builder;
    this.tally = tally;
    this.references = references;
  }

  /** Renders all of {@code wikitext} to {@code out} (see {@link #inline}). */
  void render(String wikitext, WikiSink out, int depth, boolean quiet) {
    inline(wikitext, 0, wikitext.length(), out, depth, quiet);
  }

  /** Plain text of a piece of wikitext: markup stripped, no markers, white space folded. */
  String plain(String wikitext) {
    StringBuilder out = new StringBuilder();
    inline(wikitext, 0, wikitext.length(), WikiSink.of(out), 1, true);
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  PageReferences references() {
    return references;
  }

  WikiTally tally() {
    return tally;
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
    PageReferences.Ref ref = references.ref(group == null ? "" : group, name == null || name.isBlank() ? null : name, content);
    if (!quiet) {
      references.marker(ref, out);
    }
    return end;
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
    TemplateFamilies.render(WikiSyntax.template(inner), new TemplateCall(this, out, depth, quiet));
  }

  /** Parser functions: {@code {{#tag:ref|…}}} cites; the others show nothing claimcheck uses. */
  private void parserFunction(String head, WikiSink out, int depth, boolean quiet) {
    if (head.regionMatches(true, 0, "#tag:ref", 0, 8)) {
      List<String> parts = WikiSyntax.splitPipes(head);
      if (parts.size() > 1 && !quiet) {
        WikiSyntax.Template t = WikiSyntax.template(head);
        references.cite(t.get("group"), t.get("name"), parts.get(1), out);
      }
    }
  }
}
