package dev.claimcheck.read.office;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Citation codes kept outside fields. Mendeley Cite keeps each citation in a content control
 * whose tag is {@code MENDELEY_CITATION_v3_} and the citation's JSON in base64, and its
 * bibliography in one tagged {@code MENDELEY_BIBLIOGRAPHY}. Zotero, told to store citations as
 * bookmarks, names a bookmark {@code ZOTERO_BREF_…} and keeps its code in the document's custom
 * properties, cut into pieces named after the bookmark ({@code ZOTERO_BREF_…_1},
 * {@code _2}, …).
 */
final class ContentControls {
  static final String MENDELEY_CITATION = "MENDELEY_CITATION_v3_";
  static final String MENDELEY_BIBLIOGRAPHY = "MENDELEY_BIBLIOGRAPHY";
  static final String ZOTERO_BOOKMARK = "ZOTERO_BREF_";

  private ContentControls() {}

  /** The citation code a content control's tag holds, or "" when it holds none. */
  static String code(String tag) {
    if (tag == null) {
      return "";
    }
    if (tag.startsWith(MENDELEY_CITATION)) {
      String encoded = tag.substring(MENDELEY_CITATION.length()).strip();
      try {
        // Written in either base64 alphabet, padded or not.
        byte[] json = Base64.getDecoder().decode(encoded.replace('-', '+').replace('_', '/')
            + "=".repeat((4 - encoded.length() % 4) % 4));
        return "CSL_CITATION " + new String(json, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return tag.startsWith(MENDELEY_BIBLIOGRAPHY) ? "MENDELEY BIBLIOGRAPHY" : "";
  }

  /**
   * The codes of Zotero's bookmarks, from a package's custom properties: each bookmark's pieces
   * joined in order.
   *
   * @param properties property name to value
   */
  static Map<String, String> bookmarkCodes(Map<String, String> properties) {
    Map<String, TreeMap<Integer, String>> pieces = new TreeMap<>();
    properties.forEach((name, value) -> {
      int cut = name.lastIndexOf('_');
      if (name.startsWith(ZOTERO_BOOKMARK) && cut > ZOTERO_BOOKMARK.length()
          && name.substring(cut + 1).matches("\\d{1,4}")) {
        pieces.computeIfAbsent(name.substring(0, cut), k -> new TreeMap<>())
            .put(Integer.parseInt(name.substring(cut + 1)), value);
      }
    });
    Map<String, String> codes = new TreeMap<>();
    pieces.forEach((bookmark, parts) -> codes.put(bookmark, String.join("", parts.values())));
    return codes;
  }
}
