package dev.claimcheck.read.wiki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexical part of wikitext: where a template, a wiki link or a tag ends, how a template's
 * parameters split. Unbalanced markup never throws: an opener without its closer is reported
 * as {@code -1} and the caller reads it as text. Stateless.
 */
final class WikiSyntax {
  private WikiSyntax() {}

  /** A template call: its normalized name and its parameters as written. */
  record Template(String name, List<String> positional, Map<String, String> named) {

    /** The named parameter under any of {@code keys}, stripped, or null when absent or blank. */
    String get(String... keys) {
      for (String key : keys) {
        String value = named.get(key);
        if (value != null && !value.isBlank()) {
          return value.strip();
        }
      }
      return null;
    }

    /** The positional parameter at {@code index} (from 0), stripped, or null. */
    String at(int index) {
      if (index >= positional.size()) {
        return null;
      }
      String value = positional.get(index).strip();
      return value.isEmpty() ? null : value;
    }
  }

  /**
   * The end (exclusive) of the template opened by the {@code {{} at {@code start}, nested
   * templates and parameters included, or -1 when it is never closed.
   */
  static int templateEnd(String s, int start) {
    int depth = 0;
    int i = start;
    while (i < s.length() - 1) {
      char c = s.charAt(i);
      if (c == '{' && s.charAt(i + 1) == '{') {
        depth++;
        i += 2;
      } else if (c == '}' && s.charAt(i + 1) == '}') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else if (c == '<' && s.startsWith("<nowiki>", i)) {
        int close = indexOfIgnoreCase(s, "</nowiki>", i);
        i = close < 0 ? i + 1 : close + 9;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The end (exclusive) of the wiki link opened by the {@code [[} at {@code start}, or -1. */
  static int linkEnd(String s, int start) {
    int depth = 0;
    int i = start;
    // A link ends within its paragraph and within a few thousand characters (a file's caption
    // with its own links included): scanning further from every "[[" of a page that never
    // closes them took time quadratic in the page (fixtures/bad/wikitext/links.wikitext).
    int last = (int) Math.min(s.length() - 1L, (long) start + MAX_LINK);
    while (i < last) {
      char c = s.charAt(i);
      if (c == '[' && s.charAt(i + 1) == '[') {
        depth++;
        i += 2;
      } else if (c == ']' && s.charAt(i + 1) == ']') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else if (c == '{' && s.charAt(i + 1) == '{') {
        int end = templateEnd(s, i);
        i = end < 0 ? i + 2 : end;
      } else if (c == '\n' && s.startsWith("\n\n", i)) {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The longest a link may be, in characters. */
  static final int MAX_LINK = 20_000;

  /**
   * The last closing-tag search on this thread: the text searched (by identity), the tag, where
   * the search started and what it found. A page that opens thousands of tags it never closes
   * would otherwise be searched to its end from each of them.
   */
  private record LastSearch(String text, String tag, int from, int found) {}

  private static final ThreadLocal<LastSearch> LAST_SEARCH = new ThreadLocal<>();

  /** The index of the closing tag {@code </name} at or after {@code from}, or -1. */
  static int closingTag(String s, String name, int from) {
    String tag = "</" + name;
    LastSearch last = LAST_SEARCH.get();
    // The first match at or after the last start is also the first at or after any later start
    // up to it; none after the last start means none after a later one.
    if (last != null && last.text() == s && last.tag().equals(tag) && from >= last.from()
        && (last.found() < 0 || from <= last.found())) {
      return last.found();
    }
    int found = indexOfIgnoreCase(s, tag, from);
    LAST_SEARCH.set(new LastSearch(s, tag, from, found));
    return found;
  }

  /** The index of {@code needle} in {@code s} at or after {@code from}, ignoring case, or -1. */
  static int indexOfIgnoreCase(String s, String needle, int from) {
    int last = s.length() - needle.length();
    for (int i = Math.max(0, from); i <= last; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Splits a template's inside (between the braces) at the pipes that belong to it, not to a
   * nested template, link or tag. The first part is the name.
   */
  static List<String> splitPipes(String inner) {
    List<String> parts = new ArrayList<>();
    int braces = 0;
    int brackets = 0;
    int from = 0;
    int i = 0;
    while (i < inner.length()) {
      char c = inner.charAt(i);
      char next = i + 1 < inner.length() ? inner.charAt(i + 1) : 0;
      if (c == '{' && next == '{') {
        braces++;
        i += 2;
      } else if (c == '}' && next == '}' && braces > 0) {
        braces--;
        i += 2;
      } else if (c == '[' && next == '[') {
        brackets++;
        i += 2;
      } else if (c == ']' && next == ']' && brackets > 0) {
        brackets--;
        i += 2;
      } else if (c == '<' && inner.regionMatches(true, i, "<ref", 0, 4)) {
        int tagEnd = inner.indexOf('>', i);
        if (tagEnd < 0) {
          i++;
        } else if (inner.charAt(tagEnd - 1) == '/') {
          i = tagEnd + 1;
        } else {
          int close = closingTag(inner, "ref", tagEnd);
          i = close < 0 ? tagEnd + 1 : close + 5;
        }
      } else if (c == '|' && braces == 0 && brackets == 0) {
        parts.add(inner.substring(from, i));
        from = ++i;
      } else {
        i++;
      }
    }
    parts.add(inner.substring(from));
    return parts;
  }

  /** Parses a template's inside into its name and parameters. */
  static Template template(String inner) {
    List<String> parts = splitPipes(inner);
    String name = normalizeName(parts.get(0));
    List<String> positional = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    for (int p = 1; p < parts.size(); p++) {
      String part = parts.get(p);
      int eq = part.indexOf('=');
      int markup = firstMarkup(part);
      if (eq > 0 && (markup < 0 || eq < markup)) {
        String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('_', '-');
        named.putIfAbsent(key, part.substring(eq + 1));
      } else {
        positional.add(part);
      }
    }
    return new Template(name, positional, named);
  }

  private static int firstMarkup(String part) {
    int best = -1;
    for (String opener : new String[] {"{{", "[[", "<", "[http"}) {
      int at = part.indexOf(opener);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /**
   * A template name as MediaWiki matches it: case of the first letter, underscores and runs of
   * spaces do not matter; {@code Template:} and {@code subst:} prefixes are dropped. Lower
   * case, for lookups.
   */
  static String normalizeName(String raw) {
    String name = raw.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"subst:", "safesubst:", "template:", "msgnw:"}) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length()).strip();
      }
    }
    return name;
  }

  /** The value of attribute {@code name} in a tag's attribute text, unquoted, or null. */
  static String attribute(String attributes, String name) {
    int i = indexOfIgnoreCase(attributes, name, 0);
    while (i >= 0) {
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(attributes.charAt(i - 1));
      int j = i + name.length();
      while (j < attributes.length() && attributes.charAt(j) == ' ') {
        j++;
      }
      if (wordStart && j < attributes.length() && attributes.charAt(j) == '=') {
        j++;
        while (j < attributes.length() && attributes.charAt(j) == ' ') {
          j++;
        }
        if (j >= attributes.length()) {
          return null;
        }
        char quote = attributes.charAt(j);
        if (quote == '"' || quote == '\'') {
          int close = attributes.indexOf(quote, j + 1);
          return (close < 0 ? attributes.substring(j + 1) : attributes.substring(j + 1, close)).strip();
        }
        int end = j;
        while (end < attributes.length() && !Character.isWhitespace(attributes.charAt(end))
            && attributes.charAt(end) != '/' && attributes.charAt(end) != '>') {
          end++;
        }
        return attributes.substring(j, end);
      }
      i = indexOfIgnoreCase(attributes, name, i + 1);
    }
    return null;
  }

  /**
   * Where the line starting at {@code from} ends: the next newline outside templates, links
   * and tags, which may span lines.
   */
  static int logicalLineEnd(String text, int from) {
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
}
