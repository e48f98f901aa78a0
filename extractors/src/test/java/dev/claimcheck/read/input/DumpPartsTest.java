package dev.claimcheck.read.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.CollectingSink;
import dev.claimcheck.read.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multistream bz2 dump cut into parts reads as the whole dump does, and only such a dump is cut. */
class DumpPartsTest {
  private static final int PAGES = 120;
  @TempDir Path tmp;

  private static String page(int i) {
    String text = i % 10 == 9 ? "#REDIRECT [[Ferry " + (i - 1) + "]]"
        : "The ferry number " + i + " opened on " + (1 + i % 28) + " May " + (1900 + i)
            + ".<ref>{{cite web |url=https://example.org/ferry/" + i + " |title=Ferry " + i
            + " |date=" + (1950 + i % 50) + "}}</ref> It carried " + (i * 37 % 1000)
            + " passengers a day by " + (1910 + i) + ".\n\n== References ==\n{{reflist}}";
    return "  <page>\n    <title>Ferry " + i + "</title>\n    <ns>" + (i % 20 == 14 ? 1 : 0) + "</ns>\n"
        + (text.startsWith("#REDIRECT") ? "    <redirect title=\"Ferry\" />\n" : "")
        + "    <revision>\n      <timestamp>2024-03-0" + (1 + i % 9) + "T10:00:00Z</timestamp>\n"
        + "      <text xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</text>\n    </revision>\n  </page>\n";
  }

  /** The dump's text in pieces: the header, {@code perPiece} pages each, the closing tag. */
  private static List<String> pieces(int perPiece) {
    List<String> pieces = new ArrayList<>();
    pieces.add("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" xml:lang=\"en\">\n");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < PAGES; i++) {
      b.append(page(i));
      if (i % perPiece == perPiece - 1) {
        pieces.add(b.toString());
        b.setLength(0);
      }
    }
    pieces.add(b + "</mediawiki>\n");
    return pieces;
  }

  /** Each piece compressed as a bz2 stream of its own, one after the other. */
  private Path multistream(String name, List<String> pieces) throws IOException {
    Path file = tmp.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (String piece : pieces) {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (OutputStream bz2 = new BZip2CompressorOutputStream(new FilterOutputStream(one), 9)) {
          bz2.write(piece.getBytes(StandardCharsets.UTF_8));
        }
        out.write(one.toByteArray());
      }
    }
    return file;
  }

  private static Map<String, String> documents(List<InputFile> inputs, Map<String, Integer> skipped) {
    ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
    Map<String, String> texts = new TreeMap<>();
    for (InputFile input : inputs) {
      CollectingSink sink = new CollectingSink();
      reading.read(input, sink);
      for (Outcome<Document> o : sink.outcomes()) {
        assertThat(o.isOk()).as(o.isOk() ? "" : o.failure().toString()).isTrue();
        texts.put(o.value().id(), o.value().published() + "|" + o.value().text());
      }
      sink.skipped().forEach((k, v) -> skipped.merge(k, v, Integer::sum));
    }
    return texts;
  }

  @Test
  void partsOfAMultistreamDumpReadAsTheWholeDump() throws IOException {
    Path dump = multistream("ferries.xml.bz2", pieces(10));
    InputFile whole = new InputFile(dump.toString(), "ferries.xml.bz2");
    List<InputFile> parts = DumpParts.split(whole, 1, 1);
    assertThat(parts).hasSize(13); // the header's stream, twelve of ten pages; the closing tag stays with the last
    assertThat(parts).allSatisfy(p -> assertThat(p.source()).isEqualTo("ferries.xml.bz2"));
    long covered = parts.stream().mapToLong(p -> p.part().length()).sum();
    assertThat(covered).isEqualTo(Files.size(dump));

    Map<String, Integer> skippedWhole = new TreeMap<>();
    Map<String, Integer> skippedParts = new TreeMap<>();
    Map<String, String> fromWhole = documents(List.of(whole), skippedWhole);
    Map<String, String> fromParts = documents(parts, skippedParts);
    assertThat(fromWhole).hasSize(PAGES - PAGES / 10 - PAGES / 20);
    assertThat(fromParts).isEqualTo(fromWhole);
    assertThat(skippedParts).isEqualTo(skippedWhole).containsEntry("wiki-redirect", PAGES / 10);

    // Larger parts hold several streams each and read the same.
    List<InputFile> fewer = DumpParts.split(whole, 1, Files.size(dump) / 3);
    assertThat(fewer.size()).isBetween(3, 4);
    assertThat(documents(fewer, new TreeMap<>())).isEqualTo(fromWhole);
  }

  @Test
  void onlyStreamsThatStartWithAPageAreCutAt() throws IOException {
    // As a parallel compressor writes it: streams of a fixed size, cutting through pages.
    String text = String.join("", pieces(PAGES));
    List<String> blocks = new ArrayList<>();
    for (int at = 0; at < text.length(); at += 1500) {
      blocks.add(text.substring(at, Math.min(text.length(), at + 1500)));
    }
    Path dump = multistream("cut.xml.bz2", blocks);
    InputFile whole = new InputFile(dump.toString(), "cut.xml.bz2");
    List<InputFile> parts = DumpParts.split(whole, 1, 1);
    Map<String, String> fromWhole = documents(List.of(whole), new TreeMap<>());
    assertThat(documents(parts, new TreeMap<>())).isEqualTo(fromWhole);
    assertThat(fromWhole).hasSize(PAGES - PAGES / 10 - PAGES / 20);
  }

  @Test
  void singleStreamsSmallFilesAndOtherContentStayWhole() throws IOException {
    Path single = multistream("one.xml.bz2", List.of(String.join("", pieces(10))));
    InputFile one = new InputFile(single.toString(), "one.xml.bz2");
    assertThat(DumpParts.split(one, 1, 1)).containsExactly(one);

    Path dump = multistream("small.xml.bz2", pieces(10));
    InputFile small = new InputFile(dump.toString(), "small.xml.bz2");
    assertThat(DumpParts.split(List.of(small))).containsExactly(small); // under the size worth cutting

    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("{\"title\":\"Post " + i + "\",\"text\":\"The ferry opened in " + (1900 + i) + ".\"}\n");
    }
    Path jsonl = multistream("posts.jsonl.bz2", lines);
    InputFile posts = new InputFile(jsonl.toString(), "posts.jsonl.bz2");
    assertThat(DumpParts.split(posts, 1, 1)).containsExactly(posts);

    InputFile missing = new InputFile(tmp.resolve("gone.xml.bz2").toString(), "gone.xml.bz2");
    assertThat(DumpParts.split(missing, 1, 1)).containsExactly(missing);
  }
}
