package dev.claimcheck.pipelines;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the {@code report} pipeline. */
public interface ReportOptions extends PipelineOptions {

  @Description("Folder the pipeline stages its results in before the final outputs are written")
  @Validation.Required
  String getStagingDirectory();

  void setStagingDirectory(String value);

  @Description("Largest input file read, in bytes; larger ones become failure records")
  @Default.Long(32L << 20)
  long getMaxInputBytes();

  void setMaxInputBytes(long value);

  @Description("Largest document text kept, in characters; longer ones are cut and marked truncated")
  @Default.Integer(4_000_000)
  int getMaxDocumentChars();

  void setMaxDocumentChars(int value);

  @Description("Seconds one document may take from reading to judging; a third for each step")
  @Default.Long(180)
  long getDocumentBudgetSeconds();

  void setDocumentBudgetSeconds(long value);

  @Description("Workers the engine runs; each checks its share of the sources and paces archives for it")
  @Default.Integer(1)
  int getWorkers();

  void setWorkers(int value);
}
