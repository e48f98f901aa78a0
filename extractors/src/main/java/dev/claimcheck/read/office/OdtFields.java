package dev.claimcheck.read.office;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The citation fields of an OpenDocument text (ODT): citation managers keep a citation's code
 * in the name of a reference mark around its text ({@code text:reference-mark-start
 * text:name="ZOTERO_ITEM CSL_CITATION {…} RND…"}) and a bibliography's in the name of a section
 * ({@code text:section text:name="ZOTERO_BIBL {…} CSL_BIBLIOGRAPHY"}); Zotero's bookmarks
 * ({@code text:bookmark-start text:name="ZOTERO_BREF_…"}) keep theirs in the document's
 * properties.
 */
final class OdtFields {
  static final String PART = "content.xml";

  private OdtFields() {}

  /** Whether the package holds an OpenDocument body. */
  static boolean recognizes(Map<String, byte[]> parts) {
    return parts.containsKey(PART);
  }

  static List<RawField> read(Map<String, byte[]> parts) {
    FieldScanner scanner = new FieldScanner();
    try {
      XMLStreamReader xml = OfficeParts.xml(parts.get(PART));
      int depth = 0;
      int bodyDepth = -1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = xml.getLocalName();
          String markName = DocxFields.attribute(xml, "name");
          if (name.equals("body")) {
            bodyDepth = depth;
          } else if (name.equals("reference-mark-start") && markName != null) {
            scanner.open(markName, markName, true);
          } else if (name.equals("reference-mark-end") && markName != null) {
            scanner.close(markName);
          } else if (name.equals("bookmark-start") && markName != null
              && markName.startsWith(ContentControls.ZOTERO_BOOKMARK)) {
            scanner.open(markName, markName, true);
          } else if (name.equals("bookmark-end") && markName != null) {
            scanner.close(markName);
          } else if (name.equals("section") && markName != null && isCitationCode(markName)) {
            scanner.open("section:" + depth, markName, true);
          } else if (name.equals("s") || name.equals("tab") || name.equals("line-break")) {
            scanner.text(" ");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("p") || name.equals("h")) {
            scanner.paragraph();
          } else if (name.equals("section")) {
            scanner.close("section:" + depth);
          }
          depth--;
        } else if (event == XMLStreamConstants.CHARACTERS && bodyDepth > 0) {
          scanner.text(xml.getText());
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Malformed XML: the fields read before the damage stand.
    }
    return scanner.fields();
  }

  private static boolean isCitationCode(String name) {
    return name.contains("CSL_") || name.startsWith("ZOTERO_") || name.contains("Mendeley");
  }
}
