package dev.claimcheck.cli;

import dev.claimcheck.pipelines.ReportJob;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code claimcheck} command line. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Verifies the claims of articles against the sources they cite.",
    subcommands = {Main.Report.class, DatesCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: report, dates");
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
        "Outputs: claims.jsonl, references.jsonl, documents.jsonl, errors.jsonl, summary.json, "
            + "run.json, report.html. They appear only when the run completed."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every input was read; outputs written",
        "1:the run failed; no outputs",
        "2:bad command line: an input that names no file, an output that cannot be written",
        "3:the run completed and outputs were written, but some inputs failed (errors.jsonl)"
      })
  static final class Report implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = "Files, folders (read recursively) or glob patterns.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
        description = "Output folder; replaced when the run completes.")
    Path output;

    @Option(names = "--runner", defaultValue = "direct", paramLabel = "NAME",
        description = "Engine: direct (Beam's DirectRunner, the default).")
    String runner;

    @Option(names = "--max-input-bytes", defaultValue = "33554432", paramLabel = "N",
        description = "Largest input file read (default: ${DEFAULT-VALUE}); larger ones are errors.")
    long maxInputBytes;

    @Option(names = "--max-document-chars", defaultValue = "4000000", paramLabel = "N",
        description = "Longest document text kept (default: ${DEFAULT-VALUE}); the rest is cut.")
    int maxDocumentChars;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (maxInputBytes <= 0 || maxDocumentChars <= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "limits must be positive");
      }
      return ReportJob.run(new ReportJob.Settings(inputs, output, runner, maxInputBytes,
          maxDocumentChars), System.err);
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
