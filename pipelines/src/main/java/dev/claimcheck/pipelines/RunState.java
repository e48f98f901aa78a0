package dev.claimcheck.pipelines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Rows;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The state folder as one run uses it: what it held said at the start (a new state, damaged
 * lines skipped, damaged files kept aside), this run's checks folded in and saved at the end,
 * both recorded for {@code run.json}.
 */
final class RunState {
  private RunState() {}

  /** Most damaged state lines named one by one on the log; the rest are counted. */
  private static final int MAX_LINES_NAMED = 20;

  /**
   * Says what the run found in its state folder before any work: a new state, damaged lines
   * skipped, damaged files kept aside; returns the same for {@code run.json}.
   */
  static ObjectNode announce(StateStore.Opened opened, PrintStream log) {
    Path folder = opened.store().folder();
    if (opened.fresh()) {
      log.println("claimcheck: starting a new state in " + folder);
    }
    List<String> skipped = opened.loaded().skipped();
    for (int i = 0; i < skipped.size() && i < MAX_LINES_NAMED; i++) {
      log.println("claimcheck: warning: skipped a damaged line of the state: " + folder.resolve(skipped.get(i)));
    }
    if (skipped.size() > MAX_LINES_NAMED) {
      log.println("claimcheck: warning: … and " + (skipped.size() - MAX_LINES_NAMED) + " more damaged lines skipped");
    }
    opened.keptAside().forEach(p -> log.println("claimcheck: warning: the damaged file is kept as " + p));
    ObjectNode record = Rows.MAPPER.createObjectNode();
    record.put("folder", folder.toString());
    record.put("new", opened.fresh());
    record.put("urls", opened.loaded().histories().size());
    record.put("skippedLines", skipped.size());
    skipped.forEach(record.putArray("skipped")::add);
    opened.keptAside().forEach(p -> record.withArray("keptAside").add(p.getFileName().toString()));
    return record;
  }

  /**
   * Folds this run's checks into the state and saves it; a state that cannot be saved is said
   * (the outputs are still published, and the journal keeps what it could) rather than costing
   * the run.
   *
   * @return whether it was saved
   */
  static boolean save(StateStore state, Path staging, ObjectNode record, PrintStream log) {
    try {
      Map<String, UrlHistory> histories = state.load();
      for (UrlHistory h : ReportAssembler.stagedHistories(staging)) {
        histories.put(h.url(), h);
      }
      state.save(histories);
      log.println("claimcheck: state of " + histories.size() + " URLs saved in " + state.folder());
      return true;
    } catch (IOException | RuntimeException e) {
      log.println("claimcheck: error: the state could not be saved in " + state.folder() + ": " + e
          + "; the next run starts from the state as it was, with this run's journalled checks");
      record.put("saveProblem", e.toString());
      return false;
    }
  }
}
