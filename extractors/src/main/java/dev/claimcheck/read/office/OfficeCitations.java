package dev.claimcheck.read.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Work;
import dev.claimcheck.read.CitationFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation fields of a DOCX or ODT file, read from its package beside the converter:
 * Zotero's and Mendeley's ({@code CSL_CITATION} with CSL-JSON item data, in a field, a content
 * control or a bookmark — {@link ContentControls}), EndNote's
 * ({@code EN.CITE} with its records), Word's own ({@code CITATION tag} with the sources part),
 * and the bibliography fields that render their list ({@code ZOTERO_BIBL},
 * {@code CSL_BIBLIOGRAPHY}, {@code BIBLIOGRAPHY}, {@code EN.REFLIST}). Damaged fields are left
 * out; a file that is no office package has none. Thread-safe.
 */
public final class OfficeCitations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CUSTOM_PROPERTIES = "docProps/custom.xml";
  private static final String ODT_META = "meta.xml";
  private static final Pattern WORD_CITATION = Pattern.compile(
      "(?:^|\\\\m\\s+)(?:CITATION\\s+)?(\"[^\"]+\"|[^\\s\\\\]+)");

  private OfficeCitations() {}

  /** The citation fields of the office file {@code bytes}. */
  public static CitationFields read(byte[] bytes) {
    Map<String, byte[]> parts = OfficeParts.read(bytes, name -> DocxFields.PARTS.contains(name)
        || name.equals(OdtFields.PART) || WordSources.isPart(name) || name.equals(CUSTOM_PROPERTIES)
        || name.equals(ODT_META));
    List<RawField> fields = DocxFields.recognizes(parts) ? DocxFields.read(parts)
        : OdtFields.recognizes(parts) ? OdtFields.read(parts) : List.of();
    if (fields.isEmpty()) {
      return CitationFields.NONE;
    }
    fields = withBookmarkCodes(fields, parts);
    Map<String, Work> wordSources = null;
    List<CitationFields.Citation> citations = new ArrayList<>();
    Map<String, Work> items = new LinkedHashMap<>();
    List<String> bibliography = new ArrayList<>();
    for (RawField field : fields) {
      String code = field.instruction().replaceFirst("(?i)^\\s*ADDIN\\s+", "").strip();
      String upper = code.toUpperCase(Locale.ROOT);
      Map<String, Work> cited = new LinkedHashMap<>();
      String fallback = null;
      if (upper.contains("CSL_CITATION") && code.contains("{")) {
        fallback = csl(code, cited);
      } else if (upper.startsWith("ZOTERO_BIBL") || upper.contains("CSL_BIBLIOGRAPHY")
          || upper.startsWith("BIBLIOGRAPHY") || upper.startsWith("EN.REFLIST")
          || upper.startsWith("MENDELEY BIBLIOGRAPHY")) {
        if (bibliography.isEmpty()) {
          bibliography.addAll(field.paragraphs());
        }
        continue;
      } else if (upper.startsWith("CITATION ")) {
        if (wordSources == null) {
          wordSources = WordSources.read(parts);
        }
        for (String tag : wordTags(code)) {
          Work source = wordSources.get(tag);
          if (source != null) {
            cited.put("word:" + tag, source);
          }
        }
      } else if (upper.startsWith("EN.CITE") && code.contains("<EndNote")) {
        EndNoteRecords.Cites cites = EndNoteRecords.read(code);
        cited.putAll(cites.items());
        fallback = cites.shown();
      }
      if (cited.isEmpty()) {
        continue;
      }
      cited.forEach(items::putIfAbsent);
      String written = field.result().isEmpty() && fallback != null ? fallback : field.result();
      citations.add(new CitationFields.Citation(written, List.copyOf(cited.keySet())));
    }
    return new CitationFields(citations, items, bibliography);
  }

  /** Zotero's bookmarks with the codes the document's properties keep for them. */
  private static List<RawField> withBookmarkCodes(List<RawField> fields, Map<String, byte[]> parts) {
    if (fields.stream().noneMatch(f -> f.instruction().startsWith(ContentControls.ZOTERO_BOOKMARK))) {
      return fields;
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (String name : List.of(CUSTOM_PROPERTIES, ODT_META)) {
      byte[] part = parts.get(name);
      if (part != null) {
        // Word keeps them as custom properties, OpenDocument as user-defined metadata.
        XmlTree.parse(part).ifPresent(root -> java.util.stream.Stream.of("property", "user-defined")
            .flatMap(tag -> root.descendants(tag).stream())
            .forEach(p -> properties.put(p.attributes().getOrDefault("name", ""), p.text() == null ? "" : p.text())));
      }
    }
    Map<String, String> codes = ContentControls.bookmarkCodes(properties);
    List<RawField> resolved = new ArrayList<>();
    for (RawField f : fields) {
      String code = codes.get(f.instruction());
      resolved.add(code == null ? f : new RawField(code, f.paragraphs()));
    }
    return resolved;
  }

  /** The tags a {@code CITATION} field names: its first, and one after each {@code \m}. */
  static List<String> wordTags(String code) {
    List<String> tags = new ArrayList<>();
    Matcher m = WORD_CITATION.matcher(code.replaceFirst("(?i)^CITATION\\s+", ""));
    while (m.find()) {
      tags.add(m.group(1).replace("\"", ""));
    }
    return tags;
  }

  /**
   * Reads a CSL citation's items into {@code cited}; returns the plain citation text its
   * properties hold, for a field whose result is empty.
   */
  private static String csl(String code, Map<String, Work> cited) {
    int start = code.indexOf('{');
    int end = code.lastIndexOf('}');
    if (end <= start) {
      return null;
    }
    JsonNode citation;
    try {
      citation = JSON.readTree(code.substring(start, end + 1));
    } catch (Exception e) {
      return null;
    }
    for (JsonNode item : citation.path("citationItems")) {
      JsonNode data = item.path("itemData");
      if (data.isObject()) {
        Work work = CslItems.work(data);
        cited.putIfAbsent(key(item, data, work), work);
      }
    }
    String plain = CslItems.text(citation.path("properties"), "plainCitation");
    plain = plain != null ? plain : CslItems.text(citation.path("mendeley"), "plainTextFormattedCitation");
    plain = plain != null ? plain : CslItems.text(citation.path("properties"), "formattedCitation");
    plain = plain != null ? plain : CslItems.text(citation.path("manualOverride"), "citeprocText");
    return plain == null ? null : plain.replaceAll("<[^>]*>", "");
  }

  /**
   * An item's key, the same in every field that cites it: its library URI, else its DOI, else
   * its title and year, else the field's own id for it.
   */
  private static String key(JsonNode item, JsonNode data, Work work) {
    for (String field : new String[] {"uris", "uri"}) {
      String uri = CslItems.text(item, field);
      if (uri != null) {
        return uri;
      }
    }
    List<String> doi = work.identifiers().get("doi");
    if (doi != null && !doi.isEmpty()) {
      return "doi:" + doi.get(0);
    }
    if (work.title() != null) {
      return "title:" + work.title().toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip()
          + " " + work.year();
    }
    return "id:" + data.path("id").asText(item.path("id").asText());
  }
}
