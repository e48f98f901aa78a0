package dev.claimcheck.read.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML parts of an office package (a DOCX or ODT file is a zip of XML files), read with
 * bounds: parts past {@link #MAX_PART_BYTES} or beyond {@link #MAX_PARTS} are left out, and the
 * XML parser resolves no DTD or external entity. Thread-safe.
 */
final class OfficeParts {
  static final int MAX_PART_BYTES = 64 << 20;
  static final int MAX_PARTS = 2_000;

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private OfficeParts() {}

  /** The package's parts whose names {@code wanted} accepts, by name; empty if it is no zip. */
  static Map<String, byte[]> read(byte[] bytes, Predicate<String> wanted) {
    Map<String, byte[]> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      for (int n = 0; n < MAX_PARTS && (entry = zip.getNextEntry()) != null; n++) {
        if (!entry.isDirectory() && wanted.test(entry.getName())) {
          byte[] part = bounded(zip);
          if (part != null) {
            parts.put(entry.getName(), part);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // A damaged package: what was read so far stands; the converter reports the damage.
    }
    return parts;
  }

  private static byte[] bounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 << 10];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_PART_BYTES) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** A streaming reader over one part. */
  static XMLStreamReader xml(byte[] part) throws XMLStreamException {
    return XML.createXMLStreamReader(new ByteArrayInputStream(part));
  }
}
