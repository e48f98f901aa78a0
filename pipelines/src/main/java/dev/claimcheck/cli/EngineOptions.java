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

  @Option(names = "--parallelism", defaultValue = "0", paramLabel = "N",
      description = "Workers the engine runs (default: the engine's own choice).")
  int parallelism;
}
