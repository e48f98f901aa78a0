package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Work;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Checks every distinct cited URL once: the tasks are made distinct by URL (the earliest
 * access date kept), grouped by host so that each host's URLs are checked in one place at its
 * pace, and checked by the run's one {@link SourceChecker} (shared by every worker thread of the
 * process, so its pacers and global limit hold across hosts).
 */
public final class CheckSources extends PTransform<PCollection<UrlTask>, PCollection<SourceResult>> {
  private final String runId;
  private final SourceChecker.Settings settings;
  private final String stateFolder;

  /**
   * @param runId the run, so that its workers share one checker and no other run's
   * @param settings how to check
   * @param stateFolder the state folder, or null for a run without history
   */
  public CheckSources(String runId, SourceChecker.Settings settings, String stateFolder) {
    this.runId = runId;
    this.settings = settings;
    this.stateFolder = stateFolder;
  }

  @Override
  public PCollection<SourceResult> expand(PCollection<UrlTask> tasks) {
    return tasks
        .apply("KeyByUrl", ParDo.of(new KeyByUrlFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(UrlTask.class)))
        .apply("OnePerUrl", Combine.perKey(CheckSources::preferred))
        .apply(Values.create())
        .apply("KeyByHost", ParDo.of(new KeyByHostFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(UrlTask.class)))
        .apply("GroupByHost", GroupByKey.create())
        .apply("CheckHost", ParDo.of(new CheckHostFn(runId, settings, stateFolder)))
        .setCoder(SerializableCoder.of(SourceResult.class));
  }

  private static UrlTask preferred(Iterable<UrlTask> tasks) {
    UrlTask best = null;
    for (UrlTask t : tasks) {
      if (best == null || UrlTask.PREFERRED.compare(t, best) < 0) {
        best = t;
      }
    }
    return best;
  }

  /** Every cited URL of a document, with the dates its citation gives. */
  public static List<UrlTask> tasks(Analysis analysis) {
    List<UrlTask> out = new ArrayList<>();
    for (Reference r : analysis.references()) {
      Work w = r.work();
      if (w.url() == null || w.url().isBlank()) {
        continue;
      }
      LocalDate target = day(w.accessDate());
      if (target == null) {
        target = day(w.date());
      }
      out.add(new UrlTask(w.url().strip(), target, w.archiveUrl()));
    }
    return out;
  }

  /** The first day an ISO date prefix ({@code 2020}, {@code 2020-05}, {@code 2020-05-03}) names, or null. */
  static LocalDate day(String iso) {
    if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      return null;
    }
    try {
      String d = iso.length() >= 10 ? iso.substring(0, 10) : iso.length() >= 7 ? iso.substring(0, 7) + "-01" : iso.substring(0, 4) + "-01-01";
      return LocalDate.parse(d);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static final class KeyByUrlFn extends DoFn<UrlTask, KV<String, UrlTask>> {
    @ProcessElement
    public void process(@Element UrlTask task, OutputReceiver<KV<String, UrlTask>> out) {
      out.output(KV.of(task.url(), task));
    }
  }

  static final class KeyByHostFn extends DoFn<UrlTask, KV<String, UrlTask>> {
    @ProcessElement
    public void process(@Element UrlTask task, OutputReceiver<KV<String, UrlTask>> out) {
      out.output(KV.of(task.host(), task));
    }
  }

  /**
   * Checks one host's URLs, up to the per-host limit at once; the shared checker's pacer
   * spaces the requests.
   */
  static final class CheckHostFn extends DoFn<KV<String, Iterable<UrlTask>>, SourceResult> {
    private final Counter checked = Metrics.counter(CheckSources.class, "urlsChecked");
    private final String runId;
    private final SourceChecker.Settings settings;
    private final String stateFolder;
    private transient SharedCheckers.Run run;

    CheckHostFn(String runId, SourceChecker.Settings settings, String stateFolder) {
      this.runId = runId;
      this.settings = settings;
      this.stateFolder = stateFolder;
    }

    @Setup
    public void setup() throws IOException {
      run = SharedCheckers.run(runId, settings, stateFolder);
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<UrlTask>> host, OutputReceiver<SourceResult> out)
        throws Exception {
      List<UrlTask> tasks = new ArrayList<>();
      host.getValue().forEach(tasks::add);
      tasks.sort(java.util.Comparator.comparing(UrlTask::url));
      int threads = Math.max(1, Math.min(settings.perHost(), tasks.size()));
      if (threads == 1) {
        for (UrlTask t : tasks) {
          out.output(check(t));
          checked.inc();
        }
        return;
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<SourceResult>> results = new ArrayList<>();
        for (UrlTask t : tasks) {
          results.add(pool.submit(() -> check(t)));
        }
        for (Future<SourceResult> f : results) {
          out.output(f.get());
          checked.inc(); // on the runner's thread: Beam's metrics live there
        }
      } finally {
        pool.shutdownNow();
      }
    }

    private SourceResult check(UrlTask t) {
      Map<String, UrlHistory> prior = run.prior();
      return run.checker().check(t, prior.get(t.url()), run.store());
    }
  }
}
