package dev.claimcheck.pipelines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.StateStore;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Status;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.DumpParts;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.report.OutputFolder;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.report.Rows;
import dev.claimcheck.report.Totals;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.ReleaseInfo;

/**
 * One run of the {@code report} job, from the inputs a user names to a published output
 * folder: resolve inputs, run the pipeline, assemble the outputs, write {@code run.json},
 * publish. Exit codes: {@link #OK}, {@link #PARTIAL}, {@link #FAILED}, {@link #USAGE}.
 */
public final class ReportJob {
  /** Every input was read; outputs written. */
  public static final int OK = 0;
  /** The run itself failed; no outputs. */
  public static final int FAILED = 1;
  /** Bad command line or configuration (missing input, unwritable output); nothing ran. */
  public static final int USAGE = 2;
  /** The run completed and outputs were written, but some inputs failed (see errors.jsonl). */
  public static final int PARTIAL = 3;
  /**
   * The run completed and outputs were written, and claims of a status named by
   * {@code --fail-on} were found (whether or not some inputs failed).
   */
  public static final int FLAGGED = 4;

  /**
   * What to run.
   *
   * @param inputs files, folders and globs as the user gave them
   * @param output the output folder
   * @param runner the engine name ({@code direct})
   * @param maxInputBytes largest input read
   * @param maxDocumentChars largest document text kept
   * @param checks how cited sources are checked, or null for no checks
   * @param recheck whether this is a {@code recheck} run: no inputs, the URLs of the state
   *     (and {@code checks.extraUrls()}) checked again
   * @param budget how long one document may take from reading to judging
   * @param flinkMaster with the Flink runner, {@code HOST:PORT} of a cluster, or null for the
   *     embedded mini-cluster
   * @param parallelism workers, or 0 for the runner's own choice
   * @param stageJars with a Flink cluster, whether this process's jars go with the job
   * @param shards how many files claims, references and documents are each cut into (1: one)
   * @param extras the outputs written only when asked for ({@code claims.csv}, {@code summary.md})
   * @param failOn the statuses whose claims make the exit code {@link #FLAGGED}
   * @param previous an earlier run's output folder to say what changed since, or null
   */
  public record Settings(
      List<String> inputs, Path output, String runner, long maxInputBytes, int maxDocumentChars,
      SourceChecks checks, boolean recheck, DocumentBudget budget, String flinkMaster, int parallelism,
      boolean stageJars, int shards, Set<ReportAssembler.Extra> extras, Set<Status> failOn, Path previous) {

    public Settings {
      inputs = List.copyOf(inputs);
      extras = Set.copyOf(extras);
      failOn = Set.copyOf(failOn);
    }

    /** A run with the outputs every run writes and no {@code --fail-on}. */
    public Settings(List<String> inputs, Path output, String runner, long maxInputBytes, int maxDocumentChars,
        SourceChecks checks, boolean recheck, DocumentBudget budget, String flinkMaster, int parallelism,
        boolean stageJars, int shards) {
      this(inputs, output, runner, maxInputBytes, maxDocumentChars, checks, recheck, budget, flinkMaster, parallelism,
          stageJars, shards, Set.of(), Set.of(), null);
    }

    /** A run within the default document budget. */
    public Settings(List<String> inputs, Path output, String runner, long maxInputBytes, int maxDocumentChars,
        SourceChecks checks, boolean recheck) {
      this(inputs, output, runner, maxInputBytes, maxDocumentChars, checks, recheck, DocumentBudget.DEFAULT, null, 0,
          true, 1);
    }

    /** A report run without source checks. */
    public Settings(List<String> inputs, Path output, String runner, long maxInputBytes, int maxDocumentChars) {
      this(inputs, output, runner, maxInputBytes, maxDocumentChars, null, false, DocumentBudget.DEFAULT, null, 0,
          true, 1);
    }
  }

  private static final org.joda.time.Duration PROGRESS_INTERVAL =
      org.joda.time.Duration.standardSeconds(5);

  private ReportJob() {}

