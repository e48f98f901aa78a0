package dev.claimcheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Writes a MediaWiki XML dump ({@code .xml.bz2}) of N pages made of the real wikitext pages of
 * a folder (plain {@code .wikitext} files and one-page exports), each under a title of its own,
 * with redirects (one page in ten) and talk pages (one in twenty) as real dumps have them, in
 * bz2 streams of a hundred pages as Wikimedia's multistream dumps are.
 * Prints the pages and the wikitext bytes written. Usage:
 * {@code DumpGenerator WIKITEXT-DIR OUT.xml.bz2 PAGES}.
 */
public final class DumpGenerator {
  private static final int PAGES_PER_STREAM = 100;
  private static final Pattern TEXT = Pattern.compile("<text[^>]*>(.*?)</text>", Pattern.DOTALL);

  private DumpGenerator() {}

  public static void main(String[] args) throws IOException {
    List<String> sources = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path p : files.sorted().toList()) {
        String content = Files.readString(p, StandardCharsets.UTF_8);
        Matcher m = TEXT.matcher(content);
        String wikitext = m.find() ? unescape(m.group(1)) : content;
        sources.add(wikitext);
        titles.add(p.getFileName().toString().replaceAll("\\.(xml|wikitext)$", "").replaceAll("^[a-z]+-(enwiki-\\d+-id\\d+-)?", ""));
      }
    }
    int pages = Integer.parseInt(args[2]);
    long wikitextBytes = 0;
    // As Wikimedia's multistream dumps: the header in a bz2 stream of its own, then a stream
    // per hundred pages, then the closing tag in the last.
    try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      StringBuilder stream = new StringBuilder(
          "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" xml:lang=\"en\">\n");
      compress(stream, file);
      for (int i = 0; i < pages; i++) {
        int k = i % sources.size();
        String title = titles.get(k) + " " + (i / sources.size() + 1);
        String text;
        int namespace = 0;
        if (i % 10 == 9) {
          text = "#REDIRECT [[" + title + " (topic)]]";
        } else if (i % 20 == 14) {
          namespace = 1;
          title = "Talk:" + title;
          text = "== Sources ==\nThe dates in the second paragraph need a source. ~~~~";
        } else {
          text = sources.get(k);
        }
        wikitextBytes += text.getBytes(StandardCharsets.UTF_8).length;
        stream.append("  <page>\n    <title>" + escape(title) + "</title>\n    <ns>" + namespace + "</ns>\n    <id>" + (i + 1)
            + "</id>\n" + (text.startsWith("#REDIRECT") ? "    <redirect title=\"" + escape(title) + " (topic)\" />\n" : "")
            + "    <revision>\n      <id>" + (1_000_000 + i) + "</id>\n      <timestamp>2024-0" + (1 + i % 9)
            + "-15T12:00:00Z</timestamp>\n      <text xml:space=\"preserve\">" + escape(text)
            + "</text>\n    </revision>\n  </page>\n");
        if (i % PAGES_PER_STREAM == PAGES_PER_STREAM - 1) {
          compress(stream, file);
        }
      }
      stream.append("</mediawiki>\n");
      compress(stream, file);
    }
    System.out.printf(Locale.ROOT, "%d pages, %.1f MB of wikitext%n", pages, wikitextBytes / 1e6);
  }

  /** Writes what {@code text} holds as one bz2 stream, and empties it. */
  private static void compress(StringBuilder text, OutputStream file) throws IOException {
    if (text.length() == 0) {
      return;
    }
    BZip2CompressorOutputStream bz2 = new BZip2CompressorOutputStream(new java.io.FilterOutputStream(file) {
      @Override
      public void close() throws IOException {
        flush(); // the file goes on with the next stream
      }
    }, 9);
    bz2.write(text.toString().getBytes(StandardCharsets.UTF_8));
    bz2.close();
    text.setLength(0);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
