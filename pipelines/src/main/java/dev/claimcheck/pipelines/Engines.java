package dev.claimcheck.pipelines;

import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;

/**
 * The engines a run can use and how each is set up: Beam's DirectRunner, or Flink (its embedded
 * mini-cluster in this JVM, or a cluster at {@code HOST:PORT}).
 */
final class Engines {
  /** The engines, by the names the command line takes. */
  static final List<String> NAMES = List.of("direct", "flink");

  private Engines() {}

  /**
   * Sets the engine on {@code options}.
   *
   * @param name {@code direct} or {@code flink}
   * @param flinkMaster {@code HOST:PORT} of a Flink cluster, or null for the embedded one
   * @param parallelism workers, or 0 for the engine's own choice
   * @param checkWorkers how many workers a run that checks sources wants, or 0 (see
   *     {@link ReportJob#checkWorkers})
   * @param stageJars whether the jars of this process go to the cluster with the job (false
   *     when the cluster's own classpath has them, as {@code scripts/flink-local-cluster}'s does)
   * @return how many workers the engine runs (for a cluster without {@code parallelism}, this
   *     machine's cores: a guess)
   */
  static int configure(ReportOptions options, String name, String flinkMaster, int parallelism, int checkWorkers,
      boolean stageJars) {
    if (name.equals("flink")) {
      options.setRunner(FlinkRunner.class);
      FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
      flink.setFlinkMaster(flinkMaster == null ? "[local]" : flinkMaster);
      flink.setStreaming(false);
      if (parallelism > 0) {
        flink.setParallelism(parallelism);
      } else if (flinkMaster == null) {
        flink.setParallelism(Math.max(1, Runtime.getRuntime().availableProcessors()));
      }
      // The job's classes travel to a cluster's task managers with it (null: every jar of this
      // process's classpath), unless the cluster has them already.
      flink.setFilesToStage(flinkMaster != null && !stageJars ? List.of() : null);
      flink.setShutdownSourcesAfterIdleMs(0L);
      return parallelism > 0 ? parallelism : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
    options.setRunner(DirectRunner.class);
    // The immutability and encodability checks copy every element: a test aid, not for runs.
    DirectOptions direct = options.as(DirectOptions.class);
    direct.setEnforceImmutability(false);
    direct.setEnforceEncodability(false);
    direct.setBlockOnRun(false);
    if (parallelism > 0) {
      direct.setTargetParallelism(parallelism);
    } else if (checkWorkers > 0) {
      direct.setTargetParallelism(checkWorkers);
    }
    return direct.getTargetParallelism();
  }
}
