package dev.claimcheck.dates.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TIMEX3-annotated text: TimeBank's TimeML files ({@code .tml} with a {@code <TimeML>}
 * root), and claimcheck's own evaluation files, where {@code @doc id=… dct=… lang=… style=…}
 * starts a document, each following line is a paragraph with inline
 * {@code <TIMEX3 type="DATE" value="2020-06-01">June 1, 2020</TIMEX3>} tags or their short form
 * {@code [[June 1, 2020|DATE|2020-06-01]]} (an optional fourth field is the modifier), and
 * {@code #} starts a comment. An empty {@code value=""} means no value is expected (an ambiguous or
 * impossible date). Thread-safe.
 */
public final class AnnotatedCorpus {
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^<>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(?<!\\w)(\\w+)=\"([^\"]*)\"");
  private static final Pattern DCT = Pattern.compile(
      "<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
  private static final Pattern DOC_LINE = Pattern.compile("@doc\\s+(.*)");
  private static final Pattern FIELD = Pattern.compile("(?<!\\w)(\\w+)=(\\S+)");
  private static final Pattern SHORT = Pattern.compile("\\[\\[([^|\\[\\]]+)\\|([A-Z]+)\\|([^|\\]]*)(?:\\|([A-Z_]+))?]]");

  private AnnotatedCorpus() {}

  /** Every annotated document in {@code dir} (its {@code .tml} files), in file-name order. */
  public static List<AnnotatedDocument> readAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<AnnotatedDocument> all = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        all.addAll(read(f));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of one file, in either format. */
  public static List<AnnotatedDocument> read(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return content.contains("<TimeML") ? List.of(timeBank(name, content)) : own(name, content);
  }

  private static AnnotatedDocument timeBank(String name, String content) {
    Matcher dct = DCT.matcher(content);
    String documentDate = dct.find() ? dct.group(1) : null;
    Matcher body = TEXT.matcher(content);
    if (!body.find()) {
      throw new IllegalArgumentException(name + ": no <TEXT>");
    }
    List<String> raw = new ArrayList<>();
    for (String p : body.group(1).split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        raw.add(p);
      }
    }
    return document(name, "timebank", documentDate, "en-US", raw);
  }

  private static List<AnnotatedDocument> own(String name, String content) {
    List<AnnotatedDocument> docs = new ArrayList<>();
    Map<String, String> fields = null;
    List<String> paragraphs = new ArrayList<>();
    for (String line : content.split("\\n")) {
      Matcher doc = DOC_LINE.matcher(line.strip());
      if (doc.matches()) {
        if (fields != null) {
          docs.add(document(fields, name, paragraphs));
        }
        fields = new HashMap<>();
        Matcher f = FIELD.matcher(doc.group(1));
        while (f.find()) {
          fields.put(f.group(1), f.group(2));
        }
        paragraphs = new ArrayList<>();
      } else if (!line.isBlank() && !line.startsWith("#")) {
        if (fields == null) {
          throw new IllegalArgumentException(name + ": text before the first @doc line");
        }
        paragraphs.add(SHORT.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            "<TIMEX3 type=\"" + m.group(2) + "\" value=\"" + m.group(3) + "\">" + m.group(1)
                + "</TIMEX3>")));
      }
    }
    if (fields != null) {
      docs.add(document(fields, name, paragraphs));
    }
    return docs;
  }

  private static AnnotatedDocument document(Map<String, String> fields, String file,
      List<String> paragraphs) {
    String id = fields.getOrDefault("id", file + "-" + paragraphs.size());
    return document(id, fields.getOrDefault("style", file), fields.get("dct"),
        fields.get("lang"), paragraphs);
  }

  /** Strips the tags of annotated paragraphs, folds their white space and places the gold. */
  private static AnnotatedDocument document(String id, String style, String documentDate,
      String language, List<String> annotated) {
    List<String> paragraphs = new ArrayList<>();
    List<Timex> gold = new ArrayList<>();
    int offset = 0;
    for (String a : annotated) {
      StringBuilder plain = new StringBuilder();
      int open = -1;
      Map<String, String> attributes = Map.of();
      Matcher tag = TAG.matcher(a);
      int at = 0;
      while (tag.find()) {
        appendFolded(plain, unescape(a.substring(at, tag.start())));
        at = tag.end();
        if (!tag.group(2).equals("TIMEX3")) {
          continue;
        }
        if (tag.group(1).isEmpty()) {
          open = plain.length();
          attributes = attributes(tag.group(3));
        } else if (open >= 0) {
          int end = plain.length();
          while (end > open && plain.charAt(end - 1) == ' ') {
            end--;
          }
          String value = attributes.get("value");
          gold.add(new Timex(offset + open, offset + end, attributes.get("type"),
              value == null || value.isEmpty() ? null : value));
          open = -1;
        }
      }
      appendFolded(plain, unescape(a.substring(at)));
      String text = plain.toString().strip(); // folding left no white space in front
      if (!text.isEmpty()) {
        paragraphs.add(text);
        offset += text.length() + 2;
      }
    }
    return new AnnotatedDocument(id, style, documentDate, language, paragraphs, gold);
  }

  private static void appendFolded(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }
}
