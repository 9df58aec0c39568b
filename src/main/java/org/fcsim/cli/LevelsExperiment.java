package org.fcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.experiment.CellCache;
import org.fcsim.experiment.CellStore;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.HalfWidthTarget;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.experiment.WarmupSelection;
import org.fcsim.report.ResultsFolder;
import org.fcsim.report.RunRecord;
import org.fcsim.report.SweepAxis;
import org.fcsim.scenario.CommandLineLevels;
import org.fcsim.scenario.LoadedScenario;
import org.fcsim.scenario.Quantities;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.scenario.SweepPoint;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import org.fcsim.stats.Verdict;
import picocli.CommandLine;

/**
 * What {@code run} and {@code sweep} share: load the levels, optionally choose the warm-up
 * from a pilot run, run every (level, replication) cell on one pool, optionally add
 * replications until a target precision, summarize, write the results folder, print.
 *
 * @param scenarioFile the scenario file as the user named it
 * @param levelNames   {@code --levels}, or {@code null} for every level
 * @param baseline     {@code --baseline}
 * @param sweep        a command-line sweep ({@code sweep --set}), or {@code null}
 * @param settings     keys set to one value each ({@code run --set}), in the base and every level
 * @param needsLevels  refuse a file with neither levels nor a sweep (and no {@code --set})
 */
