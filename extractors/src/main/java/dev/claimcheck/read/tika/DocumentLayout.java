package dev.claimcheck.read.tika;

import dev.claimcheck.read.SectionNames;
import dev.claimcheck.read.html.PaperFurniture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Recovers the structure a document's conversion to XHTML flattens, so that one set of rules
 * reads every document: in PDFs, section headings standing as lines inside paragraphs, words
 * hyphenated at line ends, footnotes at page feet and the superscript numbers that point at
 * them or at numbered references; in Word files, Tika's inline footnote and endnote texts,
 * moved to a notes section with markers that name them. Stateless.
 */
final class DocumentLayout {
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-\\n\\s*(\\p{Ll})");
  private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(\\d{1,3})\\s?(\\p{Lu}.{8,})$", Pattern.DOTALL);
  /** The longest text taken as a paper's title, before its byline. */
  private static final int MAX_TITLE = 300;
  /** The longest paragraph taken as the end of an entry broken by a page or column break. */
  private static final int MAX_CONTINUATION = 400;
  private static final Pattern BRACKETED_ENTRY = Pattern.compile("^\\[(\\d{1,4})]\\s");
  private static final Pattern ENTRY_START = Pattern.compile("^(?:\\[(\\d{1,4})]|(\\d{1,4})\\.)\\s");
  private static final Pattern EMPTY_INLINE = Pattern.compile("<(?:b|i|u|em|strong|span|a)(?:\\s[^<>]*)?/>");
  private static final Pattern OPEN_DOCUMENT_NOTE = Pattern.compile(
      "<p class=\"note\">\\s*(\\d{1,4})\\s+(.{1,4000}?)</p>", Pattern.DOTALL);
  private static final Pattern WORD_NOTE_REF = Pattern.compile("\\[(?:footnote|endnote)Ref:(\\d{1,5})]");
  private static final Pattern WORD_NOTE_TEXT = Pattern.compile("\\[(\\d{1,5}): ([^\\[\\]]{1,4000})]");

  private DocumentLayout() {}

  /** The XHTML with its structure recovered, for a document of media type {@code format}. */
  static String of(String xhtml, String format) {
    if (format.equals("application/pdf")) {
      Document page = Jsoup.parse(xhtml, "", Parser.htmlParser());
      pdf(page);
      return page.outerHtml();
    }
    List<String> notes = new ArrayList<>();
    Matcher note = OPEN_DOCUMENT_NOTE.matcher(xhtml);
    StringBuilder inline = new StringBuilder();
    while (note.find()) {
      notes.add("[note " + note.group(1) + "] " + note.group(2).strip());
      note.appendReplacement(inline, Matcher.quoteReplacement("[note " + note.group(1) + "]"));
    }
    note.appendTail(inline);
    // An empty <b/> is XHTML; read as HTML it would open a bold run to the end of the page.
    String html = EMPTY_INLINE.matcher(inline).replaceAll("");
    Document page = Jsoup.parse(html, "", Parser.htmlParser());
    boldHeadings(page);
    wordNotes(page);
    epubNotes(page, notes);
    if (!notes.isEmpty()) {
      page.body().appendElement("h2").text("Notes");
      notes.forEach(text -> page.body().appendElement("p").html(text));
    }
    return page.outerHtml();
  }

  /**
   * A short paragraph that is bold throughout (RTF has no heading styles) or that is a section
   * name on its own (EPUB styles headings by class) is a heading.
   */
  private static void boldHeadings(Document page) {
    for (Element p : page.body().select("p")) {
      String text = p.text().strip();
      if (text.isEmpty() || text.length() > 80 || text.endsWith(".")) {
        continue;
      }
      String bold = p.select("b, strong").text().strip();
      if (bold.equals(text) || PaperHeadings.of(text) != null) {
        p.tagName("h2").text(text);
      }
    }
  }

