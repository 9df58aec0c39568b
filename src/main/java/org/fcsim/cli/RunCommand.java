package org.fcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.report.ResultsFolder;
import org.fcsim.report.RunRecord;
import org.fcsim.scenario.LoadedScenario;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fcsim run}: one scenario, every level × every replication, one results folder. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Run every replication of every automation level of a scenario and write",
        "a results folder, results/<scenario>/<run-id>/, holding summary.csv (one",
        "block of rows per level), ledger.csv (tasks by type and performer, when the",
        "model reports them), manifest.json, scenario.yaml (the scenario with",
        "defaults filled in) and charts. Replication r of every level uses the same",
        "random numbers (common random numbers).",
        "Earlier runs are never overwritten. The same scenario and seed give",
        "identical numbers whatever the number of threads.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error", "2:bad input (scenario file or option); nothing written"})
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML), e.g. scenarios/goods-to-person.yaml")
  Path scenarioFile;

  @Option(names = {"-r", "--replications"}, paramLabel = "N",
      description = "replications to run, 1 to 10000 (default: the scenario's 'replications')")
  Integer replications;

  @Option(names = {"-s", "--seed"}, paramLabel = "SEED",
      description = "seed of every random stream, a whole number >= 0 (default: the scenario's 'seed')")
  Long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "worker threads, 1 to 1024; results do not depend on it (default: all ${sys:fcsim.cores} cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-l", "--levels"}, paramLabel = "NAME", split = ",",
      description = "run only these levels, e.g. --levels manual,high-automation; a level's name also "
          + "selects all its sweep points (default: every level)")
  List<String> levelNames;

  @Option(names = "--results", paramLabel = "DIR", description = "where results folders go (default: ${DEFAULT-VALUE})")
  Path resultsRoot = Path.of("results");

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary table; print only the results folder")
  boolean quiet;

  static {
    System.setProperty("fcsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    checkOptions();
    ScenarioLevels all = ScenarioLoader.loadLevels(scenarioFile, overrides());
    ScenarioLevels levels = select(all);
    List<Scenario> scenarios = levels.levels().stream().map(l -> l.scenario().scenario()).toList();
    int cells = scenarios.stream().mapToInt(Scenario::replications).sum();
    String task = scenarios.size() == 1 ? "replications" : scenarios.size() + " levels";
    Instant start = Instant.now();
    List<List<ReplicationResult>> results;
    try (ProgressDisplay progress = quiet ? null : new ProgressDisplay(task, cells, System.err)) {
      results = Experiment.run(scenarios, threads, progress == null ? ProgressListener.NONE : progress);
    }
    List<MetricSummary> summary = new ArrayList<>();
    List<LevelResults> perLevel = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      summary.addAll(Summaries.of(levels.levels().get(i).name(), results.get(i)));
      perLevel.add(new LevelResults(levels.levels().get(i).name(), results.get(i)));
    }
    LoadedScenario base = levels.base();
    RunRecord record = new RunRecord(base.scenario().name(), scenarioFile, base.bytes(), levels.resolvedYaml(),
        base.scenario().seed(), Version.current(), commandLine(), threads, start, Instant.now(), summary, perLevel);
    Path folder = ResultsFolder.write(resultsRoot, record);
    if (!quiet) {
      out.print(LevelTables.format(levels.levels(), summary, folder.resolve("summary.csv")));
      out.println();
    }
    out.println("Results: " + folder);
    return 0;
  }

  private void checkOptions() {
    if (replications != null && (replications < 1 || replications > 10_000)) {
      throw bad("--replications must be between 1 and 10000, got " + replications);
    }
    if (seed != null && seed < 0) {
      throw bad("--seed must be a whole number >= 0, got " + seed);
    }
    if (threads < 1 || threads > 1024) {
      throw bad("--threads must be between 1 and 1024, got " + threads);
    }
  }

  /** The levels {@code --levels} names; an unknown name is bad input (exit code 2). */
  private ScenarioLevels select(ScenarioLevels all) {
    if (levelNames == null || levelNames.isEmpty()) {
      return all;
    }
    try {
      return all.select(levelNames);
    } catch (IllegalArgumentException e) {
      throw bad("--levels: " + e.getMessage());
    }
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private Map<String, Long> overrides() {
    Map<String, Long> overrides = new LinkedHashMap<>();
    if (replications != null) {
      overrides.put("replications", (long) replications);
    }
    if (seed != null) {
      overrides.put("seed", seed);
    }
    return overrides;
  }

  private List<String> commandLine() {
    List<String> args = new ArrayList<>();
    args.add("fcsim");
    args.addAll(spec.commandLine().getParseResult().originalArgs());
    return args;
  }
}
