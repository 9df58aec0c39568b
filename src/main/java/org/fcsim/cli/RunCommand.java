package org.fcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fcsim.scenario.CommandLineLevels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fcsim run}: one scenario, every level × every replication, one results folder. */
@Command(name = "run",
    header = "Run a scenario: every level and replication, one results folder.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Run every replication of every automation level of a scenario and write",
        "a results folder, results/<scenario>/<run-id>/, holding summary.csv (one",
        "block of rows per level), ledger.csv (tasks by type and performer, when the",
        "model reports them), results.xlsx (the tables as spreadsheet sheets),",
        "manifest.json, scenario.yaml (the scenario with defaults filled in) and",
        "charts. Replication r of every level uses the same",
        "random numbers (common random numbers).",
        "Earlier runs are never overwritten. The same scenario and seed give",
        "identical numbers whatever the number of threads.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the run failed (a model error, or results that cannot be written)", "2:bad input (scenario file or option); nothing written"})
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML), e.g. scenarios/goods-to-person.yaml")
  Path scenarioFile;

  @Mixin
  CommonOptions common;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "set KEY to VALUE in the scenario and in every level (after the level's own overrides), e.g. "
          + "--set driveUnits.count=40 or --set pickStations.pickTime.mean=10s; repeat it for several keys; to run "
          + "several values of a key, use 'fcsim sweep --set KEY=V1,V2'")
  List<String> sets = new ArrayList<>();

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
    List<CommandLineLevels.Setting> settings = new ArrayList<>();
    for (String set : sets) {
      try {
        settings.add(CommandLineLevels.Setting.parse("--set", set));
      } catch (IllegalArgumentException e) {
        throw CommonOptions.bad(spec.commandLine(), "--set: " + e.getMessage());
      }
    }
    return new LevelsExperiment(scenarioFile, common, levelNames, baseline, analysis, null, settings, false)
        .run(spec.commandLine());
  }
}
