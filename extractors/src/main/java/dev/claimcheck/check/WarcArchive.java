package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import dev.claimcheck.refs.SourceKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Local WARC files (plain or gzipped, or folders of them) as an archive: indexed once when
 * built — every response record by its normalized target URI, with its capture time, status,
 * file and offset — and read back by offset. A file that cannot be read, or breaks off, keeps
 * what was indexed before the break; {@link #problems()} says what happened.
 */
public final class WarcArchive implements Archive {
  private final String name;
  private final int maxBodyBytes;
  private final Map<String, List<Entry>> index = new HashMap<>();
  private final Map<String, Entry> byCopyUrl = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int records;

  private record Entry(Path file, long offset, Instant captured, int status, String copyUrl) {}

  /**
   * Indexes {@code paths}.
   *
   * @param name the name its copies carry
   * @param paths WARC files and folders holding them
   * @param maxBodyBytes how much of a copy is read
   */
  public WarcArchive(String name, List<Path> paths, int maxBodyBytes) {
    this.name = name;
    this.maxBodyBytes = maxBodyBytes;
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(WarcArchive::isWarc).sorted().forEach(files::add);
        } catch (IOException e) {
          problems.add(p + ": " + e.getMessage());
        }
      } else {
        files.add(p);
      }
    }
    for (Path file : files) {
      index(file);
    }
  }

  private static boolean isWarc(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  private void index(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader warc = new WarcReader(channel)) {
      warc.setLenient(true);
      while (true) {
        Optional<WarcRecord> next = warc.next();
        if (next.isEmpty()) {
          return;
        }
        long offset = warc.position(); // where the record just read starts
        if (next.get() instanceof WarcResponse response) {
          int status;
          try {
            status = response.http().status();
          } catch (IOException | RuntimeException e) {
            continue; // not an HTTP response (e.g. a DNS record)
          }
          String target = response.target();
          if (target == null || target.isBlank()) {
            continue; // a response with no target URI: nothing to look it up by
          }
          String copyUrl = file + "#" + offset;
          Entry e = new Entry(file, offset, response.date(), status, copyUrl);
          index.computeIfAbsent(SourceKeys.normalizeUrl(target), k -> new ArrayList<>()).add(e);
          byCopyUrl.put(copyUrl, e);
          records++;
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": " + e.getMessage());
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** How many responses the index holds. */
  public int records() {
    return records;
  }

  /** Files that could not be read, or broke off, and why. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  @Override
  public Optional<ArchiveCopy> nearest(String url, LocalDate target) {
    List<Entry> entries = index.getOrDefault(SourceKeys.normalizeUrl(url), List.of());
    List<ArchiveCopy> copies = new ArrayList<>();
    for (Entry e : entries) {
      copies.add(new ArchiveCopy(name, e.copyUrl(), e.captured(), null, e.status()));
    }
    return Archive.choose(copies, target);
  }

  @Override
  public Page read(ArchiveCopy copy) {
    Entry e = byCopyUrl.get(copy.url());
    if (e == null) {
      return null;
    }
    try (FileChannel channel = FileChannel.open(e.file(), StandardOpenOption.READ)) {
      channel.position(e.offset());
      try (WarcReader warc = new WarcReader(channel)) {
        Optional<WarcRecord> record = warc.next();
        if (record.isEmpty() || !(record.get() instanceof WarcResponse response)) {
          return null;
        }
        HttpResponse http = response.http();
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
          bytes = body.readNBytes(maxBodyBytes);
        }
        MediaType type = http.contentType();
        Charset charset = StandardCharsets.UTF_8;
        String declared = type == null ? null : type.parameters().get("charset");
        if (declared != null) {
          try {
            charset = Charset.forName(declared);
          } catch (IllegalArgumentException unknown) {
            // read as UTF-8
          }
        }
        return new Page(new String(bytes, charset), type == null ? null : type.toString());
      }
    } catch (IOException | RuntimeException ex) {
      return null;
    }
  }
}
