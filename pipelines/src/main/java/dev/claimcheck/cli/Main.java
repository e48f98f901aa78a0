package dev.claimcheck.cli;

import dev.claimcheck.check.AddressGuard;
import dev.claimcheck.check.SourceChecker;
import dev.claimcheck.check.UrlTask;
import dev.claimcheck.model.DocumentBudget;
import dev.claimcheck.model.Status;
import dev.claimcheck.pipelines.ReportJob;
import dev.claimcheck.report.ReportAssembler;
import dev.claimcheck.pipelines.SourceChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** The {@code claimcheck} command line. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Verifies the claims of articles against the sources they cite.",
    subcommands = {Main.Report.class, Main.Recheck.class, DatesCommand.class, DiffCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    AddressGuard.pinResolutions(); // before any name is resolved
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: report, recheck, dates, diff");
  }

  /** {@code claimcheck report}. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Extracts the dated claims and the references of every input, links claims to the "
            + "sources they cite, judges each claim and writes the report into the output folder.",
        "",
        "Outputs: claims.jsonl, references.jsonl, documents.jsonl, sources.jsonl, errors.jsonl, "
            + "conflicts.jsonl, summary.json, run.json, report.html, and with --format claims.csv and "
            + "summary.md. They appear only when the run completed.",
        "",
        "With --check-sources every cited URL is checked once (politely: per-site pace and "
            + "limits), looked up in web archives, and claims become SUPPORTED, CONTESTED or "
            + "DEAD_SOURCE by what their sources say."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every input was read; outputs written",
        "1:the run failed; no outputs",
        "2:bad command line or set-up, found before any work: an input that names no file, an "
            + "output that cannot be written or that another run is writing, a state folder that "
            + "cannot be written",
        "3:the run completed and outputs were written, but some inputs failed (errors.jsonl) "
            + "or the state could not be saved",
        "4:the run completed and outputs were written, and claims of a status named by --fail-on "
            + "were found (whether or not some inputs failed)"
      })
  static final class Report implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = "Files, folders (read recursively) or glob patterns.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
        description = "Output folder; replaced when the run completes.")
    Path output;

    @CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--max-input-bytes", defaultValue = "33554432", paramLabel = "N",
        description = "Largest input file read (default: ${DEFAULT-VALUE}); larger ones are errors.")
    long maxInputBytes;

    @Option(names = "--max-document-chars", defaultValue = "4000000", paramLabel = "N",
        description = "Longest document text kept (default: ${DEFAULT-VALUE}); the rest is cut.")
    int maxDocumentChars;

    @Option(names = "--document-budget", defaultValue = "180", paramLabel = "SECONDS",
        description = "Longest one document may take from reading to judging, a third for each step "
            + "(default: ${DEFAULT-VALUE}); a document over it becomes a timeout error.")
    long documentBudget;

    @Option(names = "--shards", defaultValue = "1", paramLabel = "N",
        description = "Cut claims, references and documents into N files each, by document id "
            + "(claims-00000-of-0000N.jsonl, each sorted); default: one file each.")
    int shards;

    @Option(names = "--check-sources", description = "Check the cited URLs (live and in web archives).")
    boolean checkSources;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
        description = "Also write: csv (claims.csv, one row per claim), md (summary.md, a Markdown summary).")
    List<String> formats = List.of();

    @Option(names = "--fail-on", split = ",", paramLabel = "STATUS",
        description = "Exit with 4 when claims of these statuses are found: unsourced, contested, dead-source, "
            + "partly-supported, cited, attributed, supported.")
    List<String> failOn = List.of();

    @Option(names = "--previous", paramLabel = "DIR",
        description = "An earlier run's output folder: also write changes.jsonl and the report's "
            + "\"What changed\" section (see the diff command).")
    Path previous;

    @CommandLine.Mixin
    CheckOptions check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (previous != null && !java.nio.file.Files.isRegularFile(previous.resolve("summary.json"))) {
        throw new CommandLine.ParameterException(spec.commandLine(), previous
            + " is not a report's output folder (no summary.json)");
      }
      java.util.Set<ReportAssembler.Extra> extras = java.util.EnumSet.noneOf(ReportAssembler.Extra.class);
      for (String f : formats) {
        switch (f.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "csv" -> extras.add(ReportAssembler.Extra.CSV);
          case "md", "markdown" -> extras.add(ReportAssembler.Extra.MD);
          default -> throw new CommandLine.ParameterException(spec.commandLine(),
              "--format takes csv and md, not " + f);
        }
      }
      java.util.Set<Status> flagged = java.util.EnumSet.noneOf(Status.class);
      for (String name : failOn) {
        try {
          flagged.add(Status.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on takes statuses such as "
              + "unsourced, contested, dead-source; not " + name);
        }
      }
      if (maxInputBytes <= 0 || maxDocumentChars <= 0 || documentBudget <= 0 || shards < 1 || shards > 99_999) {
        throw new CommandLine.ParameterException(spec.commandLine(), "limits must be positive, and --shards from 1 to 99,999");
      }
      SourceChecks checks = null;
      if (checkSources) {
        checks = new SourceChecks(UUID.randomUUID().toString(), settings(spec, check), check.state, List.of());
      } else if (check.state != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--state needs --check-sources");
      }
      if (engine.parallelism < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must not be negative");
      }
      return ReportJob.run(new ReportJob.Settings(inputs, output, engine.runner, maxInputBytes,
          maxDocumentChars, checks, false,
          new DocumentBudget(java.time.Duration.ofSeconds(documentBudget)), engine.flinkMaster,
          engine.parallelism, engine.stageJars(spec), shards, extras, flagged,
          previous == null ? null : previous.toAbsolutePath()), System.err);
    }
  }

  /** {@code claimcheck recheck}. */
  @Command(
      name = "recheck",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Checks again every URL of a state folder kept by earlier runs (and any URLs given with "
            + "--urls), looks them up in web archives, and writes sources.jsonl and the link-rot "
            + "summary into the output folder; the state folder gets the new checks.",
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every URL was checked; outputs written",
        "1:the run failed; no outputs",
        "2:bad command line or set-up, found before any work: nothing to check, an output that "
            + "cannot be written or that another run is writing, a state folder that cannot be "
            + "written",
        "3:the run completed and outputs were written, but the checks of some URLs failed "
            + "(errors.jsonl) or the state could not be saved"
      })
  static final class Recheck implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
        description = "Output folder; replaced when the run completes.")
    Path output;

    @CommandLine.Mixin
    EngineOptions engine;

    @Option(names = "--urls", paramLabel = "FILE",
        description = "A file of URLs to check besides the state's, one per line ('#' starts a comment).")
    Path urls;

    @CommandLine.Mixin
    CheckOptions check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      if (check.state == null && urls == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a --state folder or a --urls file");
      }
      List<UrlTask> extra = new java.util.ArrayList<>();
      if (urls != null) {
        for (String line : java.nio.file.Files.readAllLines(urls, java.nio.charset.StandardCharsets.UTF_8)) {
          String url = line.replaceFirst("#.*", "").strip();
          if (!url.isEmpty()) {
            extra.add(new UrlTask(url, null, null));
          }
        }
      }
      SourceChecks checks = new SourceChecks(UUID.randomUUID().toString(), settings(spec, check), check.state, extra);
      return ReportJob.run(new ReportJob.Settings(List.of(), output, engine.runner, 1, 1, checks, true,
          DocumentBudget.DEFAULT, engine.flinkMaster, engine.parallelism, engine.stageJars(spec), 1), System.err);
    }
  }

  private static SourceChecker.Settings settings(CommandLine.Model.CommandSpec spec, CheckOptions check) {
    try {
      return check.settings();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The version shown by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"claimcheck " + (v == null ? "development" : v)};
    }
  }
}
