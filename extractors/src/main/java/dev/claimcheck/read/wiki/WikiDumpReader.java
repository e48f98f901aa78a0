package dev.claimcheck.read.wiki;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.EntryReading;
import dev.claimcheck.read.ContainerReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.read.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Collections;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads MediaWiki XML exports and dumps ({@code <mediawiki><page>…}, or bare {@code <page>}
 * elements), page by page with a streaming parser: each article's newest revision is one
 * document, its title the page title, its date the revision timestamp. Redirects and pages
 * outside the article namespace are skipped with a count; an article's redirect is handed on as
 * one name standing for another ({@link ReadSink#redirect}). Stateless and thread-safe.
 */
public final class WikiDumpReader implements ContainerReader {
  private static final XMLInputFactory FACTORY = factory();
  /** What may stand before an XML document's root: the declaration, comments, a document type. */
  private static final Pattern XML_PROLOGUE = Pattern.compile(
      "^(?:<\\?xml[^<>]{0,500}\\?>|<!--(?:[^-]|-(?!->)){0,2000}-->|<!DOCTYPE[^\\[<>]{0,500}"
          + "(?:\\[[^\\]]{0,1500}\\])?\\s*+>|\\s++){0,20}");

  private final ReadLimits limits;
  private final WikitextReader pages;

  /** A reader with the given limits, applied to each page. */
  public WikiDumpReader(ReadLimits limits) {
    this.limits = limits;
    this.pages = new WikitextReader(limits);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** What one page element held. */
  private static final class Page {
    String title;
    String namespace;
    boolean redirect;
    String redirectTo;
    String timestamp;
    String text;
    boolean tooLong;
  }

  @Override
  public void read(String source, InputStream in, EntryReading reading, ReadSink sink)
      throws IOException {
    XMLStreamReader xml = null;
    try {
      xml = FACTORY.createXMLStreamReader(rooted(in), "UTF-8");
      Page page = null;
      boolean inRevision = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "page" -> page = new Page();
            case "title" -> {
              if (page != null) {
                page.title = bounded(xml, 1024, page);
              }
            }
            case "ns" -> {
              if (page != null) {
                page.namespace = bounded(xml, 16, page).strip();
              }
            }
            case "redirect" -> {
              if (page != null) {
                page.redirect = true;
                String target = xml.getAttributeValue(null, "title");
                page.redirectTo = target == null || target.length() > 1024 ? null : target.strip();
              }
            }
            case "revision" -> inRevision = true;
            case "timestamp" -> {
              if (page != null && inRevision) {
                page.timestamp = bounded(xml, 64, page).strip();
              }
            }
            case "text" -> {
              if (page != null && inRevision) {
                page.tooLong = false;
                page.text = bounded(xml, limits.maxInputBytes(), page);
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (xml.getLocalName().equals("revision")) {
            inRevision = false;
          } else if (xml.getLocalName().equals("page") && page != null) {
            emit(source, page, sink);
            page = null;
          }
        }
      }
    } catch (XMLStreamException e) {
      sink.accept(Outcome.failed(new Failure(source, TextDecoder.STAGE, "xml",
          "the dump breaks off or is not well-formed: " + e.getMessage())));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // The stream is closed by the caller.
        }
      }
    }
  }

  private void emit(String source, Page page, ReadSink sink) {
    String title = page.title == null ? "" : page.title.strip();
    String where = source + "#" + (title.isEmpty() ? "untitled" : title.replace(' ', '_'));
    if (page.redirect) {
      sink.skipped("wiki-redirect");
      if ((page.namespace == null || page.namespace.equals("0")) && !title.isEmpty() && page.redirectTo != null
          && !page.redirectTo.isEmpty()) {
        sink.redirect(title, page.redirectTo);
      }
    } else if (page.namespace != null && !page.namespace.equals("0")) {
      sink.skipped("wiki-namespace-" + page.namespace);
    } else if (page.tooLong) {
      sink.accept(Outcome.failed(new Failure(where, TextDecoder.STAGE, "too-large",
          "the page's wikitext is over " + limits.maxInputBytes() + " characters")));
    } else if (page.text == null || page.text.isBlank()) {
      sink.accept(Outcome.failed(new Failure(where, TextDecoder.STAGE, "empty",
          "the page has no wikitext")));
    } else {
      Outcome<Document> outcome;
      try {
        outcome = pages.page(where, page.text, title, page.timestamp);
      } catch (RuntimeException e) {
        outcome = Outcome.failed(Failure.of(where, TextDecoder.STAGE, e));
      }
      sink.accept(outcome);
    }
  }

  /** An element's text, keeping at most {@code max} characters (the page is marked if cut). */
  private static String bounded(XMLStreamReader xml, long max, Page page) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
        int room = (int) Math.min(Integer.MAX_VALUE - 8, max) - text.length();
        int length = xml.getTextLength();
        if (length > room) {
          page.tooLong = true;
        }
        text.append(xml.getTextCharacters(), xml.getTextStart(), Math.max(0, Math.min(room, length)));
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return text.toString();
  }

  /**
   * The start of an XML text after what may stand before its root: a byte-order mark, the
   * declaration, comments, a document type.
   */
  public static String afterPrologue(String head) {
    return XML_PROLOGUE.matcher(head.replaceFirst("^\ufeff", "")).replaceFirst("");
  }

  /** Whether a text starting with {@code head} is a MediaWiki export (bare pages or a whole dump). */
  public static boolean isDump(String head) {
    String start = afterPrologue(head);
    return start.startsWith("<mediawiki") || start.startsWith("<page>");
  }

  /** The stream with a root element around bare {@code <page>} elements. */
  private static InputStream rooted(InputStream in) throws IOException {
    in.mark(4096);
    String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    in.reset();
    if (afterPrologue(head).startsWith("<mediawiki")) {
      return in;
    }
    List<InputStream> parts = List.of(
        new ByteArrayInputStream("<mediawiki>".getBytes(StandardCharsets.UTF_8)), in,
        new ByteArrayInputStream("</mediawiki>".getBytes(StandardCharsets.UTF_8)));
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  @Override
  public boolean recognizes(String mediaType, String name, String start) {
    return isDump(start);
  }
}
