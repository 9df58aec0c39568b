package org.fcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fcsim.scenario.CommandLineLevels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fcsim sweep}: every level × every sweep value × every replication on one pool of
 * threads, with common random numbers, into one results folder (as {@code run} writes).
 */
@Command(name = "sweep",
    header = "Run a scenario's sweep points, or sweep any key with --set.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Run a scenario's automation levels and sweep points, or sweep any key from",
        "the command line with --set, and write one results folder as 'fcsim run'",
        "does. Every (level, value, replication) cell runs on one pool of threads;",
        "replication r of every cell uses the same random numbers (common random",
        "numbers), and the same seed gives identical numbers whatever the number of",
        "threads.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the run failed (a model error, or results that cannot be written)", "2:bad input (scenario file or option); nothing written"})
final class SweepCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO",
      description = "scenario file (YAML) with levels: or sweep:, or any scenario with --set")
  Path scenarioFile;

  @Option(names = "--set", paramLabel = "KEY=V1,V2,...",
      description = "sweep KEY over these values, e.g. --set driveUnits.count=40,60,80 or "
          + "--set pickStations.pickTime.mean=10s,12s: each level of the file runs once per value, as "
          + "<level>/KEY=VALUE; replaces the file's own sweep: if it has one")
  String set;

  @Mixin
  CommonOptions common;

  @Option(names = {"-l", "--levels"}, paramLabel = "NAME", split = ",",
      description = "run only these levels, e.g. --levels manual,high-automation; a level's name also "
          + "selects all its sweep points (default: every level)")
  List<String> levelNames;

  @Mixin
  BaselineOption baseline;

  @Mixin
  AnalysisOptions analysis;

  @Override
  public Integer call() throws IOException {
    CommandLineLevels.Sweep sweep = null;
    if (set != null) {
      try {
        sweep = CommandLineLevels.Sweep.parse(set);
      } catch (IllegalArgumentException e) {
        throw CommonOptions.bad(spec.commandLine(), "--set: " + e.getMessage());
      }
    }
    return new LevelsExperiment(scenarioFile, common, levelNames, baseline, analysis, sweep, List.of(), true).run(spec.commandLine());
  }
}
