package dev.claimcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.model.SourceStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state folder kept between runs.
 *
 * <ul>
 *   <li>{@code sources-state.jsonl}: one line per URL with every check made of it, the
 *       citation's dates, the last live text's fingerprint and the archive copies found. Written
 *       whole to a temporary file, forced to disk and moved over the old one in one step.
 *   <li>{@code checks-journal.jsonl}: every check appended (and flushed) as it is made, so a
 *       run that dies half-way keeps the checks it made; {@link #load()} replays it and
 *       {@link #save} folds it in.
 *   <li>{@code texts/}: the last live text of each URL (gzipped), so that a URL not due for a
 *       check still has its text for support.
 * </ul>
 *
 * A run that dies mid-write leaves the previous state readable. Thread-safe.
 */
public final class StateStore {
  static final String FILE = "sources-state.jsonl";
  static final String JOURNAL = "checks-journal.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path folder;
  private final TextShelf texts;

  public StateStore(Path folder) {
    this.folder = folder;
    this.texts = new TextShelf(folder.resolve("texts"));
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /**
   * What reading the state found.
   *
   * @param histories every URL's history, sorted by URL, with the checks journalled since the
   *     last save
   * @param skipped one line per damaged line left out: the file, the line number and why
   */
  public record Loaded(Map<String, UrlHistory> histories, List<String> skipped) {}

  /**
   * The state as a run starts with it, checked before any work is done.
   *
   * @param store the store
   * @param fresh whether the folder held no state yet (a new state is started)
   * @param loaded what was read
   * @param keptAside damaged files copied aside before the run may replace them
   */
  public record Opened(StateStore store, boolean fresh, Loaded loaded, List<Path> keptAside) {}

  /**
   * Opens the state folder for a run: creates it if missing, makes sure files can be written
   * in it, reads it, and copies each damaged file aside ({@code sources-state.jsonl.damaged-1},
   * …) so that what it held is never overwritten unseen.
   *
   * @throws IOException with a message for the user when the folder cannot be made or written
   *     (a file stands where it should be, permissions)
   */
  public static Opened open(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(folder + " is a file, not a folder");
    }
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".write-probe-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new IOException("cannot write in " + folder + ": " + reason(e), e);
    }
    StateStore store = new StateStore(folder);
    boolean fresh = !Files.exists(folder.resolve(FILE)) && !Files.exists(folder.resolve(JOURNAL));
    Loaded loaded = store.read();
    List<Path> aside = new ArrayList<>();
    for (String name : List.of(FILE, JOURNAL)) {
      String prefix = name + " line ";
      if (loaded.skipped().stream().anyMatch(l -> l.startsWith(prefix))) {
        aside.add(store.keepAside(name));
      }
    }
    return new Opened(store, fresh, loaded, aside);
  }

  /** Every URL's history, sorted by URL, with checks journalled since the last save; empty for a new folder. */
  public Map<String, UrlHistory> load() throws IOException {
    return read().histories();
  }

  /**
   * The state, each damaged line (cut short, not JSON, a field missing or unreadable) left out
   * and said: one bad line never costs the rest.
   */
  public Loaded read() throws IOException {
    Map<String, UrlHistory> out = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    List<String> lines = lines(FILE);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        UrlHistory h = history(JSON.readTree(lines.get(i)));
        out.put(h.url(), h);
      } catch (IOException | RuntimeException e) {
        skipped.add(FILE + " line " + (i + 1) + ": " + damage(e));
      }
    }
    List<String> journal = lines(JOURNAL);
    for (int i = 0; i < journal.size(); i++) {
      if (journal.get(i).isBlank()) {
        continue;
      }
      String url;
      UrlHistory.Check check;
      try {
        JsonNode row = JSON.readTree(journal.get(i));
        url = row.get("url").asText();
        check = check(row);
      } catch (IOException | RuntimeException e) {
        skipped.add(JOURNAL + " line " + (i + 1) + ": " + damage(e));
        continue;
      }
      UrlHistory h = out.getOrDefault(url, UrlHistory.of(url));
      if (!h.checks().contains(check)) {
        List<UrlHistory.Check> checks = new ArrayList<>(h.checks());
        checks.add(check);
        checks.sort(java.util.Comparator.comparing(UrlHistory.Check::time));
        h = new UrlHistory(url, checks, h.task(), h.fingerprint(), h.archives());
      }
      out.put(url, h);
    }
    return new Loaded(out, skipped);
  }

  /** The lines of one of the state's files, none when it is missing; bytes that are not UTF-8 replaced. */
  private List<String> lines(String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return List.of(text.split("\n", -1));
  }

  /** Copies a damaged file to the first free {@code NAME.damaged-N} beside it. */
  private Path keepAside(String name) throws IOException {
    for (int n = 1; ; n++) {
      Path aside = folder.resolve(name + ".damaged-" + n);
      if (!Files.exists(aside)) {
        Files.copy(folder.resolve(name), aside);
        return aside;
      }
    }
  }

  /** What is wrong with a line, in words, without the parser's position details. */
  private static String damage(Exception e) {
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
      return "cut short";
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      return "not JSON";
    }
    if (e instanceof java.time.format.DateTimeParseException) {
      return "a time that cannot be read (" + ((java.time.format.DateTimeParseException) e).getParsedString() + ")";
    }
    if (e instanceof NullPointerException) {
      return "a field is missing";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason() : e.getClass().getSimpleName();
  }

  /** Appends one check to the journal and flushes it. */
  public synchronized void journal(String url, UrlHistory.Check check) throws IOException {
    Files.createDirectories(folder);
    ObjectNode row = checkRow(check);
    row.put("url", url);
    try (OutputStream out = Files.newOutputStream(folder.resolve(JOURNAL), StandardOpenOption.CREATE,
        StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
      out.write((row.toString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Replaces the state with {@code histories}, atomically, and empties the journal. */
  public synchronized void save(Map<String, UrlHistory> histories) throws IOException {
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".sources-state-", ".tmp");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        for (UrlHistory h : new TreeMap<>(histories).values()) {
          out.write(row(h).toString());
          out.write('\n');
        }
      }
      force(temporary);
      Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(folder.resolve(JOURNAL));
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Keeps {@code text} as the URL's last live text. */
  public void putText(String url, String text) throws IOException {
    texts.put(url, List.of(new SourceResult.Text("live", text)));
  }

  /** The URL's last live text, or null. */
  public String text(String url) {
    return texts.get(url).stream().filter(t -> t.copy().equals("live")).map(SourceResult.Text::text)
        .findFirst().orElse(null);
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** A history as one line of the state file. */
  public static ObjectNode row(UrlHistory h) {
    ObjectNode row = JSON.createObjectNode();
    row.put("url", h.url());
    if (h.task() != null) {
      row.put("target", h.task().target() == null ? null : h.task().target().toString());
      row.put("citedArchiveUrl", h.task().citedArchiveUrl());
    }
    row.put("fingerprint", h.fingerprint());
    ArrayNode checks = row.putArray("checks");
    for (UrlHistory.Check c : h.checks()) {
      checks.add(checkRow(c));
    }
    ArrayNode archives = row.putArray("archives");
    for (ArchiveCopy a : h.archives()) {
      archives.add(archiveRow(a));
    }
    return row;
  }

  /** An archive copy as the state and {@code sources.jsonl} write it. */
  public static ObjectNode archiveRow(ArchiveCopy a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("archive", a.archive());
    o.put("url", a.url());
    o.put("timestamp", a.timestamp().toString());
    if (a.gapDays() == null) {
      o.putNull("gapDays");
    } else {
      o.put("gapDays", a.gapDays());
    }
    o.put("httpStatus", a.httpStatus());
    return o;
  }

  private static ObjectNode checkRow(UrlHistory.Check c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("time", c.time().toString());
    o.put("status", c.status().name());
    o.put("httpStatus", c.httpStatus());
    return o;
  }

  private static UrlHistory.Check check(JsonNode c) {
    return new UrlHistory.Check(Instant.parse(c.get("time").asText()),
        SourceStatus.valueOf(c.get("status").asText()), c.path("httpStatus").asInt(0));
  }

  /** A history from one line of the state file. */
  public static UrlHistory history(JsonNode row) {
    List<UrlHistory.Check> checks = new ArrayList<>();
    for (JsonNode c : row.path("checks")) {
      checks.add(check(c));
    }
    List<ArchiveCopy> archives = new ArrayList<>();
    for (JsonNode a : row.path("archives")) {
      archives.add(new ArchiveCopy(a.get("archive").asText(), a.get("url").asText(),
          Instant.parse(a.get("timestamp").asText()), a.hasNonNull("gapDays") ? a.get("gapDays").asLong() : null,
          a.path("httpStatus").asInt(0)));
    }
    String url = row.get("url").asText();
    UrlTask task = row.has("target") || row.has("citedArchiveUrl")
        ? new UrlTask(url, row.hasNonNull("target") ? LocalDate.parse(row.get("target").asText()) : null,
            row.hasNonNull("citedArchiveUrl") ? row.get("citedArchiveUrl").asText() : null)
        : null;
    return new UrlHistory(url, checks, task, row.hasNonNull("fingerprint") ? row.get("fingerprint").asText() : null, archives);
  }
}
