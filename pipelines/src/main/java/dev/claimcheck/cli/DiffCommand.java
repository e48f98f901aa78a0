package dev.claimcheck.cli;

import dev.claimcheck.diff.RunDiff;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimcheck diff}: what changed between two runs' output folders, as JSON Lines. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Prints what changed from the run in OLD to the run in NEW (two report output folders) as JSON "
          + "Lines: documents added, removed and edited; claims added, removed and whose status changed "
          + "(a claim is known by its document's input and its text); sources newly failing, recovered "
          + "and drifted; conflicts new and gone. Counts go to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the changes were written",
      "1:a folder could not be read",
      "2:bad command line, or a folder that is not a report's output"
    })
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier run's output folder.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later run's output folder.")
  Path newer;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the changes to FILE (changes.jsonl) instead of standard output.")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (Path folder : new Path[] {older, newer}) {
      if (!Files.isRegularFile(folder.resolve("summary.json"))) {
        throw new CommandLine.ParameterException(spec.commandLine(), folder + " is not a report's output folder "
            + "(no summary.json)");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Writer out = output == null
        ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
          @Override
          public void close() throws IOException {
            flush(); // standard output stays open
          }
        }
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      Map<String, Integer> counts = RunDiff.write(older, newer, out);
      err.println("claimcheck: " + (counts.isEmpty() ? "no changes" : counts.toString()));
      err.flush();
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("claimcheck: the diff failed: " + e);
      err.flush();
      return 1;
    }
  }
}
