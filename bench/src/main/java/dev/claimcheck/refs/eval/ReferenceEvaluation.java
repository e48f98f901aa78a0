package dev.claimcheck.refs.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Author;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.Work;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.wiki.WikiCitations;
import dev.claimcheck.refs.Identifiers;
import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.refs.parse.ReferenceParser;
import dev.claimcheck.refs.WorkBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Measures the reference parser on three kinds of ground truth: claimcheck's labelled set
 * ({@code fixtures/references/*.jsonl}), the citation templates of the wikitext corpus (the
 * template's parameters against the parse of the text the reader writes for it), and the
 * reference lists of the corpus PDF and DOCX against the JATS XML other tools made of them.
 */
public final class ReferenceEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The fields JATS annotates in the corpus files. */
  private static final Set<String> JATS_FIELDS = Set.of("authors", "title", "container", "date",
      "volume", "issue", "pages", "identifiers");
  private static final Set<String> COINS_SCHEMES = Set.of("isbn", "issn", "doi", "pmid", "oclc",
      "bibcode", "arxiv", "hdl", "lccn");
  /** The fields COinS carries. */
  private static final Set<String> COINS_FIELDS = Set.of("authors", "title", "container", "date",
      "volume", "issue", "pages", "publisher", "place", "edition", "identifiers");
  /** The fields a citation template's rendering carries. */
  private static final Set<String> TEMPLATE_FIELDS = Set.of("kind", "authors", "date", "title",
      "container", "publisher", "place", "volume", "issue", "pages", "edition", "url", "archiveUrl",
      "archiveDate", "accessDate", "urlStatus", "language", "format", "identifiers");

  private ReferenceEvaluation() {}

  /** Scores of the labelled set, by style, plus {@code all} and {@code cs1+templates}. */
  public static Map<String, FieldScores> labelledSet(Path dir) {
    Map<String, FieldScores> byStyle = new LinkedHashMap<>();
    FieldScores all = new FieldScores();
    for (Path file : jsonl(dir)) {
      for (JsonNode row : readLines(file)) {
        String style = row.get("style").asText();
        Work expected = expected(row.get("expected"));
        String text = row.get("text").asText();
        Reference parsed = ReferenceParser.parse(text, new Span("set", 0, text.length()), null, "0");
        FieldScores s = byStyle.computeIfAbsent(style, k -> new FieldScores());
        s.add(row.get("id").asText(), expected, parsed.work(), Set.copyOf(FieldScores.FIELDS),
            row.get("expected").path("problems").asInt(0));
      }
    }
    byStyle.values().forEach(all::addAll);
    Map<String, FieldScores> out = new LinkedHashMap<>();
    out.put("all", all);
    out.putAll(new java.util.TreeMap<>(byStyle));
    return out;
  }

  /** Every citation template of the wikitext corpus: its fields against the parse of its rendering. */
  public static FieldScores wikitext(Path dir) {
    FieldScores scores = new FieldScores();
    for (Path file : files(dir, ".wikitext", ".xml")) {
      String name = file.getFileName().toString();
      int n = 0;
      for (String page : pages(file)) {
        for (WikiCitations.Citation c : WikiCitations.in(page)) {
          n++;
          Work parsed = ReferenceParser.work(c.rendered(), c.links());
          scores.add(name + "#" + n + " [" + c.rendered() + "]", c.fields(), parsed, TEMPLATE_FIELDS,
              c.fields().problems().size());
        }
      }
    }
    return scores;
  }

  /**
   * The Wikipedia pages of the corpus: each reference that carries COinS (the citation
   * module's own fields, made from the template) against the parse of its rendered text.
   */
  public static FieldScores wikipediaHtml(Path dir) {
    FieldScores scores = new FieldScores();
    for (Path page : files(dir, ".html")) {
      var outcome = new ArticleReading(ReadLimits.DEFAULT)
          .readAll(new InputFile(page.toString(), page.getFileName().toString())).get(0);
      var document = outcome.value();
      for (var block : document.blocks()) {
        if (block.given() == null) {
          continue;
        }
        Reference parsed = ArticleAnalyzer.parseEntry(document, block, "0");
        Work coins = block.given().work();
        scores.add(page.getFileName() + "#" + block.anchor() + " [" + parsed.text() + "]", coins,
            coinsSchemes(parsed.work()), COINS_FIELDS, coins.problems().size());
      }
    }
    return scores;
  }

  /**
   * The corpus documents' reference lists as claimcheck reads them, against the JATS made of
   * them; entries are paired in order, and a document whose counts differ is skipped.
   */
  public static Map<String, FieldScores> jats(Path documents) {
    Map<String, FieldScores> out = new LinkedHashMap<>();
    for (Path xml : files(documents, "-content.xml", ".jats.xml")) {
      String base = xml.getFileName().toString().replaceFirst("(-content|\\.jats)\\.xml$", "");
      Path source = Stream.of(".pdf", ".docx").map(ext -> documents.resolve(base + ext))
          .filter(Files::exists).findFirst().orElse(null);
      if (source == null) {
        continue;
      }
      List<Work> gold = jatsReferences(xml);
      List<Reference> read = readReferences(source);
      FieldScores scores = new FieldScores();
      if (gold.size() == read.size()) {
        for (int i = 0; i < gold.size(); i++) {
          scores.add(base + "#" + (i + 1) + " [" + read.get(i).text() + "]", gold.get(i),
              read.get(i).work(), JATS_FIELDS, 0);
        }
      }
      out.put(source.getFileName().toString(), scores);
    }
    return out;
  }

  static List<Reference> readReferences(Path source) {
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(source.toString(), source.getFileName().toString())).get(0);
    return ArticleAnalyzer.analyze(outcome.value()).references().stream()
        .filter(r -> !r.id().startsWith("link-")).toList();
  }

  /** A parsed work with only the identifier schemes COinS can carry (it has no PMC, JSTOR or S2CID). */
  private static Work coinsSchemes(Work w) {
    Map<String, List<String>> kept = new LinkedHashMap<>(w.identifiers());
    kept.keySet().retainAll(COINS_SCHEMES);
    return new Work(w.kind(), w.authors(), w.etAl(), w.date(), w.title(), w.container(), w.publisher(),
        w.place(), w.volume(), w.issue(), w.pages(), w.edition(), w.url(), w.archiveUrl(),
        w.archiveDate(), w.accessDate(), w.urlStatus(), w.language(), w.format(), kept,
        w.problems(), w.sourceKey());
  }

  /** The references of a JATS file, as works. */
  static List<Work> jatsReferences(Path xml) {
    try (InputStream in = Files.newInputStream(xml)) {
      var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);
      NodeList refs = doc.getElementsByTagName("ref");
      List<Work> out = new ArrayList<>();
      for (int i = 0; i < refs.getLength(); i++) {
        Element ref = (Element) refs.item(i);
        WorkBuilder b = new WorkBuilder();
        NodeList names = ref.getElementsByTagName("surname");
        for (int n = 0; n < names.getLength(); n++) {
          Element surname = (Element) names.item(n);
          Element parent = (Element) surname.getParentNode();
          String given = text(parent, "given-names");
          b.addAuthor(Author.person(surname.getTextContent().strip(), given));
        }
        b.title(text(ref, "article-title"));
        String source = text(ref, "source");
        if (b.title() == null) {
          b.title(source);
        } else {
          b.container(source);
        }
        String year = text(ref, "year");
        b.date(year == null ? null : ReferenceDates.parse(year));
        b.volume(text(ref, "volume"));
        b.issue(text(ref, "issue"));
        b.pages(WorkBuilder.pageRange(text(ref, "fpage"), text(ref, "lpage")));
        NodeList ids = ref.getElementsByTagName("pub-id");
        for (int n = 0; n < ids.getLength(); n++) {
          Element id = (Element) ids.item(n);
          String value = id.getTextContent().strip();
          List<Identifiers.Found> found = Identifiers.find(value);
          Identifiers.Checked checked = found.isEmpty()
              ? Identifiers.of(id.getAttribute("pub-id-type"), value) : found.get(0).id();
          if (checked != null) {
            b.identifier(checked);
          }
        }
        b.kind(ReferenceKind.JOURNAL);
        out.add(b.build());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read JATS " + xml + ": " + e.getMessage(), e);
    }
  }

  private static String text(Element e, String tag) {
    NodeList nodes = e.getElementsByTagName(tag);
    if (nodes.getLength() == 0) {
      return null;
    }
    String s = nodes.item(0).getTextContent().replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  /** A labelled row's expected fields as a work. */
  static Work expected(JsonNode e) {
    WorkBuilder b = new WorkBuilder();
    b.kind(ReferenceKind.valueOf(e.get("kind").asText().toUpperCase(Locale.ROOT)));
    for (JsonNode a : e.path("authors")) {
      b.addAuthor(a.size() > 1 ? Author.person(a.get(0).asText(), a.get(1).asText())
          : Author.organization(a.get(0).asText()));
    }
    b.etAl(e.path("etAl").asBoolean(false));
    b.date(str(e, "date"));
    b.title(str(e, "title"));
    b.container(str(e, "container"));
    b.publisher(str(e, "publisher"));
    b.place(str(e, "place"));
    b.volume(str(e, "volume"));
    b.issue(str(e, "issue"));
    b.pages(str(e, "pages"));
    b.edition(str(e, "edition"));
    b.url(str(e, "url"));
    b.archiveUrl(str(e, "archiveUrl"));
    b.archiveDate(str(e, "archiveDate"));
    b.accessDate(str(e, "accessDate"));
    b.urlStatus(str(e, "urlStatus"));
    b.language(str(e, "language"));
    b.format(str(e, "format"));
    Iterator<Map.Entry<String, JsonNode>> ids = e.path("identifiers").fields();
    while (ids.hasNext()) {
      Map.Entry<String, JsonNode> id = ids.next();
      for (JsonNode v : id.getValue()) {
        b.identifier(new Identifiers.Checked(id.getKey(), v.asText(), true, null));
      }
    }
    return b.build();
  }

  private static String str(JsonNode e, String field) {
    JsonNode v = e.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<JsonNode> readLines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> jsonl(Path dir) {
    return files(dir, ".jsonl");
  }

  private static List<Path> files(Path dir, String... suffixes) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return Stream.of(suffixes).anyMatch(n::endsWith);
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wikitext of a file: the file itself, or each page's text of an XML export. */
  private static List<String> pages(Path file) {
    try {
      if (!file.toString().endsWith(".xml")) {
        return List.of(Files.readString(file, StandardCharsets.UTF_8));
      }
      List<String> out = new ArrayList<>();
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader r = factory.createXMLStreamReader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("text")) {
            out.add(r.getElementText());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