  /**
   * EPUB notes: a {@code noteref} link becomes a {@code [note N]} marker, and the
   * {@code aside} footnote it points at a note at the end.
   */
  private static void epubNotes(Document page, List<String> notes) {
    Map<String, String> numbers = new LinkedHashMap<>();
    for (Element ref : page.body().select("a[type=noteref], a[epub:type=noteref], a[role=doc-noteref]")) {
      String id = ref.attr("href").replaceFirst("^#", "");
      String number = numbers.computeIfAbsent(id, k -> String.valueOf(numbers.size() + 1));
      Element marker = ref.parent() != null && ref.parent().normalName().equals("sup") ? ref.parent() : ref;
      marker.replaceWith(new org.jsoup.nodes.TextNode("[note " + number + "]"));
    }
    for (Element aside : page.body().select("aside[type=footnote], aside[epub:type=footnote], aside[role=doc-footnote]")) {
      String number = numbers.get(aside.id());
      aside.select("sup:has(a[href^=#])").remove();
      if (number != null) {
        notes.add("[note " + number + "] " + aside.text().strip());
      }
      aside.remove();
    }
  }

  /** Tika writes a Word note as {@code [footnoteRef:2]} and its text as {@code [2: …]}. */
  private static void wordNotes(Document page) {
    Map<String, String> notes = new LinkedHashMap<>();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Element p : page.body().select("p, li, td")) {
      String html = p.html();
      if (!html.contains("Ref:")) {
        continue;
      }
      Matcher ref = WORD_NOTE_REF.matcher(html);
      StringBuilder out = new StringBuilder();
      while (ref.find()) {
        int shown = numbers.computeIfAbsent(ref.group(1), id -> numbers.size() + 1);
        ref.appendReplacement(out, Matcher.quoteReplacement("[note " + shown + "]"));
      }
      ref.appendTail(out);
      Matcher text = WORD_NOTE_TEXT.matcher(out.toString());
      StringBuilder kept = new StringBuilder();
      while (text.find()) {
        if (numbers.containsKey(text.group(1))) {
          notes.put(text.group(1), text.group(2).strip());
          text.appendReplacement(kept, "");
        } else {
          text.appendReplacement(kept, Matcher.quoteReplacement(text.group()));
        }
      }
      text.appendTail(kept);
      p.html(kept.toString());
    }
    if (!notes.isEmpty()) {
      page.body().appendElement("h2").text("Notes");
      notes.forEach((id, note) -> page.body().appendElement("p")
          .html("[note " + numbers.get(id) + "] " + note));
    }
  }

  /**
   * PDF paragraphs hold lines: a line that names a section becomes a heading, reference
   * entries each start a paragraph, a footnote at a page's foot moves to a notes section,
   * and superscript numbers glued to words become bracketed markers where a numbered entry
   * or footnote of that number exists.
   */
  private static void pdf(Document page) {
    List<Element> rebuilt = new ArrayList<>();
    List<String> footnotes = new ArrayList<>();
    Set<Integer> labels = new TreeSet<>();
    Set<Integer> notes = new TreeSet<>();
    boolean inReferences = false;
    boolean pastFrontMatter = false;
    boolean inByline = false;
    int nextEntry = 1;
    // Tika writes the PDF's outline (bookmarks) as lists after the pages; they repeat headings.
    page.body().select("> ul, > ol").remove();
    Map<String, Integer> repeated = new LinkedHashMap<>();
    for (Element p : page.body().select("p")) {
      for (String line : p.wholeText().split("\n")) {
        repeated.merge(runningHead(line), 1, Integer::sum);
      }
    }
    int listStart = unheadedList(page);
    int lineIndex = 0;
    Element lastEntry = null;
    for (Element p : page.body().select("p")) {
      // PDFs often give accented letters decomposed ("o" and a combining diaeresis): composed here.
      String text = java.text.Normalizer.normalize(HYPHENATED.matcher(p.wholeText()).replaceAll("$1$2"),
          java.text.Normalizer.Form.NFC);
      Element container = new Element("div");
      StringBuilder paragraph = new StringBuilder();
      boolean first = true;
      for (String raw : text.split("\n")) {
        String line = raw.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
        if (line.isEmpty()) {
          continue;
        }
        // The reference entry being built: this paragraph's, else the last one's.
        CharSequence building = paragraph.length() > 0 ? paragraph : lastEntry == null ? "" : lastEntry.text();
        if (inReferences) {
          // The line goes on with the entry being built, or starts one (its head undated).
          boolean goesOn = ENTRY_START.matcher(line).lookingAt() ? false
              : paragraph.length() > 0 ? !AuthorYearEntries.startsEntry(line, paragraph)
              : lastEntry != null && AuthorYearEntries.continues(line, building);
          line = GluedNames.unglue(line, goesOn && GluedNames.dated(building));
        }
        String heading = PaperHeadings.of(line);
        if (heading == null && !inReferences && lineIndex == listStart) {
          // A numbered list that no heading announces ends the paper: its reference list.
          flushParagraph(container, paragraph);
          container.appendElement("h2").text("References");
          inReferences = true;
          nextEntry = 1;
          lastEntry = null;
          building = "";
        }
        lineIndex++;
        Matcher entry = ENTRY_START.matcher(line);
        boolean startsEntry = inReferences && entry.lookingAt()
            && Integer.parseInt(entry.group(1) != null ? entry.group(1) : entry.group(2)) == nextEntry;
        boolean tail = inReferences && building.length() > 0 && Character.isDigit(line.charAt(0))
            && building.toString().strip().endsWith(",");
        if (heading == null && line.length() < 80 && repeated.getOrDefault(runningHead(line), 0) >= 3 && !tail) {
          continue; // a running head or foot, repeated on the pages (not an entry's volume and pages)
        }
        if (heading == null && !pastFrontMatter && PaperFurniture.isByline(line)) {
          // A paper's byline, over one line or more: what stands before it is the title.
          if (!inByline && paragraph.length() > 0 && paragraph.length() <= MAX_TITLE) {
            container.appendElement("h1").text(paragraph.toString());
            paragraph.setLength(0);
          } else if (!inByline && paragraph.length() == 0) {
            Element before = container.children().isEmpty()
                ? rebuilt.isEmpty() ? null : rebuilt.get(rebuilt.size() - 1).children().last()
                : container.children().last();
            if (before != null && before.normalName().equals("p") && before.text().length() <= MAX_TITLE) {
              before.tagName("h1");
            }
          }
          flushParagraph(container, paragraph);
          container.appendElement("p").text(line);
          inByline = true;
          first = false;
          continue;
        }
        pastFrontMatter |= inByline;
        if (heading != null) {
          pastFrontMatter = true;
          flushParagraph(container, paragraph);
          container.appendElement("h2").text(heading);
          inReferences = SectionNames.isReferences(heading);
          lastEntry = null;
        } else if (startsEntry) {
          // Only the next number starts an entry: "115. doi:…" continues a page range.
          flushParagraph(container, paragraph);
          paragraph.append(line);
          labels.add(nextEntry++);
        } else if (inReferences && nextEntry == 1 && paragraph.length() > 0
            && AuthorYearEntries.startsEntry(line, paragraph)) {
          // An author–year list run together: a new author after a complete entry starts one.
          flushParagraph(container, paragraph);
          paragraph.append(line);
        } else if (inReferences && nextEntry == 1 && lastEntry != null && paragraph.length() == 0
            && AuthorYearEntries.continues(line, lastEntry.text())
            && (tail || repeated.getOrDefault(runningHead(line), 0) < 3) && !FOOTNOTE_LINE.matcher(line).matches()) {
          // An author–year entry cut short by a column or page break goes on here.
          lastEntry.text(lastEntry.text() + " " + line);
          continue;
        } else if (first && inReferences && nextEntry > 1 && lastEntry != null && paragraph.length() == 0
            && text.length() <= MAX_CONTINUATION && repeated.getOrDefault(runningHead(line), 0) < 3
            && !FOOTNOTE_LINE.matcher(line).matches()) {
          // (Lines on three pages or more are running heads, left out above; two entries may
          // well end alike, "(1964)". A long paragraph is no entry's end: an author list.)
          // An entry broken by a page break goes on in the next paragraph.
          lastEntry.text(lastEntry.text() + " " + line);
          continue;
        } else {
          paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
        }
        first = false;
      }
      flushParagraph(container, paragraph);
      for (Element block : new ArrayList<>(container.children())) {
        Matcher footnote = FOOTNOTE_LINE.matcher(block.text());
        if (block.normalName().equals("p") && !inReferences && PaperHeadings.numberedTitle(block.text())) {
          block.tagName("h2"); // "2 Soundings" on a line of its own is a section, not a footnote
          continue;
        }
        if (block.normalName().equals("p") && footnote.matches()
            && !ENTRY_START.matcher(block.text()).lookingAt()
            && repeated.getOrDefault(runningHead(block.text()), 0) < 2) {
          footnotes.add("[note " + footnote.group(1) + "] " + footnote.group(2));
          notes.add(Integer.parseInt(footnote.group(1)));
          block.remove();
        }
      }
      Element last = container.children().last();
      if (inReferences && last != null && last.normalName().equals("p")) {
        lastEntry = last;
      }
      rebuilt.add(container);
      p.replaceWith(container);
    }
    BrokenParagraphs.join(rebuilt);
    if (!labels.isEmpty() || !notes.isEmpty()) {
      for (Element container : rebuilt) {
        for (Element block : container.children()) {
          if (block.normalName().equals("p") && !ENTRY_START.matcher(block.text()).lookingAt()) {
            SuperscriptMarkers.mark(block, labels, notes);
          }
        }
      }
    }
    PaperHeadings.unmarkFalseReferenceHeadings(page);
    if (!footnotes.isEmpty()) {
      page.body().appendElement("h2").text("Notes");
      footnotes.forEach(note -> page.body().appendElement("p").text(note));
    }
  }

  /**
   * Where a reference list without a heading starts, as an index among the non-blank lines of
   * the paragraphs, or -1: the last line opening with {@code [1]} that lines opening with
   * {@code [2]} and {@code [3]} follow, in order, with no references heading before it.
   */
  private static int unheadedList(Document page) {
    List<Integer> numbers = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int index = 0;
    int headed = -1;
    for (Element p : page.body().select("p")) {
      // The lines as the layout pass splits them, hyphenated breaks joined.
      for (String raw : HYPHENATED.matcher(p.wholeText()).replaceAll("$1$2").split("\n")) {
        String line = raw.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
        if (line.isEmpty()) {
          continue;
        }
        String heading = PaperHeadings.of(line);
        if (heading != null && SectionNames.isReferences(heading)) {
          headed = index;
        }
        Matcher entry = BRACKETED_ENTRY.matcher(line);
        if (entry.lookingAt()) {
          numbers.add(Integer.parseInt(entry.group(1)));
          at.add(index);
        }
        index++;
      }
    }
    for (int i = numbers.size() - 1; i >= 0; i--) {
      if (numbers.get(i) == 1 && at.get(i) > headed) {
        int want = 2;
        for (int j = i + 1; j < numbers.size() && want <= 3; j++) {
          if (numbers.get(j) == want) {
            want++;
          }
        }
        return want > 3 ? at.get(i) : -1;
      }
    }
    return -1;
  }

  /** A line as it repeats on every page, page numbers ("12", "12/16", "Page 12 of 16") left out: a running head. */
  private static String runningHead(String line) {
    return line.replace('\t', ' ').replaceAll("\\s+", " ").strip()
        .replaceAll("(?i)^(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?\\s*|\\s*(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?$", "");
  }

  private static void flushParagraph(Element container, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      container.appendElement("p").text(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
