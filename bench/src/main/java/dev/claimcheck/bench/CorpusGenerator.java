package dev.claimcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus of plain-text articles in the two shapes claimcheck reads (an
 * encyclopedia article copied as text, a blog post), for benchmarks. Seeded: the same count
 * gives the same files. Usage: {@code CorpusGenerator DIR COUNT}.
 */
public final class CorpusGenerator {
  private static final List<String> PLACES = List.of("Westmere", "Harrowgate", "Lindholm",
      "Port Avery", "Caldbeck", "Norwood", "Eastfield", "Marrow Bay", "Kestrel Point", "Ashby");
  private static final List<String> THINGS = List.of("Tramway", "Library", "Observatory",
      "Harbour Board", "Rowing Club", "Mill", "Lighthouse", "Canal Company", "Museum", "Bridge");
  private static final List<String> PEOPLE = List.of("Ada Penrose", "Samuel Hale", "Lena Ward",
      "Tobias Grant", "Martha Reed", "Owen Blake", "Iris Fenn", "Jonas Krell", "Mae Dorran");
  private static final List<String> VERBS = List.of("opened", "was rebuilt", "was extended",
      "was sold", "closed", "was renamed", "was restored", "was flooded", "was inspected");
  private static final List<String> MONTHS = List.of("January", "March", "June", "August",
      "October", "December");

