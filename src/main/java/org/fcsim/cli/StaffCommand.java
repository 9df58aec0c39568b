package org.fcsim.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.experiment.CellCache;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.Lever;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.experiment.StaffingSearch;
import org.fcsim.report.StaffingFolder;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import org.fcsim.stats.Verdict;
import org.fcsim.task.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fcsim staff}: the fewest people per role each level needs to keep up and meet its targets. */
@Command(name = "staff",
    header = "Solve each level's least-cost crew (and equipment) that keeps up.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Solve, for every level, the crew per shift of each staffed role (and, with --resources,",
        "the equipment) that keeps up with the demand and meets every target of the scenario's",
        "targets: section at the least cost per operating hour: wages from costs: (every person",
        "alike without it), equipment's capital, maintenance and energy. By simulation: a workload",
        "estimate, then lever by lever, dearest first, the least count that still meets every",
        "target (doubling, then bisection), and exchanges of one dearer for cheaper ones, until",
        "nothing changes; common random numbers across candidates; replications doubled while a",
        "candidate is undecided, up to 4x, then the safer count. Finished cells are kept, so an",
        "interrupted search resumes. The answer is checked on another seed.",
        "Writes results/<scenario>/staff-<run-id>/ holding staffing.csv, equipment.csv (with",
        "--resources), a runnable staffed.yaml, transition.csv and roles.png/.svg (roles gained",
        "and lost against the baseline level), reskilling.csv, payback.csv and cost-per-unit.png/",
        ".svg (with costs:), staffing.png and .svg, results.xlsx (the tables as sheets),",
        "report.html and manifest.json.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:model error or results not written", "2:bad input (scenario file or option); nothing written"})
