package dev.claimcheck.read.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The fields of a WordprocessingML document (DOCX): complex fields ({@code w:fldChar} begin,
 * {@code w:instrText}, separate, the result's runs, end) and simple ones ({@code w:fldSimple}),
 * content controls whose tag holds a citation (Mendeley Cite's {@code w:sdt}), and Zotero's
 * bookmarks, from the body, then the footnotes and endnotes.
 */
final class DocxFields {
  static final List<String> PARTS = List.of("word/document.xml", "word/footnotes.xml",
      "word/endnotes.xml");

  private DocxFields() {}

  /** Whether the package holds a Word body. */
  static boolean recognizes(Map<String, byte[]> parts) {
    return parts.containsKey(PARTS.get(0));
  }

  static List<RawField> read(Map<String, byte[]> parts) {
    List<RawField> fields = new ArrayList<>();
    for (String name : PARTS) {
      byte[] part = parts.get(name);
      if (part != null) {
        fields.addAll(scan(part));
      }
    }
    return fields;
  }

  private static List<RawField> scan(byte[] part) {
    FieldScanner scanner = new FieldScanner();
    try {
      XMLStreamReader xml = OfficeParts.xml(part);
      String inText = null;
      // Content controls (w:sdt) nest; each remembers the citation code its tag holds, if any.
      Deque<String> controls = new ArrayDeque<>();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "sdt" -> controls.push("");
            case "tag" -> {
              if (!controls.isEmpty() && controls.peek().isEmpty()) {
                controls.pop();
                controls.push(ContentControls.code(attribute(xml, "val")));
              }
            }
            case "sdtContent" -> {
              if (!controls.isEmpty() && !controls.peek().isEmpty()) {
                scanner.open("sdt:" + controls.size(), controls.peek(), true);
              }
            }
            case "bookmarkStart" -> {
              String name = attribute(xml, "name");
              if (name != null && name.startsWith(ContentControls.ZOTERO_BOOKMARK)) {
                scanner.open("bookmark:" + attribute(xml, "id"), name, true);
              }
            }
            case "bookmarkEnd" -> scanner.close("bookmark:" + attribute(xml, "id"));
            case "fldChar" -> {
              String type = attribute(xml, "fldCharType");
              if ("begin".equals(type)) {
                scanner.open(null, "", false);
              } else if ("separate".equals(type)) {
                scanner.separate();
              } else if ("end".equals(type)) {
                scanner.close(null);
              }
            }
            case "fldSimple" -> scanner.open(null, attribute(xml, "instr"), true);
            case "instrText", "t" -> inText = xml.getLocalName();
            case "tab", "br", "cr" -> scanner.text(" ");
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "fldSimple" -> scanner.close(null);
            case "sdt" -> {
              if (!controls.isEmpty()) {
                scanner.close("sdt:" + controls.size());
                controls.pop();
              }
            }
            case "p" -> scanner.paragraph();
            case "instrText", "t" -> inText = null;
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS && inText != null) {
          if (inText.equals("instrText")) {
            scanner.instruction(xml.getText());
          } else {
            scanner.text(xml.getText());
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Malformed XML: the fields read before the damage stand.
    }
    return scanner.fields();
  }

  /** An attribute by local name, whatever its namespace prefix. */
  static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }
}
