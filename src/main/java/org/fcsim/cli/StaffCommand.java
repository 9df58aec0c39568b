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
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.experiment.StaffingSearch;
import org.fcsim.report.StaffingFolder;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Verdict;
import org.fcsim.task.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fcsim staff}: the fewest people per role each level needs to keep up and meet its targets. */
@Command(name = "staff", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Solve, for every level, the fewest people per shift of each staffed role that keep up",
        "with the demand and meet every target of the scenario's targets: section, by",
        "simulation: a workload estimate, then role by role the least headcount that still",
        "meets every target (doubling, then bisection), until a pass changes nothing; common",
        "random numbers across candidates; replications doubled while a candidate is",
        "undecided, up to 4x, then the safer count. The answer is checked on another seed.",
        "Writes results/<scenario>/staff-<run-id>/ holding staffing.csv, a runnable",
        "staffed.yaml, transition.csv (the crews against the baseline level), staffing.png",
        "and .svg, roles.png and .svg (roles gained and lost), report.html and manifest.json.", ""},
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

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    common.check(cli);
    Instant start = Instant.now();
    ScenarioLevels all = ScenarioLoader.loadLevels(scenarioFile, common.overrides());
    ScenarioLevels levels = StudiedLevels.suited(cli, scenarioFile, StudiedLevels.select(cli, all, levelNames),
        s -> s.demand().ordersDriven(), "is a closed loop (demand.mode: none): it has no demand to staff for");
    String baselineLevel = baseline.choose(cli, scenarioFile, all, levels);
    PrintWriter out = cli.getOut();
    List<StaffingFolder.Row> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    Map<String, Map<Role, Integer>> solved = new LinkedHashMap<>();
    int evaluations = 0;
    for (ScenarioLevels.Level level : levels.levels()) {
      Scenario scenario = level.scenario().scenario();
      StaffingSearch.Result r = StaffingSearch.solve(level.name(), scenario, LevelTargets::of, common.threads, e -> {
        if (!common.quiet) {
          cli.getErr().printf(Locale.ROOT, "  %s: %s → %s%n", level.name(), countsText(e.counts()),
              e.meets() ? "meets every target" : "misses " + e.failed());
        }
      });
      evaluations += r.evaluations();
      solved.put(level.name(), r.crew());
      r.crew().forEach((role, n) -> {
        if (scenario.associates().countPerShift().getOrDefault(role, 0) > 0) {
          rows.add(new StaffingFolder.Row(level.name(), role.key(), n, r.utilization().getOrDefault(role.key(), Double.NaN),
              r.binding().getOrDefault(role.key(), "")));
        }
      });
      Scenario fresh = scenario.withCrew(r.crew()).withSeed(scenario.seed() + 1);
      Verdict check = Verdict.of(new LevelResults(level.name(),
          Experiment.run(List.of(fresh), common.threads, ProgressListener.NONE).get(0)), List.of(), LevelTargets.of(fresh));
      lines.add(String.format(Locale.ROOT, "%s: %s (%d people per shift; %d candidates%s)", level.name(),
          crewText(r.crew()), r.crew().values().stream().mapToInt(Integer::intValue).sum(), r.evaluations(),
          r.undecided() == 0 ? "" : ", " + r.undecided() + " left undecided at the replication cap and counted as missing"));
      lines.add("  on seed " + fresh.seed() + ": " + check.line()
          + (check.targetsLine().isEmpty() ? "" : "; " + check.targetsLine().substring(level.name().length() + 1)));
    }
    lines.add(String.format(Locale.ROOT, "%d candidate crews simulated in %s", evaluations,
        humanDuration(Duration.between(start, Instant.now()))));
    Scenario first = levels.levels().get(0).scenario().scenario();
    StaffingFolder.Study study = new StaffingFolder.Study(first.name(), scenarioFile, staffedYaml(levels, solved),
        first.seed(), Version.current(), CommonOptions.commandLine(cli), start, Instant.now(), rows, baselineLevel, lines);
    Path folder = UnwritableResults.whileWriting(common.resultsRoot.resolve(first.name()),
        () -> StaffingFolder.write(common.resultsRoot, study));
    if (!common.quiet) {
      lines.forEach(out::println);
    }
    out.println("Results: " + folder);
    return 0;
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
   * The scenario as it ran with each level's solved counts written in as overrides
   * ({@code associates.<role>.count}), so {@code fcsim run staffed.yaml} runs the solved crews.
   */
  private static String staffedYaml(ScenarioLevels levels, Map<String, Map<Role, Integer>> solved) throws IOException {
    Map<String, Object> tree = YAML.readValue(levels.resolvedYaml(), new TypeReference<LinkedHashMap<String, Object>>() {});
    Object levelsNode = tree.get("levels");
    for (Map.Entry<String, Map<Role, Integer>> e : solved.entrySet()) {
      Map<String, Object> target;
      if (levelsNode instanceof Map<?, ?> byName && byName.get(e.getKey()) instanceof Map<?, ?>) {
        @SuppressWarnings("unchecked")
        Map<String, Object> level = (Map<String, Object>) byName.get(e.getKey());
        target = level;
        e.getValue().forEach((role, n) -> target.put("associates." + role.key() + ".count", n));
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> associates = (Map<String, Object>) tree.get("associates");
        e.getValue().forEach((role, n) -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> r = (Map<String, Object>) associates.get(role.key());
          r.put("count", n);
        });
      }
    }
    return "# solved by fcsim staff: every level's crew written in as associates.<role>.count\n"
        + new String(YAML.writeValueAsBytes(tree), StandardCharsets.UTF_8);
  }
}