final class StaffCommand implements Callable<Integer> {
  private static final YAMLMapper YAML = YAMLMapper.builder().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML) with an order-driven demand")
  Path scenarioFile;

  @Option(names = {"-l", "--levels"}, paramLabel = "A,B,...", split = ",", hideParamSyntax = true,
      description = "the levels to staff (default: all)")
  List<String> levelNames;

  @Mixin
  BaselineOption baseline;

  @Mixin
  CommonOptions common;

  @Option(names = "--resources", paramLabel = "KIND,...", split = ",", hideParamSyntax = true,
      description = {"also size this equipment, at its cost per operating hour (costs:, or the documented",
          "defaults): driveUnit, charger, armCell, sortArm, stowRobot, packMachine (each where the level has it)"})
  List<String> resources;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    common.check(cli);
    List<String> kinds = resources == null ? List.of() : resources;
    for (String kind : kinds) {
      if (!Lever.EQUIPMENT.contains(kind)) {
        throw CommonOptions.bad(cli, "--resources: unknown equipment \"" + kind + "\"; known: " + String.join(", ", Lever.EQUIPMENT));
      }
    }
    Instant start = Instant.now();
    ScenarioLevels all = ScenarioLoader.loadLevels(scenarioFile, common.overrides());
    ScenarioLevels levels = StudiedLevels.suited(cli, scenarioFile, StudiedLevels.select(cli, all, levelNames),
        s -> s.demand().ordersDriven(), "is a closed loop (demand.mode: none): it has no demand to staff for");
    StudiedLevels.suited(cli, scenarioFile, levels, s -> s.associates().countByShift().isEmpty(),
        "gives a role one count per shift (a list in associates.<role>.count): the search solves one count per role "
            + "for every shift; give one number per role to solve, then set the shifts' lists from its answer");
    String baselineLevel = baseline.choose(cli, scenarioFile, all, levels);
    PrintWriter out = cli.getOut();
    List<StaffingFolder.Row> rows = new ArrayList<>();
    List<StaffingFolder.Row> equipmentRows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    Map<String, Map<String, Object>> solved = new LinkedHashMap<>();
    List<Scenario> checkedScenarios = new ArrayList<>();
    List<List<ReplicationResult>> checkedResults = new ArrayList<>();
    List<CellCache> caches = new ArrayList<>();
    int evaluations = 0;
    for (ScenarioLevels.Level level : levels.levels()) {
      Scenario scenario = level.scenario().scenario();
      List<Lever> levers = new ArrayList<>(StaffingSearch.staffedRoles(scenario));
      kinds.stream().map(Lever::equipment).filter(l -> l.valueIn(scenario) > 0).forEach(levers::add);
      String cacheKey = "fcsim " + Version.current() + "\nstaff candidate of\n" + level.scenario().resolvedYaml();
      int[] judged = {0};
      StaffingSearch.Result r = UnwritableResults.whileWriting(common.scenarioFolder(scenario.name()), () ->
          StaffingSearch.solve(level.name(), scenario, levers, LevelTargets::of, common.threads, e -> {
            if (!common.quiet) {
              cli.getErr().printf(Locale.ROOT, "  %s #%d: %s → %s%n", level.name(), ++judged[0], countsText(e.counts()),
                  e.meets() ? "meets every target" : "misses " + e.failed());
            }
          }, counts -> {
            CellCache cache = new CellCache(common.resultsRoot.resolve(scenario.name()).resolve(".cells"),
                List.of(cacheKey + "\n# " + counts));
            synchronized (caches) {
              caches.add(cache);
            }
            return cache;
          }));
      evaluations += r.evaluations();
      // the answer must hold on fresh random numbers: a lever at the edge of what failed there gets one more
      Map<String, Integer> counts = new LinkedHashMap<>(r.counts());
      List<String> raised = new ArrayList<>();
      Scenario fresh;
      List<ReplicationResult> checkRuns;
      Verdict check;
      for (int round = 0; ; round++) {
        fresh = scenario.withSeed(scenario.seed() + 1);
        for (Lever lever : levers) {
          fresh = lever.applied(fresh, counts.get(lever.name()));
        }
        checkRuns = Experiment.run(List.of(fresh), common.threads, ProgressListener.NONE).get(0);
        check = Verdict.of(new LevelResults(level.name(), checkRuns), List.of(), LevelTargets.of(fresh));
        java.util.Set<String> edge = atEdge(check, levers);
        if (holds(check) || round == MAX_RAISES || edge.isEmpty()) {
          break;
        }
        edge.forEach(name -> {
          counts.merge(name, 1, Integer::sum);
          raised.add(name + " " + counts.get(name));
        });
      }
      solved.put(level.name(), overrides(scenario, counts, levers));
      for (Lever lever : levers) {
        // utilization at the final counts, on the check's random numbers (a raised lever's search value would be stale)
        StaffingFolder.Row row = new StaffingFolder.Row(level.name(), lever.name(), counts.get(lever.name()),
            StaffingSearch.meanOf(checkRuns, "utilizationOfAvailable." + lever.group()),
            r.binding().getOrDefault(lever.name(), ""));
        (lever.isRole() ? rows : equipmentRows).add(row);
      }
      checkedScenarios.add(fresh);
      checkedResults.add(checkRuns);
      Map<Role, Integer> crew = new java.util.TreeMap<>(fresh.associates().countPerShift());
      crew.values().removeIf(n -> n == 0);
      Map<String, Integer> equipmentCounts = new LinkedHashMap<>();
      levers.stream().filter(l -> !l.isRole()).forEach(l -> equipmentCounts.put(l.name(), counts.get(l.name())));
      String equipment = equipmentCounts.isEmpty() ? "" : "; " + countsText(equipmentCounts);
      lines.add(String.format(Locale.ROOT, "%s: %s (%d people per shift%s; %d candidates%s)", level.name(),
          crewText(crew), crew.values().stream().mapToInt(Integer::intValue).sum(), equipment, r.evaluations(),
          r.undecided() == 0 ? "" : ", " + r.undecided() + " left undecided at the replication cap and counted as missing"));
      if (!raised.isEmpty()) {
        lines.add("  raised where the check on seed " + fresh.seed() + " did not hold at the search's answer: "
            + String.join(", ", raised));
      }
      lines.add("  on seed " + fresh.seed() + ": " + check.line()
          + (check.targetsLine().isEmpty() ? "" : "; " + check.targetsLine().substring(level.name().length() + 1)));
    }
    LevelEconomics economics = LevelEconomics.of(levels.names(), checkedScenarios, checkedResults, baselineLevel);
    List<MetricSummary> checked = new ArrayList<>();
    for (int i = 0; i < levels.names().size(); i++) {
      checked.addAll(Summaries.of(levels.names().get(i), economics.results().get(i)));
    }
    lines.addAll(CostLines.of(levels.base().scenario().costs(), checked, economics));
    int reused = caches.stream().mapToInt(CellCache::reused).sum();
    lines.add(String.format(Locale.ROOT, "%d candidates simulated in %s%s", evaluations,
        humanDuration(Duration.between(start, Instant.now())),
        reused == 0 ? "" : " (resumed: " + reused + " finished cells of an interrupted search reused)"));
    Scenario first = levels.levels().get(0).scenario().scenario();
    StaffingFolder.Study study = new StaffingFolder.Study(first.name(), scenarioFile, staffedYaml(levels, solved),
        first.seed(), Version.current(), CommonOptions.commandLine(cli),
        start, Instant.now(), rows, baselineLevel, lines, equipmentRows, checked, economics);
    Path folder = UnwritableResults.whileWriting(common.resultsRoot.resolve(first.name()),
        () -> StaffingFolder.write(common.resultsRoot, study));
    // the folder is complete: nothing left to resume; the first cache, made before the cells folder was, removes it
    java.util.Collections.reverse(caches);
    caches.forEach(CellCache::discard);
    if (!common.quiet) {
      lines.forEach(out::println);
    }
    out.println("Results: " + folder);
    return 0;
  }

  /** Times a level's answer may be raised after its check on another seed. */
  private static final int MAX_RAISES = 3;

  /** Whether a level keeps up with every target met (or with nothing to judge). */
  private static boolean holds(Verdict v) {
    return v.keepsUp().equals("yes") && v.targets().stream().allMatch(t -> t.met().equals("met") || t.met().equals("n/a"));
  }

  /**
   * The levers at the edge of what did not hold: the bottleneck and the growing queue the verdict
   * names, and the group of a utilization target not met, where one of the levers is that group.
   */
  private static java.util.Set<String> atEdge(Verdict v, List<Lever> levers) {
    java.util.Set<String> groups = new java.util.LinkedHashSet<>();
    if (!v.keepsUp().equals("yes")) {
      groups.add(v.bottleneck());
      groups.add(v.growingQueue());
    }
    for (org.fcsim.stats.TargetCheck t : v.targets()) {
      if (!t.met().equals("met") && !t.met().equals("n/a")) {
        if (t.metric().startsWith("utilizationOfAvailable.")) {
          groups.add(t.metric().substring("utilizationOfAvailable.".length()));
        } else {
          groups.add(v.bottleneck());
        }
      }
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String group : groups) {
      // the stow backlog and the stow stations wait on the stowers and the stow robots
      List<String> measured = group.equals("stow") || group.equals("stowStations") ? List.of("stower", "stowRobots")
          : List.of(group);
      levers.stream().filter(l -> measured.stream().anyMatch(l::measuredAs)).forEach(l -> out.add(l.name()));
    }
    return out;
  }

  /**
   * The solved counts as scenario overrides: {@code associates.<role>.count}, and for equipment
   * {@code driveUnits.count}, {@code driveUnits.battery.chargers}, {@code pickStations.armShare}
   * (arm cells over the level's stations), {@code sortation.sortArms}, {@code inbound.robotShare}
   * (stow robots over the level's stow stations) and {@code packing.machines}.
   */
  private static Map<String, Object> overrides(Scenario scenario, Map<String, Integer> counts, List<Lever> levers) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Lever lever : levers) {
      int n = counts.get(lever.name());
      switch (lever.name()) {
        case "driveUnit" -> out.put("driveUnits.count", n);
        case "charger" -> out.put("driveUnits.battery.chargers", n);
        case "armCell" -> out.put("pickStations.armShare", (double) n / scenario.pickStations().count());
        case "sortArm" -> out.put("sortation.sortArms", n);
        case "stowRobot" -> out.put("inbound.robotShare", (double) n / scenario.inbound().stowStations());
        case "packMachine" -> out.put("packing.machines", n);
        default -> out.put("associates." + lever.name() + ".count", n);
      }
    }
    return out;
  }

  /** "picker 12, driveUnit 150": the counts above 0, in order. */
  static String countsText(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder();
    counts.forEach((name, n) -> {
      if (n > 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(name).append(' ').append(n);
      }
    });
    return sb.toString();
  }

  static String crewText(Map<Role, Integer> crew) {
    StringBuilder sb = new StringBuilder();
    crew.forEach((role, n) -> {
      if (n > 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(role.key()).append(' ').append(n);
      }
    });
    return sb.toString();
  }

  private static String humanDuration(Duration d) {
    long s = d.toSeconds();
    return s >= 60 ? String.format(Locale.ROOT, "%dmin %02ds", s / 60, s % 60) : s + " s";
  }

  /**
   * The scenario as it ran with each level's solved counts written in as overrides (into the
   * level, or into the scenario itself when it has no levels), so {@code fcsim run staffed.yaml}
   * runs the solved crews.
   */
  private static String staffedYaml(ScenarioLevels levels, Map<String, Map<String, Object>> solved) throws IOException {
    Map<String, Object> tree = YAML.readValue(levels.resolvedYaml(), new TypeReference<LinkedHashMap<String, Object>>() {});
    Object levelsNode = tree.get("levels");
    for (Map.Entry<String, Map<String, Object>> e : solved.entrySet()) {
      if (levelsNode instanceof Map<?, ?> byName && byName.get(e.getKey()) instanceof Map<?, ?>) {
        @SuppressWarnings("unchecked")
        Map<String, Object> level = (Map<String, Object>) byName.get(e.getKey());
        level.putAll(e.getValue());
      } else {
        e.getValue().forEach((path, value) -> putAt(tree, path, value));
      }
    }
    return "# solved by fcsim staff: every level's crew (and equipment, when asked) written in as overrides\n"
        + new String(YAML.writeValueAsBytes(tree), StandardCharsets.UTF_8);
  }

  /** Sets a dotted key path in nested mappings, making the mappings it passes through. */
  @SuppressWarnings("unchecked")
  private static void putAt(Map<String, Object> tree, String path, Object value) {
    String[] keys = path.split("\\.");
    Map<String, Object> at = tree;
    for (int i = 0; i < keys.length - 1; i++) {
      at = (Map<String, Object>) at.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
    }
    at.put(keys[keys.length - 1], value);
  }
}