  /** Runs the job, reporting progress and errors on {@code log}; returns the exit code. */
  public static int run(Settings settings, PrintStream log) {
    Instant started = Instant.now();
    List<InputFile> inputs;
    try {
      inputs = settings.recheck() ? List.of() : InputResolver.resolve(settings.inputs());
    } catch (InputResolver.InputException e) {
      log.println("claimcheck: " + e.getMessage());
      return USAGE;
    }
    if (!Engines.NAMES.contains(settings.runner())) {
      log.println("claimcheck: unknown runner '" + settings.runner() + "' (available: "
          + String.join(", ", Engines.NAMES) + ")");
      return USAGE;
    }
    OutputFolder folder;
    try {
      folder = OutputFolder.prepare(settings.output());
    } catch (OutputFolder.Busy e) {
      log.println("claimcheck: " + e.getMessage() + "; wait for it to finish or choose another --output");
      return USAGE;
    } catch (IOException e) {
      log.println("claimcheck: cannot write the output folder " + settings.output() + ": " + e);
      return USAGE;
    }
    folder.removedLeftovers().forEach(p -> log.println(
        "claimcheck: removed " + p + ", left by an earlier run that was stopped"));
    SourceChecks checks = settings.checks();
    StateStore.Opened opened = null;
    ObjectNode stateRecord = null;
    List<UrlTask> recheckTasks = List.of();
    try {
      if (checks != null && checks.state() != null) {
        try {
          opened = StateStore.open(checks.state());
        } catch (IOException e) {
          log.println("claimcheck: the state folder cannot be used: " + e.getMessage());
          folder.discard();
          return USAGE;
        }
        stateRecord = RunState.announce(opened, log);
      }
      if (settings.recheck()) {
        recheckTasks = RecheckPipeline.tasks(opened == null ? Map.of() : opened.loaded().histories(),
            checks.extraUrls());
        if (recheckTasks.isEmpty()) {
          log.println("claimcheck: nothing to re-check: the state folder holds no URLs and none were given");
          folder.discard();
          return USAGE;
        }
      }
    } catch (IOException e) {
      log.println("claimcheck: could not remove " + folder.workingFolder() + ": " + e);
      return USAGE;
    }
    StateStore state = opened == null ? null : opened.store();
    try {
      Path staging = folder.workingFolder().resolve(".staging");
      Files.createDirectories(staging);
      ReportOptions options = PipelineOptionsFactory.as(ReportOptions.class);
      int workers = Engines.configure(options, settings.runner(), settings.flinkMaster(), settings.parallelism(),
          checks == null ? 0 : checkWorkers(Math.max(3, Runtime.getRuntime().availableProcessors()),
              checks.settings().global(), settings.recheck() ? recheckTasks : null), settings.stageJars());
      options.setWorkers(workers);
      options.setStagingDirectory(staging.toString());
      options.setMaxInputBytes(settings.maxInputBytes());
      options.setMaxDocumentChars(settings.maxDocumentChars());
      options.setDocumentBudgetSeconds(settings.budget().total().toSeconds());
      options.setJobName("claimcheck-report");
      Instant pipelineStart = Instant.now();
      PipelineResult result;
      List<InputFile> work = DumpParts.split(inputs);
      if (settings.recheck()) {
        log.println("claimcheck: re-checking " + recheckTasks.size() + " URLs");
        result = RecheckPipeline.build(options, recheckTasks, checks).run();
      } else {
        log.println("claimcheck: reading " + inputs.size() + " inputs"
            + (work.size() > inputs.size() ? " (dumps cut into " + (work.size() - inputs.size()) + " more parts)" : "")
            + (checks == null ? "" : "; cited sources will be checked"));
        result = ReportPipeline.build(options, work, checks).run();
      }
      awaitWithProgress(result, work.size(), work.size() > inputs.size() ? "inputs and parts" : "inputs",
          checks != null, log);
      long unjournalled = checks == null ? 0 : counter(result, CheckSources.class, "unjournalled");
      if (unjournalled > 0) {
        String problem = unjournalled + (unjournalled == 1 ? " check" : " checks") + " could not be journalled in "
            + checks.state() + "; they are saved with the state at the end of the run, but a run that dies "
            + "before would lose them";
        log.println("claimcheck: warning: " + problem);
        if (stateRecord != null) {
          stateRecord.putArray("journalProblems").add(problem);
        }
      }
      Instant pipelineEnd = Instant.now();
      log.println("claimcheck: pipeline finished in " + seconds(pipelineStart, pipelineEnd)
          + "; writing outputs");
      Totals totals = ReportAssembler.assemble(staging, folder.workingFolder(), inputs.size(), settings.shards(),
          settings.extras(), settings.previous());
      boolean stateSaved = true;
      if (state != null) {
        stateSaved = RunState.save(state, staging, stateRecord, log);
      }
      OutputFolder.deleteTree(staging);
      Instant assembled = Instant.now();
      writeRunRecord(folder.workingFolder().resolve("run.json"), settings, inputs.size(),
          result, started, pipelineStart, pipelineEnd, assembled, stateRecord, totals);
      folder.publish();
      log.println("claimcheck: " + totals.documents() + " documents, " + totals.claims()
          + " claims, " + totals.errors() + " errors → " + folder.target());
      long flagged = settings.failOn().stream().mapToLong(totals::claimsWith).sum();
      if (flagged > 0) {
        log.println("claimcheck: " + flagged + " claims are " + settings.failOn().stream().map(Status::name).sorted()
            .collect(java.util.stream.Collectors.joining(" or ")) + " (--fail-on)");
        return FLAGGED;
      }
      return totals.failedInputs() > 0 || totals.errors() > 0 || !stateSaved ? PARTIAL : OK;
    } catch (IOException | RuntimeException e) {
      log.println("claimcheck: the run failed: " + e);
      try {
        folder.discard();
      } catch (IOException cleanup) {
        log.println("claimcheck: could not remove " + folder.workingFolder() + ": " + cleanup);
      }
      return FAILED;
    }
  }

