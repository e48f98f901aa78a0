package dev.claimcheck.cli;

import picocli.CommandLine.Option;

/** The engine options shared by the commands that run the pipeline. */
final class EngineOptions {
  @Option(names = "--runner", defaultValue = "direct", paramLabel = "NAME",
      description = "Engine: direct (Beam's DirectRunner, the default) or flink (Flink's embedded "
          + "mini-cluster, or the cluster --flink-master names).")
  String runner;

  @Option(names = "--flink-master", paramLabel = "HOST:PORT",
      description = "With --runner flink, the JobManager of a Flink cluster (its REST port); "
          + "without it, the embedded mini-cluster.")
  String flinkMaster;

  @Option(names = "--flink-jars", defaultValue = "all", paramLabel = "all|none",
      description = "With --flink-master: send claimcheck's jars with the job (all, the default), "
          + "or not, when the cluster's classpath has them (none; scripts/flink-local-cluster's does).")
  String flinkJars;

  @Option(names = "--parallelism", defaultValue = "0", paramLabel = "N",
      description = "Workers the engine runs (default: the engine's own choice).")
  int parallelism;

  /** Whether the jars go with the job; a bad value is a usage error. */
  boolean stageJars(picocli.CommandLine.Model.CommandSpec spec) {
    if (!flinkJars.equals("all") && !flinkJars.equals("none")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--flink-jars is all or none");
    }
    return flinkJars.equals("all");
  }
}
