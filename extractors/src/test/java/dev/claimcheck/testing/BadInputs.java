package dev.claimcheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes the hostile inputs every reader must survive into a folder: a truncated PDF, an
 * encrypted PDF, a zip bomb named {@code .docx}, a 200 MB text file, HTML nested 100,000
 * levels deep, a malformed web archive, text that once made patterns recurse (a sentence with
 * no punctuation, 10,000 template openers, 20,000 citation markers in one paragraph, a reference
 * entry of 15,000 names), random bytes named {@code .html} and {@code .txt}, UTF-16 without a
 * byte-order mark, an XML dump declaring nested entities; and with {@link #writeSpecialEntries}
 * the entries of a folder that are not files (a named pipe, a link to nothing, link loops, a
 * folder and a file that may not be read). Made at test time, so that no large or binary junk
 * is committed.
 */
public final class BadInputs {
  /** Size of the large text file. */
  public static final long LARGE_TEXT_BYTES = 200L << 20;

  /** The class of an input that ends as a document. */
  public static final String DOCUMENT = "document";

  /** What each hostile file must end as: {@link #DOCUMENT}, or a failure record of that class. */
  public static final Map<String, String> EXPECTED = expected();

  /** The special entries, and the failure class each must end as. */
  public static final Map<String, String> SPECIAL = Map.of(
      "pipe.txt", "not-a-file",
      "dangling.txt", "broken-link",
      "loop-a.txt", "broken-link",
      "loop-b.txt", "broken-link",
      "folder-loop/up", "broken-link",
      "locked-folder", "unreadable",
      "locked.txt", "unreadable");

  private BadInputs() {}

  private static Map<String, String> expected() {
    Map<String, String> m = new TreeMap<>();
    m.put("truncated.pdf", "corrupt");
    m.put("encrypted.pdf", "encrypted");
    m.put("bomb.docx", "corrupt");
    m.put("large.txt", "too-large");
    m.put("nested.html", DOCUMENT);
    m.put("malformed.warc", "warc");
    m.put("unpunctuated.txt", DOCUMENT);
    m.put("unpunctuated-long.txt", DOCUMENT);
    m.put("openers.wikitext", DOCUMENT);
    m.put("links.wikitext", DOCUMENT);
    m.put("markers.html", DOCUMENT);
    m.put("long-entry.txt", DOCUMENT);
    m.put("random.html", "binary");
    m.put("random.txt", "binary");
    m.put("utf16-no-bom.txt", DOCUMENT);
    m.put("utf16-no-bom.html", DOCUMENT);
    m.put("laughs.xml", "xml");
    m.put("one-paragraph.txt", DOCUMENT);
    return Collections.unmodifiableMap(m);
  }

  /** Writes every bad input into {@code folder} and returns it. */
  public static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    writeText(folder);
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

  /** The text inputs that once made the analysis recurse or run long, or were misread. */
  private static void writeText(Path folder) throws IOException {
    Files.writeString(folder.resolve("unpunctuated.txt"),
        "Bridge\n\nIn 2020 " + "the bridge opened ".repeat(100) + "\n");
    Files.writeString(folder.resolve("unpunctuated-long.txt"),
        "Bridge\n\nIn 2020 " + "the bridge opened ".repeat(5_000) + "\n");
    Files.writeString(folder.resolve("openers.wikitext"),
        "'''Bridge''' opened in 2020.\n\n" + "{{ ".repeat(10_000) + "\n\nIt closed in 2021.\n");
    Files.writeString(folder.resolve("links.wikitext"),
        "'''Bridge''' opened in 2020.<ref>" + "[[".repeat(10_000) + "\n\nIt closed in 2021.\n");
    Files.writeString(folder.resolve("markers.html"), "<html><body><p>The bridge opened in 2020."
        + "<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup>".repeat(20_000)
        + "</p><ol class=\"references\"><li id=\"cite_note-1\">Penrose, Ada (1998). Trams.</li>"
        + "</ol></body></html>");
    Files.writeString(folder.resolve("long-entry.txt"), "Trams\n\nThe line opened in 1881.[1]\n\n"
        + "References\n\n1. ^ " + "Ab, C., ".repeat(15_000) + "(1998). Trams.\n");
    byte[] noise = new byte[200 << 10];
    new Random(15).nextBytes(noise);
    Files.write(folder.resolve("random.html"), noise);
    Files.write(folder.resolve("random.txt"), noise);
    Files.write(folder.resolve("utf16-no-bom.txt"),
        "Bridge\n\nThe bridge opened in 2020 and closed in 2021.\n".getBytes(StandardCharsets.UTF_16LE));
    Files.write(folder.resolve("utf16-no-bom.html"),
        "<html><body><p>The bridge opened in 2020.</p></body></html>".getBytes(StandardCharsets.UTF_16BE));
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [\n"
        + "<!ENTITY a \"lol\">\n");
    for (char e = 'b'; e <= 'j'; e++) {
      laughs.append("<!ENTITY ").append(e).append(" \"")
          .append(("&" + (char) (e - 1) + ";").repeat(10)).append("\">\n");
    }
    laughs.append("]>\n<mediawiki><page><title>Laughs</title><ns>0</ns><revision>"
        + "<timestamp>2020-01-01T00:00:00Z</timestamp><text>&j;</text></revision></page>"
        + "</mediawiki>\n");
    Files.writeString(folder.resolve("laughs.xml"), laughs.toString());
    Files.writeString(folder.resolve("one-paragraph.txt"), "Ferries\n\n" + ordinarySentences(1 << 20) + "\n");
  }

  /**
   * About {@code chars} characters of ordinary dated sentences on one line, varied by a fixed
   * seed: the shape that once made analysis quadratic.
   */
  public static String ordinarySentences(int chars) {
    String[] subjects = {"The ferry", "The council", "The bridge", "Mayor Ellen Park", "The company",
        "Parliament", "The museum", "The river authority"};
    String[] verbs = {"opened", "announced", "carried", "closed", "approved", "reported", "built"};
    String[] objects = {"a new terminal", "the budget", "%d passengers", "the east wing", "%d jobs"};
    String[] tails = {" in %d", " on %d May %d", "", " according to the annual report", " last year"};
    Random random = new Random(2);
    StringBuilder text = new StringBuilder();
    while (text.length() < chars) {
      String object = objects[random.nextInt(objects.length)].replace("%d", String.valueOf(10 + random.nextInt(90_000)));
      String tail = tails[random.nextInt(tails.length)]
          .replaceFirst("%d", String.valueOf(random.nextInt(28) + 1))
          .replaceFirst("%d", String.valueOf(1900 + random.nextInt(125)));
      if (tail.startsWith(" in ")) {
        tail = " in " + (1900 + random.nextInt(125));
      }
      text.append(subjects[random.nextInt(subjects.length)]).append(' ')
          .append(verbs[random.nextInt(verbs.length)]).append(' ').append(object).append(tail).append(". ");
    }
    return text.toString().strip();
  }

  /**
   * {@code FOLDER}: writes the hostile corpus, special entries included, into the folder;
   * {@code --ordinary FILE CHARS}: writes a text of ordinary sentences, one paragraph a line.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 3 && args[0].equals("--ordinary")) {
      String text = ordinarySentences(Integer.parseInt(args[2])).replace(". ", ".\n\n");
      Files.writeString(Path.of(args[1]), "Ferries\n\n" + text + "\n");
      System.out.println("ordinary text written to " + args[1]);
      return;
    }
    Path folder = write(Path.of(args[0]));
    writeSpecialEntries(folder);
    System.out.println("hostile corpus written to " + folder);
  }

  /**
   * Writes the entries of a folder that are not readable files: a named pipe, a link to
   * nothing, two links to each other, a link up to its own folder, and a folder and a file
   * without permissions (which a process allowed to read anything still reads). Needs a POSIX
   * file system and {@code mkfifo}.
   */
  public static void writeSpecialEntries(Path folder) throws IOException, InterruptedException {
    Process fifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start();
    if (fifo.waitFor() != 0) {
      throw new IOException("mkfifo failed");
    }
    Files.createSymbolicLink(folder.resolve("dangling.txt"), Path.of("nowhere.txt"));
    Files.createSymbolicLink(folder.resolve("loop-a.txt"), Path.of("loop-b.txt"));
    Files.createSymbolicLink(folder.resolve("loop-b.txt"), Path.of("loop-a.txt"));
    Files.createDirectories(folder.resolve("folder-loop"));
    Files.createSymbolicLink(folder.resolve("folder-loop/up"), Path.of(".."));
    Path locked = folder.resolve("locked-folder");
    Files.createDirectories(locked);
    Files.writeString(locked.resolve("inside.txt"), "The bridge opened in 2020.\n");
    Files.setPosixFilePermissions(locked, Set.of());
    Path file = folder.resolve("locked.txt");
    Files.writeString(file, "The bridge opened in 2020.\n");
    Files.setPosixFilePermissions(file, Set.of());
  }

  /** Gives the locked entries their permissions back, so that the folder can be deleted. */
  public static void unlock(Path folder) throws IOException {
    for (String name : List.of("locked-folder", "locked.txt")) {
      Path p = folder.resolve(name);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
      }
    }
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
