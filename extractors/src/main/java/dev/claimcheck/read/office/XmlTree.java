package dev.claimcheck.read.office;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small XML document as a tree of elements by local name, with their attributes by local
 * name and each element's whole text
 * (its descendants' included): enough for the record formats citation managers keep (Word's
 * sources, EndNote's records). Bounded by {@link #MAX_ELEMENTS}.
 */
record XmlTree(String name, Map<String, String> attributes, StringBuilder ownText,
    List<XmlTree> children) {
  static final int MAX_ELEMENTS = 200_000;
  /** Deepest nesting kept; deeper elements add their text to the deepest kept one. */
  static final int MAX_DEPTH = 128;

  /** The tree of {@code xml}, empty when it does not parse. */
  static Optional<XmlTree> parse(byte[] xml) {
    try {
      XMLStreamReader reader = OfficeParts.xml(xml);
      Deque<XmlTree> open = new ArrayDeque<>();
      XmlTree root = null;
      int count = 0;
      int tooDeep = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++count > MAX_ELEMENTS) {
            break;
          }
          if (open.size() >= MAX_DEPTH) {
            tooDeep++;
            continue;
          }
          Map<String, String> attributes = new HashMap<>();
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          XmlTree node = new XmlTree(reader.getLocalName(), attributes, new StringBuilder(),
              new ArrayList<>());
          if (open.isEmpty()) {
            root = node;
          } else {
            open.peek().children.add(node);
          }
          open.push(node);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (tooDeep > 0) {
            tooDeep--;
          } else {
            open.poll();
          }
        } else if (event == XMLStreamConstants.CHARACTERS && !open.isEmpty()) {
          open.peek().ownText.append(reader.getText());
        }
      }
      return Optional.ofNullable(root);
    } catch (XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<XmlTree> parse(String xml) {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The element's text with its descendants', white space folded; null when blank. */
  String text() {
    StringBuilder all = new StringBuilder();
    collect(all);
    String folded = all.toString().replaceAll("\\s+", " ").strip();
    return folded.isEmpty() ? null : folded;
  }

  private void collect(StringBuilder all) {
    all.append(ownText);
    for (XmlTree child : children) {
      child.collect(all);
    }
  }

  /** The first child of that name, following the path of names. */
  Optional<XmlTree> child(String... path) {
    XmlTree at = this;
    for (String step : path) {
      XmlTree next = null;
      for (XmlTree c : at.children) {
        if (c.name.equals(step)) {
          next = c;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      at = next;
    }
    return Optional.of(at);
  }

  /** The text at the path, or null. */
  String text(String... path) {
    return child(path).map(XmlTree::text).orElse(null);
  }

  /** The children of that name. */
  List<XmlTree> all(String name) {
    return children.stream().filter(c -> c.name.equals(name)).toList();
  }

  /** Every descendant of that name, in document order. */
  List<XmlTree> descendants(String name) {
    List<XmlTree> found = new ArrayList<>();
    for (XmlTree c : children) {
      if (c.name.equals(name)) {
        found.add(c);
      }
      found.addAll(c.descendants(name));
    }
    return found;
  }
}
