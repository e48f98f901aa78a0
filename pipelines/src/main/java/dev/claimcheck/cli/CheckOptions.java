package dev.claimcheck.cli;

import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.UrlHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of source checking, shared by {@code report --check-sources} and {@code recheck}. */
final class CheckOptions {
  @Option(names = "--state", paramLabel = "DIR",
      description = "State folder kept between runs: every check of every URL, so that a URL is "
          + "dead only after failures across runs.")
  Path state;

  @Option(names = "--contact", paramLabel = "URL",
      description = "Your contact URL, sent in the User-Agent so site operators can reach you.")
  String contact;

  @Option(names = "--rate", defaultValue = "1", paramLabel = "N",
      description = "Requests per second to one site (default: ${DEFAULT-VALUE}; 0 = no limit).")
  double rate;

  @Option(names = "--per-host", defaultValue = "1", paramLabel = "N",
      description = "Requests to one site at once (default: ${DEFAULT-VALUE}).")
  int perHost;

  @Option(names = "--concurrency", defaultValue = "8", paramLabel = "N",
      description = "Requests in flight at once over all sites (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--robots", description = "Respect robots.txt.")
  boolean robots;

  @Option(names = "--allow-private-hosts",
      description = "Allow private, loopback and link-local addresses (tests, intranets). Off by default.")
  boolean allowPrivateHosts;

  @Option(names = "--dead-after", defaultValue = "3", paramLabel = "N",
      description = "Failed checks in a row before a URL is dead (default: ${DEFAULT-VALUE}).")
  int deadAfter;

  @Option(names = "--dead-days", defaultValue = "3", paramLabel = "DAYS",
      description = "Days the failures must span (default: ${DEFAULT-VALUE}).")
  int deadDays;

  @Option(names = "--recheck-after", defaultValue = "7", paramLabel = "DAYS",
      description = "Days before a live URL is checked again (default: ${DEFAULT-VALUE}).")
  int recheckAfter;

  @Option(names = "--wayback", defaultValue = "https://web.archive.org", paramLabel = "URL",
      description = "Wayback Machine (availability and CDX APIs) to look copies up in; "
          + "'none' for none (default: ${DEFAULT-VALUE}).")
  String wayback;

  @Option(names = "--memento", paramLabel = "NAME=TIMEGATE[,TIMEMAP]",
      description = "A Memento archive: its TimeGate prefix and, optionally, its link-format TimeMap prefix. Repeatable.")
  List<String> mementos = new ArrayList<>();

  @Option(names = "--archive", paramLabel = "PATH",
      description = "Local WARC files or folders to look copies up in (indexed once). Repeatable.")
  List<Path> archives = new ArrayList<>();

  @Option(names = "--archive-rate", defaultValue = "1", paramLabel = "N",
      description = "Requests per second to one archive endpoint (default: ${DEFAULT-VALUE}).")
  double archiveRate;

  @Option(names = "--timeout", defaultValue = "20", paramLabel = "SECONDS",
      description = "Longest wait for one answer (default: ${DEFAULT-VALUE}); a URL's whole check gets three times that.")
  int timeout;

  /** The checker's settings; a bad option throws IllegalArgumentException saying which. */
  SourceChecker.Settings settings() {
    if (rate < 0 || archiveRate < 0 || perHost < 1 || concurrency < 1 || deadAfter < 1 || deadDays < 0
        || recheckAfter < 0 || timeout < 1) {
      throw new IllegalArgumentException("check limits must be positive");
    }
    List<SourceChecker.MementoEndpoint> endpoints = new ArrayList<>();
    for (String m : mementos) {
      int eq = m.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--memento takes NAME=TIMEGATE[,TIMEMAP], not " + m);
      }
      String[] urls = m.substring(eq + 1).split(",", 2);
      endpoints.add(new SourceChecker.MementoEndpoint(m.substring(0, eq), urls[0], urls.length > 1 ? urls[1] : null));
    }
    return new SourceChecker.Settings(contact, interval(rate), perHost, concurrency, robots, allowPrivateHosts,
        new UrlHistory.DeadRule(deadAfter, Duration.ofDays(deadDays), Duration.ofDays(recheckAfter)),
        wayback.equalsIgnoreCase("none") ? null : wayback, endpoints,
        archives.stream().map(Path::toString).toList(), interval(archiveRate), Duration.ofSeconds(timeout),
        Duration.ofSeconds(timeout * 3L));
  }

  private static Duration interval(double perSecond) {
    return perSecond == 0 ? Duration.ZERO : Duration.ofNanos((long) (1e9 / perSecond));
  }
}
