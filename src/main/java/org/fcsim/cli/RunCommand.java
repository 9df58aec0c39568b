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
import org.fcsim.experiment.ProgressListener;
import org.fcsim.experiment.Replications;
import org.fcsim.report.ResultsFolder;
import org.fcsim.report.RunRecord;
import org.fcsim.scenario.LoadedScenario;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fcsim run}: one scenario, all its replications, one results folder. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Run every replication of a scenario and write a results folder,",
        "results/<scenario>/<run-id>/, holding summary.csv, manifest.json,",
        "scenario.yaml (the scenario with defaults filled in) and charts.",
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
    LoadedScenario loaded = ScenarioLoader.load(scenarioFile, overrides());
    Scenario scenario = loaded.scenario();
    Instant start = Instant.now();
    List<ReplicationResult> results;
    try (ProgressDisplay progress = quiet ? null : new ProgressDisplay("replications", scenario.replications(), System.err)) {
      results = Replications.run(scenario, threads, progress == null ? ProgressListener.NONE : progress);
    }
    List<MetricSummary> summary = Summaries.of("base", results);
    RunRecord record = new RunRecord(scenario.name(), scenarioFile, loaded.bytes(), loaded.resolvedYaml(),
        scenario.seed(), Version.current(), commandLine(), threads, start, Instant.now(), summary);
    Path folder = ResultsFolder.write(resultsRoot, record);
    if (!quiet) {
      out.print(SummaryTable.format(scenario, summary));
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
