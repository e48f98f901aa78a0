package dev.claimcheck.pipelines;

import dev.claimcheck.check.AddressGuard;
import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.SourceResult;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.TextShelf;
import dev.claimcheck.check.UrlHistory;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Failure;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Work;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Checks every distinct cited URL once: the tasks are grouped by host so that each host's URLs
 * are checked in one place at its pace, made distinct by URL there (the task with the earliest
 * access date kept), and checked by that worker's {@link SourceChecker}. Its main output is
 * what was learnt of each URL, its failure output the URLs whose check failed.
 */
public final class CheckSources extends PTransform<PCollection<UrlTask>, PCollectionTuple> {
  private final SourceChecker.Settings settings;
  private final String stateFolder;
  private final String textsFolder;

  /**
   * @param settings how one worker checks (see {@link SourceChecker.Settings#sharedBy})
   * @param stateFolder the state folder, or null for a run without history
   * @param textsFolder where the texts read are shelved for the judge, or null when no claims
   *     are judged; the results carry no texts either way, so they stay small
   */
  public CheckSources(SourceChecker.Settings settings, String stateFolder, String textsFolder) {
    this.settings = settings;
    this.stateFolder = stateFolder;
    this.textsFolder = textsFolder;
  }

  /** What was learnt of each URL. */
  public static final TupleTag<SourceResult> CHECKED = new TupleTag<>() {};
  /** URLs whose check failed (a bug, a hostile page): one record each. */
  public static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<UrlTask> tasks) {
    PCollectionTuple checked = tasks
        .apply("KeyByHost", ParDo.of(new KeyByHostFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(UrlTask.class)))
        .apply("GroupByHost", GroupByKey.create())
        .apply("CheckHost", ParDo.of(new CheckHostFn(settings, stateFolder, textsFolder))
            .withOutputTags(CHECKED, TupleTagList.of(FAILURES)));
    checked.get(CHECKED).setCoder(ModelCoders.coder(SourceResult.class));
    return checked;
  }

  /** One task per URL, the preferred one where several cite it, in URL order. */
  static List<UrlTask> distinct(Iterable<UrlTask> tasks) {
    Map<String, UrlTask> byUrl = new TreeMap<>();
    for (UrlTask t : tasks) {
      byUrl.merge(t.url(), t, (a, b) -> UrlTask.PREFERRED.compare(b, a) < 0 ? b : a);
    }
    return new ArrayList<>(byUrl.values());
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
      out.add(new UrlTask(JoinSources.url(r), target, w.archiveUrl()));
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

  static final class KeyByHostFn extends DoFn<UrlTask, KV<String, UrlTask>> {
    @ProcessElement
    public void process(@Element UrlTask task, OutputReceiver<KV<String, UrlTask>> out) {
      out.output(KV.of(task.host(), task));
    }
  }

  /**
   * Checks one host's URLs on as many threads as the host may have requests at once (more
   * would only queue at its pacer, and a queued request's wait would count against its
   * timeout); a URL waiting to be tried again holds no thread, so the host's other URLs go on
   * meanwhile. Each instance has a checker of its own, made in its set-up from the settings and
   * the state folder: nothing is shared outside Beam, so the same holds on any number of
   * workers and machines (a host's URLs all come to one worker, which paces them). Counts
   * {@code urlsChecked} as URLs finish and {@code unjournalled} for checks the state's journal
   * could not take.
   */
  static final class CheckHostFn extends DoFn<KV<String, Iterable<UrlTask>>, SourceResult> {
    private final SourceChecker.Settings settings;
    private final String stateFolder;
    private final String textsFolder;
    private final Counter checked = Metrics.counter(CheckSources.class, "urlsChecked");
    private final Counter unjournalled = Metrics.counter(CheckSources.class, "unjournalled");
    private transient SourceChecker checker;
    private transient StateStore store;
    private transient Map<String, UrlHistory> prior;
    private transient TextShelf shelf;

    CheckHostFn(SourceChecker.Settings settings, String stateFolder, String textsFolder) {
      this.settings = settings;
      this.stateFolder = stateFolder;
      this.textsFolder = textsFolder;
    }

    @Setup
    public void setup() throws IOException {
      store = stateFolder == null ? null : new StateStore(Path.of(stateFolder));
      prior = store == null ? Map.of() : store.load();
      checker = new SourceChecker(settings, AddressGuard.Resolver.system(), Clock.systemUTC(),
          d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
      shelf = textsFolder == null ? null : new TextShelf(Path.of(textsFolder));
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<UrlTask>> host, MultiOutputReceiver out)
        throws InterruptedException {
      List<UrlTask> tasks = distinct(host.getValue());
      int threads = Math.min(settings.perHost(), tasks.size());
      long unjournalledBefore = checker.unjournalled();
      for (Outcome<SourceResult> o : checker.checkAll(tasks, prior, store, threads)) {
        checked.inc();
        if (!o.isOk()) {
          out.get(FAILURES).output(o.failure());
          continue;
        }
        SourceResult r = o.value();
        try {
          if (shelf != null && !r.texts().isEmpty()) {
            shelf.put(r.url(), r.texts());
          }
        } catch (IOException e) {
          // Without its texts the URL's claims cannot be judged against it: said, not hidden.
          out.get(FAILURES).output(Failure.of(r.url(), SourceChecker.STAGE, e));
          continue;
        }
        out.get(CHECKED).output(r.withoutTexts());
      }
      unjournalled.inc(checker.unjournalled() - unjournalledBefore);
    }
  }
}