record LevelsExperiment(
    Path scenarioFile, CommonOptions common, List<String> levelNames, BaselineOption baseline, AnalysisOptions analysis,
    CommandLineLevels.Sweep sweep, List<CommandLineLevels.Setting> settings, boolean needsLevels) {

  int run(CommandLine cli) throws IOException {
    List<CellCache> caches = new ArrayList<>();
    try {
      return run(cli, caches);
    } catch (CommandLine.ParameterException | org.fcsim.scenario.ScenarioException e) {
      caches.forEach(CellCache::discard); // bad input leaves nothing behind
      throw e;
    }
  }

  private int run(CommandLine cli, List<CellCache> caches) throws IOException {
    PrintWriter out = cli.getOut();
    common.check(cli);
    analysis.check(cli);
    HalfWidthTarget target = analysis.target(cli);
    String autoSeries = analysis.autoSeries();
    Instant start = Instant.now();

    ScenarioLevels all = load(analysis.fixedWarmupSec(cli));
    if (needsLevels && sweep == null && all.names().equals(List.of("base"))) {
      throw CommonOptions.bad(cli, scenarioFile + " has no levels: or sweep: section, so there is nothing to sweep; "
          + "use 'fcsim run " + scenarioFile + "', or sweep a key with --set KEY=V1,V2,...");
    }
    ScenarioLevels levels = StudiedLevels.select(cli, all, levelNames);
    String baselineLevel = baseline.choose(cli, scenarioFile, all, levels);
    Map<String, List<String>> warnings = Warnings.check(cli, levels.levels(), common.strict);
    List<String> notes = new ArrayList<>();
    List<String> commandLine = CommonOptions.commandLine(cli);

    if (autoSeries != null) {
      CellCache pilotCache = cacheFor(levels);
      caches.add(pilotCache);
      List<List<ReplicationResult>> pilot = runCells(levels, "pilot run", pilotCache);
      WarmupSelection.Choice choice;
      try {
        choice = WarmupSelection.choose(levels.names(), pilot, autoSeries.isEmpty() ? null : autoSeries);
      } catch (IllegalArgumentException e) {
        throw CommonOptions.bad(cli, "--warmup: " + e.getMessage());
      }
      levels = StudiedLevels.select(cli, load(choice.warmupSec()), levelNames);
      String chosen = CommandLineLevels.durationText(choice.warmupSec());
      commandLine = withWarmup(commandLine, chosen);
      String line = warmupLine(choice);
      out.println(line);
      if (!common.quiet && choice.levels().size() > 1) {
        for (WarmupSelection.LevelChoice c : choice.levels()) {
          out.printf(Locale.ROOT, "  %-40s %s (%d points of %s)%n", c.level(), Quantities.formatDuration(c.warmupSec()),
              c.observations(), Quantities.formatDuration(c.intervalSec()));
        }
      }
      notes.add(line);
    }

    CellCache cache = cacheFor(levels);
    caches.add(cache);
    int checkCells = 0;
    if (target != null) {
      checkTargetMetric(cli, levels, target, cache);
      checkCells = levels.levels().size(); // found again in the cache by the run: not an interrupted run's
    }
    List<List<ReplicationResult>> results = runCells(levels, null, cache);
    if (cache.reused() > checkCells) {
      cli.getErr().printf(Locale.ROOT, "fcsim: resumed: %d finished cells of an interrupted run were reused%n",
          cache.reused() - checkCells);
    }
    String replicationsLine = null;
    if (target != null) {
      results = addReplications(cli, levels, results, target, cache);
      replicationsLine = replicationsLine(levels.names(), results, target);
      notes.add(replicationsLine);
    }

    LevelEconomics economics = LevelEconomics.of(levels.names(), scenarios(levels), results, baselineLevel);
    results = economics.results();
    List<MetricSummary> summary = new ArrayList<>();
    List<LevelResults> perLevel = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      summary.addAll(Summaries.of(levels.names().get(i), results.get(i)));
      perLevel.add(new LevelResults(levels.names().get(i), results.get(i)));
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < perLevel.size(); i++) {
      LevelResults l = perLevel.get(i);
      verdicts.add(Verdict.of(l, warnings.getOrDefault(l.level(), List.of()),
          LevelTargets.of(levels.levels().get(i).scenario().scenario())));
    }
    LoadedScenario base = levels.base();
    RunRecord record = new RunRecord(base.scenario().name(), scenarioFile, base.bytes(),
        comments(notes) + Warnings.described(levels.levels()) + levels.resolvedYaml(), base.scenario().seed(),
        Version.current(), commandLine, common.threads, start, Instant.now(), summary, perLevel, verdicts,
        baselineLevel, economics, org.fcsim.floor.FloorPlan.of(base.scenario()).map(), sweepAxis(levels), replay(levels));
    Path folder = UnwritableResults.whileWriting(folderOf(levels), () -> ResultsFolder.write(common.resultsRoot, record));
    caches.forEach(CellCache::discard); // the results folder is complete: nothing left to resume
    if (!common.quiet) {
      verdicts.forEach(v -> {
        out.println(v.line());
        if (!v.targetsLine().isEmpty()) {
          out.println(v.targetsLine());
        }
      });
      out.print(LevelTables.format(asRun(levels.levels(), results), summary, folder.resolve("summary.csv")));
      out.println();
      CostLines.of(levels.base().scenario().costs(), summary, economics).forEach(out::println);
    }
    if (replicationsLine != null) {
      out.println(replicationsLine);
    }
    out.println("Results: " + folder);
    return 0;
  }

  /** The numeric sweep the levels are points of, or {@code null} when they are not one. */
  private static SweepAxis sweepAxis(ScenarioLevels levels) {
    Map<String, SweepPoint> points = new LinkedHashMap<>();
    levels.levels().forEach(l -> points.put(l.name(), l.point()));
    return SweepAxis.of(points);
  }

  /** The levels with the command line's changes; {@code ScenarioLoader} itself when there are none. */
  private ScenarioLevels load(Double warmupSec) {
    if (sweep == null && warmupSec == null && settings.isEmpty()) {
      return ScenarioLoader.loadLevels(scenarioFile, common.overrides());
    }
    return CommandLineLevels.load(scenarioFile, common.overrides(), sweep, warmupSec, settings);
  }

  /**
   * Finished cells of these levels, kept under {@code <results>/<scenario>/.cells/} so that the
   * same command, rerun after an interruption, resumes. A level's key is fcsim's version and its
   * resolved scenario: change either and the cells are run afresh.
   */
  private CellCache cacheFor(ScenarioLevels levels) {
    Path dir = common.resultsRoot.resolve(levels.base().scenario().name()).resolve(".cells");
    return new CellCache(dir, levels.levels().stream()
        .map(l -> "fcsim " + Version.current() + "\n" + l.scenario().resolvedYaml()).toList());
  }

  /** Every level's replications 0 … n-1, with a progress bar unless quiet. */
  private List<List<ReplicationResult>> runCells(ScenarioLevels levels, String what, CellStore store) {
    return runCells(levels, what, store, scenarios(levels).stream().map(Scenario::replications).toList());
  }

  /** Replications 0 … counts[i]-1 of every level i, with a progress bar unless quiet. */
  private List<List<ReplicationResult>> runCells(ScenarioLevels levels, String what, CellStore store, List<Integer> counts) {
    List<Scenario> scenarios = scenarios(levels);
    int cells = counts.stream().mapToInt(Integer::intValue).sum();
    String task = (what == null ? "" : what + ": ") + (scenarios.size() == 1 ? "replications" : scenarios.size() + " levels");
    try (ProgressDisplay progress = common.quiet ? null : new ProgressDisplay(task, cells, System.err)) {
      return UnwritableResults.whileWriting(folderOf(levels), () -> Experiment.run(scenarios,
          scenarios.stream().map(x -> 0).toList(), counts, common.threads,
          progress == null ? ProgressListener.NONE : progress, store));
    }
  }

  /**
   * Rejects a {@code --target-halfwidth} metric that no level reports before the run rather than
   * after it: which metrics a level reports depends on its floor and on what happened (a task
   * type nobody did has no rows), so it is read off replication 0 of every level, which the run
   * then takes from {@code store} instead of running it again.
   */
  private void checkTargetMetric(CommandLine cli, ScenarioLevels levels, HalfWidthTarget target, CellStore store) {
    List<List<ReplicationResult>> first = runCells(levels, "checking " + target.metric(), store,
        levels.levels().stream().map(l -> 1).toList());
    for (int i = 0; i < first.size(); i++) {
      try {
        target.halfWidth(first.get(i));
      } catch (IllegalArgumentException e) {
        throw CommonOptions.bad(cli, "--target-halfwidth: level " + levels.names().get(i) + ": " + e.getMessage());
      }
    }
  }

  /**
   * Rounds of {@code --threads} more replications for every level still above the target,
   * until none is or each such level is at {@code --max-replications}.
   */
  private List<List<ReplicationResult>> addReplications(
      CommandLine cli, ScenarioLevels levels, List<List<ReplicationResult>> initial, HalfWidthTarget target,
      CellStore store) {
    List<List<ReplicationResult>> results = new ArrayList<>();
    initial.forEach(r -> results.add(new ArrayList<>(r)));
    List<Scenario> scenarios = scenarios(levels);
    for (int round = 1; ; round++) {
      List<Integer> more = target.nextRound(results, common.threads, analysis.maxReplications);
      int cells = more.stream().mapToInt(Integer::intValue).sum();
      if (cells == 0) {
        return results;
      }
      List<Integer> first = results.stream().map(List::size).toList();
      List<List<ReplicationResult>> extra;
      try (ProgressDisplay progress = common.quiet ? null
          : new ProgressDisplay("round " + round + " of more replications", cells, System.err)) {
        extra = UnwritableResults.whileWriting(folderOf(levels), () -> Experiment.run(scenarios, first, more,
            common.threads, progress == null ? ProgressListener.NONE : progress, store));
      }
      for (int i = 0; i < results.size(); i++) {
        results.get(i).addAll(extra.get(i));
      }
    }
  }

  /** Where these levels' results and finished cells go: a failure to write there is named by it. */
  private Path folderOf(ScenarioLevels levels) {
    return common.scenarioFolder(levels.base().scenario().name());
  }

  private static List<Scenario> scenarios(ScenarioLevels levels) {
    return levels.levels().stream().map(l -> l.scenario().scenario()).toList();
  }

  private static String warmupLine(WarmupSelection.Choice choice) {
    List<String> series = choice.levels().stream().map(WarmupSelection.LevelChoice::series).distinct().toList();
    return "Warm-up: " + Quantities.formatDuration(choice.warmupSec()) + ", chosen by MSER-5 on the mean "
        + String.join("/", series) + " series of a pilot run"
        + (choice.levels().size() > 1 ? " (the longest of the levels' choices)" : "");
  }

  private String replicationsLine(List<String> names, List<List<ReplicationResult>> results, HalfWidthTarget target) {
    StringBuilder sb = new StringBuilder("Replications to reach a 95% half-width of " + target + ": ");
    for (int i = 0; i < names.size(); i++) {
      List<ReplicationResult> r = results.get(i);
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ').append(r.size());
      boolean met = target.isMet(r);
      sb.append(String.format(Locale.ROOT, " (half-width %s %s %s%s)", number(target.halfWidth(r)), met ? "<=" : ">",
          number(target.required(r)), met ? "" : ": stopped at --max-replications"));
    }
    return sb.toString();
  }

  /** {@code --warmup auto[=SERIES]} replaced by the chosen duration, so the line reruns the experiment. */
  static List<String> withWarmup(List<String> commandLine, String chosen) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < commandLine.size(); i++) {
      String arg = commandLine.get(i);
      if (arg.equals("--warmup") && i + 1 < commandLine.size() && commandLine.get(i + 1).startsWith(AnalysisOptions.AUTO)) {
        out.add(arg);
        out.add(chosen);
        i++;
      } else if (arg.startsWith("--warmup=" + AnalysisOptions.AUTO)) {
        out.add("--warmup=" + chosen);
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  /** Notes as YAML comment lines, put at the head of the recorded scenario. */
  private static String comments(List<String> notes) {
    StringBuilder sb = new StringBuilder();
    notes.forEach(n -> sb.append("# ").append(n).append('\n'));
    return sb.toString();
  }

  /**
   * The levels as they ran, for the table: each with the number of replications it got
   * (more than the scenario's after {@code --target-halfwidth}).
   */
  private static List<ScenarioLevels.Level> asRun(List<ScenarioLevels.Level> levels, List<List<ReplicationResult>> results) {
    List<ScenarioLevels.Level> out = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      LoadedScenario l = levels.get(i).scenario();
      Scenario s = l.scenario();
      int n = results.get(i).size();
      Scenario ran = n == s.replications() ? s : s.withReplications(n);
      out.add(new ScenarioLevels.Level(levels.get(i).name(),
          new LoadedScenario(l.file(), l.bytes(), ran, l.resolvedYaml(), l.declaredKeys()), levels.get(i).point()));
    }
    return out;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4g", v);
  }

  /** Seconds of simulated time the report's replay shows, from the end of warm-up, and between its frames. */
  static final double REPLAY_WINDOW_SEC = 600;
  static final double REPLAY_STEP_SEC = 2;

  /**
   * Replication 0 of the first level whose drive units drive on the floor (grid or map travel),
   * run again for {@link #REPLAY_WINDOW_SEC} after warm-up with snapshots every
   * {@link #REPLAY_STEP_SEC}; null when no level has such a floor.
   */
  private static org.fcsim.stats.Replay replay(ScenarioLevels levels) {
    for (int i = 0; i < levels.levels().size(); i++) {
      Scenario s = levels.levels().get(i).scenario().scenario();
      if (s.driveUnits().count() > 0 && !s.driveUnits().travel().equals("distributions")
          && s.pickStations().count() > 0) {
        double from = Math.min(s.warmupSec(), Math.max(0, s.horizonSec() - REPLAY_WINDOW_SEC));
        return new org.fcsim.model.FloorModel(s, 0).replay(levels.names().get(i), from, REPLAY_WINDOW_SEC, REPLAY_STEP_SEC);
      }
    }
    return null;
  }
}
