package dev.claimcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.analysis.DocumentDates;
import dev.claimcheck.dates.TimePoint;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.input.InputResolver;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.ReadSink;
import dev.claimcheck.report.Rows;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimcheck dates}: every temporal expression of each input document as JSON Lines,
 * read and tagged the way the report pipeline reads and tags them.
 */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Prints every temporal expression of each document as JSON Lines: document, source, text, "
          + "character span (start, end), TIMEX3 type, value, modifier, anchor, flags and the "
          + "readings of an ambiguous date.",
      "Relative dates resolve against the document's own date (published, else captured or "
          + "revised) unless --document-date is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read",
      "2:bad command line",
      "3:some inputs could not be read (said on standard error)"
    })
final class DatesCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, folders (read recursively) or glob patterns.")
  List<String> inputs;

  @Option(names = "--document-date", paramLabel = "DATE",
      description = "The date relative expressions are resolved against (YYYY, YYYY-MM or "
          + "YYYY-MM-DD), in place of each document's own.")
  String documentDate;

  @Option(names = "--language", paramLabel = "TAG",
      description = "Language of the documents (en-US reads 03/04/2021 as March 4, en-GB as "
          + "3 April), in place of each document's own.")
  String language;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (documentDate != null && TimePoint.parse(documentDate).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--document-date must be YYYY, YYYY-MM or YYYY-MM-DD: " + documentDate);
    }
    List<InputFile> files;
    try {
      files = InputResolver.resolve(inputs);
    } catch (InputResolver.InputException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleReading reading = new ArticleReading(ReadLimits.DEFAULT);
    int[] failures = {0};
    for (InputFile file : files) {
      reading.read(file, new ReadSink() {
        @Override
        public void accept(Outcome<Document> outcome) {
          if (outcome.isOk()) {
            print(out, adjusted(outcome.value()));
          } else {
            failures[0]++;
            err.println("claimcheck dates: " + outcome.failure().input() + ": "
                + outcome.failure().message());
          }
        }

        @Override
        public void skipped(String reason) {
          // entries that are not articles carry no dates to list
        }
      });
    }
    out.flush();
    return failures[0] == 0 ? 0 : 3;
  }

  private Document adjusted(Document document) {
    Document d = documentDate == null ? document : document.withMetadata(null, documentDate, null);
    return language == null ? d : d.withLanguage(language);
  }

  private static void print(PrintWriter out, Document document) {
    for (TemporalExpression t : DocumentDates.find(document)) {
      ObjectNode line = JsonNodeFactory.instance.objectNode();
      line.put("document", document.id());
      line.put("source", document.source());
      Rows.date(line, t);
      try {
        out.println(Rows.MAPPER.writeValueAsString(line));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
