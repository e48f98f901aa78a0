package dev.claimcheck.check;

import dev.claimcheck.model.ArchiveCopy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archives a run looks cited URLs up in (the Wayback Machine, Memento archives, local WARC
 * files) and the archive copy a citation names itself: each archive's copy nearest the cited
 * date, nearest first, and the text of a copy. Their endpoints share one pacer. Thread-safe.
 */
final class ArchiveShelf {
  private static final Pattern WAYBACK_STAMP = Pattern.compile("/web/(\\d{4,14})(?:[a-z]{2}_)?/");
  private final List<Archive> archives = new ArrayList<>();
  private final ArchiveClient citedCopies;
  private final List<String> problems = new ArrayList<>();

  ArchiveShelf(SourceChecker.Settings settings, HttpChecker http, Clock clock, HttpChecker.Sleeper sleeper) {
    HostPacer endpoints = new HostPacer(settings.archiveInterval(), 1, Math.max(1, settings.global()), clock, sleeper);
    if (settings.wayback() != null) {
      archives.add(new WaybackArchive("wayback", settings.wayback(), new ArchiveClient(http, endpoints, "wayback")));
    }
    for (SourceChecker.MementoEndpoint m : settings.mementos()) {
      archives.add(new MementoArchive(m.name(), m.timegate(), m.timemap(), new ArchiveClient(http, endpoints, m.name())));
    }
    if (!settings.warcs().isEmpty()) {
      WarcArchive warc = new WarcArchive("warc", settings.warcs().stream().map(Path::of).toList(),
          settings.httpOptions().maxBodyBytes());
      archives.add(warc);
      problems.addAll(warc.problems());
    }
    this.citedCopies = new ArchiveClient(http, endpoints, "cited");
  }

  /** Problems met building the archives (unreadable WARC files). */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Every archive's nearest copy, and the copy the citation names, nearest first. */
  List<ArchiveCopy> copies(UrlTask task) {
    List<ArchiveCopy> found = new ArrayList<>();
    citedCopy(task).ifPresent(found::add);
    for (Archive a : archives) {
      try {
        a.nearest(task.url(), task.target()).ifPresent(found::add);
      } catch (RuntimeException e) {
        // an archive that answers nonsense has no copy for this URL
      }
    }
    found.sort(Comparator.comparing(ArchiveCopy::gapDays, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ArchiveCopy::timestamp, Comparator.reverseOrder())
        .thenComparing(ArchiveCopy::archive));
    return found;
  }
  /** The archive copy the citation names, when its address says when it was captured. */
  private static Optional<ArchiveCopy> citedCopy(UrlTask task) {
    if (task.citedArchiveUrl() == null) {
      return Optional.empty();
    }
    Matcher m = WAYBACK_STAMP.matcher(task.citedArchiveUrl());
    Instant at = m.find() ? Archive.parseTimestamp(m.group(1)) : null;
    if (at == null) {
      return Optional.empty();
    }
    return Optional.of(new ArchiveCopy("cited", task.citedArchiveUrl(), at, Archive.gapDays(at, task.target()), 0));
  }
  /** The text of a copy, or null when it cannot be read. */
  String text(ArchiveCopy copy) {
    Archive.Page page = null;
    if (copy.archive().equals("cited")) {
      page = citedCopies.page(WaybackArchive.raw(copy.url()));
    } else {
      for (Archive a : archives) {
        if (a.name().equals(copy.archive())) {
          page = a.read(copy);
        }
      }
    }
    return page == null ? null : PageText.of(page.body(), page.contentType());
  }}