  /**
   * How many workers a run that checks sources gets. Each host's URLs are checked by one
   * worker, which holds it until the host is done, so more workers than cores keep many hosts
   * in progress while their requests wait on the network or their pace: up to four per global
   * request slot, as a paced host leaves its slots free most of the time. When the URLs are known
   * (a re-check) there are no more workers than hosts: the runner's scheduler polls without
   * pause on any worker left idle, which would take a core from the checks.
   *
   * @param usual the runner's own number (the cores, at least 3)
   * @param global how many requests may be under way at once
   * @param tasks the URLs to check, or null when they are found during the run
   */
  static int checkWorkers(int usual, int global, List<UrlTask> tasks) {
    if (tasks == null) {
      return Math.max(usual, global);
    }
    long hosts = tasks.stream().map(UrlTask::host).distinct().count();
    return (int) Math.min(hosts, Math.max(usual, 4L * global));
  }

  /**
   * Waits for the pipeline, printing every few seconds its stage, what was read and checked, and
   * the time left ({@link Progress}), from the pipeline's counters (as far as the engine has
   * reported them).
   */
  private static void awaitWithProgress(PipelineResult result, int inputs, String what, boolean checking,
      PrintStream log) {
    Progress progress = new Progress(inputs, what, checking, System.nanoTime());
    PipelineResult.State state = result.waitUntilFinish(PROGRESS_INTERVAL);
    while (state == null || !state.isTerminal()) {
      String line = progress.line(new Progress.Counts(counter(result, ReadArticles.class, "itemsRead"),
          counter(result, ReadArticles.class, "documentsRead"), counter(result, ExtractClaims.class, "claims"),
          checking || inputs == 0 ? counter(result, CheckSources.class, "urlsChecked") : 0), System.nanoTime());
      if (line != null) {
        log.println(line);
      }
      state = result.waitUntilFinish(PROGRESS_INTERVAL);
    }
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the pipeline ended in state " + state);
    }
  }

  private static long counter(PipelineResult result, Class<?> namespace, String name) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(namespace, name)).build());
    long total = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

  private static void writeRunRecord(Path path, Settings settings, int inputCount,
      PipelineResult result, Instant started, Instant pipelineStart, Instant pipelineEnd,
      Instant assembled, ObjectNode stateRecord, Totals totals) throws IOException {
    Instant finished = Instant.now();
    ObjectNode run = Rows.MAPPER.createObjectNode();
    run.put("startedAt", started.toString());
    run.put("finishedAt", finished.toString());
    ObjectNode durations = run.putObject("durationsMillis");
    durations.put("prepare", Duration.between(started, pipelineStart).toMillis());
    durations.put("pipeline", Duration.between(pipelineStart, pipelineEnd).toMillis());
    durations.put("assemble", Duration.between(pipelineEnd, assembled).toMillis());
    // Of which the report's pages: the writing thread, and page formatting summed over threads.
    durations.put("assembleReportPages", totals.reportWritingMillis());
    durations.put("formatReportPagesCpu", totals.reportFormattingMillis());
    durations.put("total", Duration.between(started, finished).toMillis());
    run.put("runner", settings.runner());
    if (settings.runner().equals("flink")) {
      run.put("flinkMaster", settings.flinkMaster() == null ? "[local]" : settings.flinkMaster());
    }
    if (settings.parallelism() > 0) {
      run.put("parallelism", settings.parallelism());
    }
    ObjectNode options = run.putObject("options");
    options.put("recheck", settings.recheck());
    if (!settings.recheck()) { // a re-check reads no articles: no inputs and no read limits
      settings.inputs().forEach(options.putArray("inputs")::add);
      options.put("inputFiles", inputCount);
      options.put("maxInputBytes", settings.maxInputBytes());
      options.put("maxDocumentChars", settings.maxDocumentChars());
      options.put("documentBudgetSeconds", settings.budget().total().toSeconds());
      options.put("shards", settings.shards());
    }
    options.put("output", settings.output().toString());
    SourceChecks checks = settings.checks();
    options.put("checkSources", checks != null);
    if (checks != null) {
      ObjectNode c = options.putObject("sourceChecks");
      SourceChecker.Settings s = checks.settings();
      c.put("state", checks.state() == null ? null : checks.state().toString());
      c.put("contactUrl", s.contactUrl());
      c.put("intervalMillis", s.interval().toMillis());
      c.put("perHost", s.perHost());
      c.put("concurrency", s.global());
      c.put("robots", s.robots());
      c.put("allowPrivateHosts", s.allowPrivateHosts());
      c.put("deadAfterFailures", s.rule().failures());
      c.put("deadAfterDays", s.rule().days().toDays());
      c.put("recheckAliveDays", s.rule().recheckAlive().toDays());
      c.put("wayback", s.wayback());
      s.mementos().forEach(m -> c.withArray("memento").add(m.name() + "=" + m.timegate()
          + (m.timemap() == null ? "" : "," + m.timemap())));
      s.warcs().forEach(w -> c.withArray("archives").add(w));
    }
    if (stateRecord != null) {
      run.set("state", stateRecord);
    }
    ObjectNode versions = run.putObject("versions");
    versions.put("claimcheck", version());
    versions.put("beam", ReleaseInfo.getReleaseInfo().getVersion());
    versions.put("java", System.getProperty("java.version"));
    ObjectNode counters = run.putObject("counters");
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : metrics.getCounters()) {
      counters.put(counter.getName().getNamespace().replaceAll(".*\\.", "") + "."
          + counter.getName().getName(), counter.getAttempted());
    }
    Files.writeString(path,
        Rows.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n",
        StandardCharsets.UTF_8);
  }

  private static String version() {
    String v = ReportJob.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  private static String seconds(Instant a, Instant b) {
    return String.format(java.util.Locale.ROOT, "%.1f s", Duration.between(a, b).toMillis() / 1000.0);
  }
}
