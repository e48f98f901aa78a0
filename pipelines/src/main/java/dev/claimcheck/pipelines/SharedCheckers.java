package dev.claimcheck.pipelines;

import dev.claimcheck.check.AddressGuard;
import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.UrlHistory;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The process's one source checker per run settings, with the state read once: every worker
 * thread of a run shares its pacers (so per-host and global limits hold however the runner
 * splits the work), its WARC index (built once) and the prior history.
 */
final class SharedCheckers {
  /** A run's checker, the histories of earlier runs and the state store. */
  record Run(SourceChecker checker, Map<String, UrlHistory> prior, StateStore store) {}

  private static final Map<Object, Run> RUNS = new HashMap<>();

  private SharedCheckers() {}

  static synchronized Run run(String runId, SourceChecker.Settings settings, String stateFolder) throws IOException {
    Object key = java.util.List.of(runId, settings, Objects.toString(stateFolder));
    Run run = RUNS.get(key);
    if (run == null) {
      StateStore store = stateFolder == null ? null : new StateStore(java.nio.file.Path.of(stateFolder));
      Map<String, UrlHistory> prior = store == null ? Map.of() : store.load();
      SourceChecker checker = new SourceChecker(settings, AddressGuard.Resolver.system(), Clock.systemUTC(),
          d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
      run = new Run(checker, prior, store);
      RUNS.put(key, run);
    }
    return run;
  }

  /** How many URLs the run's workers have checked so far (read while hosts are in progress). */
  static synchronized long checked(String runId) {
    long total = 0;
    for (Map.Entry<Object, Run> e : RUNS.entrySet()) {
      if (((java.util.List<?>) e.getKey()).get(0).equals(runId)) {
        total += e.getValue().checker().finished();
      }
    }
    return total;
  }

  /** What the run's checkers could not write to the state's journal, one line each (none when all was written). */
  static synchronized java.util.List<String> journalProblems(String runId) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Map.Entry<Object, Run> e : RUNS.entrySet()) {
      String problem = e.getValue().checker().journalProblems();
      if (((java.util.List<?>) e.getKey()).get(0).equals(runId) && problem != null) {
        out.add(problem);
      }
    }
    return out;
  }

  /** Forgets the run's checker once its pipeline has finished (the next run reads the state again). */
  static synchronized void release(String runId) {
    RUNS.keySet().removeIf(k -> ((java.util.List<?>) k).get(0).equals(runId));
  }
}