  private final Random random;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Usage: {@code CorpusGenerator DIR COUNT [FORMAT]}, FORMAT one of {@code text} (the default:
   * one plain-text article per file), {@code html} (one Wikipedia-like page of about 100 KB per
   * file), {@code wiki} (one MediaWiki XML dump of COUNT pages), {@code jsonl} (one JSON Lines
   * file of COUNT records) or {@code warc} (one web archive of COUNT responses).
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    String format = args.length > 2 ? args[2] : "text";
    Files.createDirectories(dir);
    CorpusGenerator generator = new CorpusGenerator(20261123L);
    switch (format) {
      case "text" -> {
        for (int i = 0; i < count; i++) {
          String text = i % 3 == 2 ? generator.blog() : generator.encyclopedia();
          write(dir, i, "txt", text);
        }
      }
      case "html" -> {
        for (int i = 0; i < count; i++) {
          write(dir, i, "html", generator.wikipediaPage());
        }
      }
      case "wiki" -> generator.dump(dir.resolve("dump.xml"), count);
      case "jsonl" -> generator.jsonLines(dir.resolve("articles.jsonl"), count);
      case "warc" -> generator.archive(dir.resolve("capture.warc"), count);
      default -> throw new IllegalArgumentException("unknown format: " + format);
    }
  }

  private static void write(Path dir, int i, String extension, String content) throws IOException {
    Path file = dir.resolve(String.format(Locale.ROOT, "%03d/article-%06d.%s", i / 1000, i, extension));
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Escapes text for HTML and XML. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * A page shaped like a rendered Wikipedia article, about 100 KB: page chrome (styles, menus,
   * many links), an infobox, paragraphs with {@code sup.reference} markers and wiki links, a
   * reference list of {@code cite.citation} entries, a navigation box and a footer.
   */
  private String wikipediaPage() {
    String subject = pick(PLACES) + " " + pick(THINGS);
    int refs = 20 + random.nextInt(20);
    StringBuilder h = new StringBuilder(110_000);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(subject).append(" - Wikipedia</title><meta name=\"generator\" content=\"MediaWiki 1.42\">");
    h.append("<style>");
    for (int i = 0; i < 120; i++) {
      h.append(".mw-ui-rule-").append(i).append("{margin:0 ").append(i % 7).append("px;padding:")
          .append(i % 5).append("px;color:#").append(100 + i).append(";font-size:0.9em}");
    }
    h.append("</style><script>var config={\"wgPageName\":\"").append(subject.replace(' ', '_'))
        .append("\",\"wgRevisionId\":").append(random.nextInt(1_000_000_000)).append("};</script></head>");
    h.append("<body class=\"mediawiki\"><div id=\"mw-navigation\"><nav><ul>");
    for (int i = 0; i < 120; i++) {
      h.append("<li class=\"mw-list-item\"><a href=\"/wiki/Portal:").append(pick(PLACES)).append(i)
          .append("\" title=\"Portal\">").append(pick(PLACES)).append(" portal ").append(i).append("</a></li>");
    }
    h.append("</ul></nav></div><main id=\"content\"><h1 id=\"firstHeading\">").append(subject)
        .append("</h1><div id=\"mw-content-text\"><div class=\"mw-parser-output\">");
    h.append("<table class=\"infobox\"><tbody><tr><th colspan=\"2\">").append(subject).append("</th></tr>");
    for (String label : List.of("Opened", "Closed", "Rebuilt", "Location", "Founder", "Owner", "Architect")) {
      h.append("<tr><th>").append(label).append("</th><td>").append(label.equals("Location") ? pick(PLACES)
          : label.equals("Founder") || label.equals("Owner") || label.equals("Architect") ? pick(PEOPLE)
          : String.valueOf(year())).append("</td></tr>");
    }
    h.append("</tbody></table>");
    List<String> sections = List.of("History", "Construction", "Operations", "Decline", "Restoration",
        "Legacy", "In popular culture");
    int paragraphs = 0;
    for (int s = -1; s < sections.size() && h.length() < 70_000; s++) {
      if (s >= 0) {
        h.append("<h2><span class=\"mw-headline\" id=\"").append(sections.get(s)).append("\">")
            .append(sections.get(s)).append("</span><span class=\"mw-editsection\">[<a href=\"/edit\">edit</a>]</span></h2>");
      }
      for (int p = 0; p < 3 + random.nextInt(3); p++) {
        h.append("<p>");
        for (int n = 0; n < 4 + random.nextInt(4); n++) {
          String sentence = escape(sentence(subject));
          sentence = sentence.replaceFirst(" in ", " in <a href=\"/wiki/" + pick(PLACES) + "\" title=\"x\">")
              .replaceFirst("(</?a[^>]*>[^<]*?)( |\\.)", "$1</a>$2");
          if (!sentence.contains("</a>")) {
            sentence = sentence.replace("<a href", "<span data-href");
          }
          h.append(sentence);
          if (random.nextInt(3) > 0) {
            int r = 1 + random.nextInt(refs);
            h.append("<sup id=\"cite_ref-").append(r).append("\" class=\"reference\"><a href=\"#cite_note-")
                .append(r).append("\">[").append(r).append("]</a></sup>");
          }
          h.append(' ');
        }
        h.append("</p>");
        paragraphs++;
      }
    }
    h.append("<h2><span class=\"mw-headline\" id=\"References\">References</span></h2>")
        .append("<div class=\"reflist\"><ol class=\"references\">");
    for (int r = 1; r <= refs; r++) {
      h.append("<li id=\"cite_note-").append(r).append("\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-")
          .append(r).append("\">^</a></b></span> <span class=\"reference-text\"><cite class=\"citation book\">")
          .append(escape(reference())).append("</cite></span></li>");
    }
    h.append("</ol></div><div class=\"navbox\"><table><tbody>");
    while (h.length() < 100_000) {
      h.append("<tr><th>").append(pick(PLACES)).append("</th><td><ul>");
      for (int i = 0; i < 25; i++) {
        h.append("<li><a href=\"/wiki/").append(pick(PLACES)).append('_').append(pick(THINGS)).append("\">")
            .append(pick(PLACES)).append(' ').append(pick(THINGS)).append("</a></li>");
      }
      h.append("</ul></td></tr>");
    }
    h.append("</tbody></table></div></div></div></main><div id=\"footer\">Text is available under a licence.</div>")
        .append("</body></html>");
    return h.toString();
  }

  /** One article as wikitext: refs with citation templates, a reused named ref, a maintenance tag. */
  private String wikitext(String subject) {
    StringBuilder w = new StringBuilder();
    w.append("{{Infobox building\n| name = ").append(subject).append("\n| opened = ").append(year())
        .append("\n}}\n).append(subject).append( is a landmark in [[").append(pick(PLACES)).append("]].");
    w.append("<ref name=\"main\">{{cite book |last=").append(pick(PEOPLE).split(" ")[1]).append(" |first=")
        .append(pick(PEOPLE).split(" ")[0]).append(" |title=A History of ").append(pick(PLACES))
        .append(" |publisher=Quayside Press |year=").append(year()).append(" |isbn=978-0-306-40615-7}}</ref>\n\n");
    for (String section : List.of("History", "Operations", "Legacy")) {
      w.append("== ").append(section).append(" ==\n");
      for (int p = 0; p < 2 + random.nextInt(3); p++) {
        for (int n = 0; n < 3 + random.nextInt(3); n++) {
          w.append(sentence(subject));
          int kind = random.nextInt(5);
          if (kind == 0) {
            w.append("<ref name=\"main\" />");
          } else if (kind == 1) {
            w.append("<ref>{{cite web |url=https://example.org/").append(random.nextInt(100000))
                .append(" |title=").append(pick(THINGS)).append(" notes |access-date=3 February 2021")
                .append(" |archive-url=https://web.archive.org/web/20190801000000/https://example.org/x")
                .append(" |archive-date=1 August 2019 |url-status=dead}}</ref>");
          } else if (kind == 2) {
            w.append("{{citation needed|date=May 2020}}");
          }
          w.append(' ');
        }
        w.append("\n\n");
      }
    }
    return w.append("== References ==\n{{reflist}}\n\n[[Category:Landmarks]]\n").toString();
  }

  private void dump(Path file, int count) throws IOException {
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" version=\"0.10\">\n");
      for (int i = 0; i < count; i++) {
        String subject = pick(PLACES) + " " + pick(THINGS) + " " + i;
        out.write("<page><title>" + escape(subject) + "</title><ns>0</ns><id>" + (i + 1)
            + "</id><revision><id>" + (100000 + i) + "</id><timestamp>2023-06-14T09:30:00Z</timestamp>"
            + "<text xml:space=\"preserve\">" + escape(wikitext(subject)) + "</text></revision></page>\n");
      }
      out.write("</mediawiki>\n");
    }
  }

  private void jsonLines(Path file, int count) throws IOException {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        var record = mapper.createObjectNode();
        record.put("url", "https://news.example.org/article/" + i);
        record.put("title", pick(PLACES) + " " + pick(THINGS));
        record.put("published", "2024-0" + (1 + i % 9) + "-1" + (i % 10));
        record.put("html", wikipediaPage());
        out.write(mapper.writeValueAsString(record));
        out.write('\n');
      }
    }
  }

  private void archive(Path file, int count) throws IOException {
    try (var writer = new org.netpreserve.jwarc.WarcWriter(Files.newOutputStream(file))) {
      java.time.Instant captured = java.time.Instant.parse("2024-03-05T10:15:00Z");
      for (int i = 0; i < count; i++) {
        byte[] body = wikipediaPage().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(
            java.net.URI.create("https://www.example.org/wiki/page-" + i))
            .date(captured.plusSeconds(i))
            .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, http).build());
      }
    }
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private int year() {
    return 1800 + random.nextInt(220);
  }

  private String encyclopedia() {
    String subject = pick(PLACES) + " " + pick(THINGS);
    StringBuilder t = new StringBuilder(subject).append("\n\n\n");
    int refs = 3 + random.nextInt(6);
    t.append(paragraph(subject, refs)).append("\n\n");
    t.append(subject).append('\n').append("Opened").append(year()).append('\n')
        .append("Location").append(pick(PLACES)).append('\n')
        .append("Founder").append(pick(PEOPLE)).append("\n\n");
    int sections = 1 + random.nextInt(4);
    for (int s = 0; s < sections; s++) {
      t.append(List.of("History", "Operations", "Decline", "Legacy").get(s)).append(" edit\n\n");
      for (int p = 0; p < 1 + random.nextInt(3); p++) {
        t.append(paragraph(subject, refs)).append("\n\n");
      }
    }
    t.append("References edit\n\n");
    for (int r = 1; r <= refs; r++) {
      t.append("  ").append(r).append(". ^ ").append(reference()).append('\n');
    }
    return t.append("\nExternal links edit\n\n  • Official website\n").toString();
  }

  private String paragraph(String subject, int refs) {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      p.append(sentence(subject));
      if (random.nextInt(3) > 0) {
        p.append('[').append(1 + random.nextInt(refs)).append(']');
        if (random.nextBoolean()) {
          p.append('[').append(1 + random.nextInt(refs)).append(']');
        }
      } else if (random.nextInt(8) == 0) {
        p.append("[citation needed]");
      }
      p.append(' ');
    }
    return p.toString().strip();
  }

  private String sentence(String subject) {
    return switch (random.nextInt(7)) {
      case 0 -> "The " + subject + " " + pick(VERBS) + " in " + year() + ".";
      case 1 -> "According to the historian " + pick(PEOPLE) + ", it " + pick(VERBS)
          + " on " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year() + ".";
      case 2 -> "It was considered one of the busiest in " + pick(PLACES) + " during the "
          + (180 + random.nextInt(22)) + "0s.";
      case 3 -> pick(PEOPLE) + " stated that \"the work took " + (2 + random.nextInt(30))
          + " years and cost far more than planned.\"";
      case 4 -> "In the early " + (180 + random.nextInt(22)) + "0s the company employed "
          + (10 + random.nextInt(900)) + " people, pp. 24–39 of the report say.";
      case 5 -> "Dr. " + pick(PEOPLE) + " of the U.S. Survey inspected it " + (2 + random.nextInt(80))
          + " years ago.";
      default -> "Its records, held in " + pick(PLACES) + ", were catalogued in "
          + pick(MONTHS) + " " + year() + ".";
    };
  }

  private String reference() {
    String author = pick(PEOPLE).replaceFirst("(\\S+) (\\S+)", "$2, $1");
    return switch (random.nextInt(4)) {
      case 0 -> author + " (" + year() + "). A History of " + pick(PLACES) + ". "
          + pick(PLACES) + ": Quayside Press. p. " + (1 + random.nextInt(400)) + ". ISBN 978-0-306-40615-7.";
      case 1 -> author + " (" + year() + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
          + "). \"Notes on the " + pick(THINGS).toLowerCase(Locale.ROOT) + "\". Journal of Local History. "
          + (1 + random.nextInt(40)) + " (" + (1 + random.nextInt(4)) + "): 1–20.";
      case 2 -> "\"" + pick(PLACES) + " " + pick(THINGS).toLowerCase(Locale.ROOT) + " to close\". The "
          + pick(PLACES) + " Gazette. " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year()
          + ". Retrieved 3 February 2021.";
      default -> "\"" + pick(THINGS) + " archive\". " + pick(PLACES) + " Historical Society. "
          + "Archived from the original on 2019-08-01. Retrieved 2020-01-15.";
    };
  }

  private String blog() {
    String subject = pick(PLACES) + " " + pick(THINGS);
    StringBuilder t = new StringBuilder();
    t.append("The ").append(subject).append(" has a longer and stranger history than its owners admit, ")
        .append("and most of what is said about it is repeated without any source.\n");
    t.append("What Really Happened\n");
    for (int i = 0; i < 3 + random.nextInt(5); i++) {
      t.append(sentence(subject)).append(' ').append(sentence(subject)).append('\n');
    }
    t.append("It was designed to:\nServe the town\nBring in trade\nImpress visitors\n");
    t.append("Why It Matters\n");
    t.append("✔ Local memory\n").append(sentence(subject)).append('\n');
    t.append("Is anyone still asking questions?\n");
    return t.append("No comments:\nPost a Comment\n").toString();
  }
}
