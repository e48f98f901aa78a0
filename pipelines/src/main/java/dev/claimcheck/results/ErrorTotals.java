package dev.claimcheck.results;

import dev.claimcheck.model.Failure;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The run's failures counted.
 *
 * @param errors failure records
 * @param failedInputs the input files that could not be read, sorted
 * @param failedEntries entries of containers (a dump's page, an archive's record) that could
 *     not be read, their file read
 * @param shown the first failures in output order, at most {@link #SHOWN}
 */
public record ErrorTotals(long errors, List<String> failedInputs, long failedEntries, List<Failure> shown)
    implements Serializable {
  /** How many failures the report page lists; the rest are in {@code errors.jsonl}. */
  public static final int SHOWN = 500;
  /** Failures in the order {@code errors.jsonl} lists them. */
  public static final Comparator<Failure> OUTPUT_ORDER = Comparator.comparing(ErrorTotals::orderKey);

  public ErrorTotals {
    failedInputs = List.copyOf(failedInputs);
    shown = List.copyOf(shown);
  }

  /** The key failures are written in: input, stage, class, message. */
  public static String orderKey(Failure f) {
    return f.input() + '\u0000' + f.stage() + '\u0000' + f.errorClass() + '\u0000' + f.message();
  }

  /** Adds failures up; what a combine step keeps between elements. Not thread-safe. */
  public static final class Counter {
    private long errors;
    private final TreeSet<String> failedInputs = new TreeSet<>();
    private long failedEntries;
    private final List<Failure> shown = new ArrayList<>();

    /** Counts one failure. */
    public void add(Failure f) {
      errors++;
      if ("read".equals(f.stage())) {
        // An entry of a container (dump.xml#Page, archive.warc#uri) fails alone; its file was read.
        if (f.input().contains("#")) {
          failedEntries++;
        } else {
          failedInputs.add(f.input());
        }
      }
      shown.add(f);
      if (shown.size() >= 2 * SHOWN) {
        trim();
      }
    }

    /** Adds counts made elsewhere. */
    public void add(ErrorTotals other) {
      errors += other.errors;
      failedInputs.addAll(other.failedInputs);
      failedEntries += other.failedEntries;
      shown.addAll(other.shown);
      trim();
    }

    private void trim() {
      shown.sort(OUTPUT_ORDER);
      if (shown.size() > SHOWN) {
        shown.subList(SHOWN, shown.size()).clear();
      }
    }

    /** The counts so far. */
    public ErrorTotals totals() {
      trim();
      return new ErrorTotals(errors, new ArrayList<>(failedInputs), failedEntries, shown);
    }
  }
}
