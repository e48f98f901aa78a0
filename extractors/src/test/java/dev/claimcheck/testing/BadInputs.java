package dev.claimcheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes the hostile inputs every reader must survive into a folder: a truncated PDF, an
 * encrypted PDF, a zip bomb named {@code .docx}, a 200 MB text file, HTML nested 100,000
 * levels deep, and a malformed web archive. Made at test time from the fixture report, so
 * that no large or binary junk is committed.
 */
public final class BadInputs {
  /** Size of the large text file. */
  public static final long LARGE_TEXT_BYTES = 200L << 20;

  private BadInputs() {}

  /** Writes every bad input into {@code folder} and returns it. */
  public static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    byte[] pdf = Files.readAllBytes(RepoFixtures.root().resolve("documents/bridge-report.pdf"));
    Files.write(folder.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(folder.resolve("encrypted.pdf").toFile());
    }
    zipBomb(folder.resolve("bomb.docx"));
    largeText(folder.resolve("large.txt"));
    Files.writeString(folder.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000)
        + "<p>Deep inside there is a sentence nobody reads.</p>" + "</div>".repeat(100_000)
        + "<p>The shallow sentence was written in 2024 and is read.</p></body></html>");
    Files.writeString(folder.resolve("malformed.warc"), "WARC/1.0\r\nWARC-Type: response\r\n"
        + "Content-Length: not-a-number\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n"
        + "WARC/1.0\r\nWARC-Ty", StandardCharsets.US_ASCII);
    return folder;
  }

  /** A Word-looking zip whose document part inflates to 1 GiB of spaces. */
  private static void zipBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
          + "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 1024; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
  }

  private static void largeText(Path file) throws IOException {
    byte[] line = "The ferry carried 80,000 passengers in 2019 and more in 2020.\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[line.length * 16384];
    for (int i = 0; i < 16384; i++) {
      System.arraycopy(line, 0, block, i * line.length, line.length);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < LARGE_TEXT_BYTES; written += block.length) {
        out.write(block);
      }
    }
  }
}
