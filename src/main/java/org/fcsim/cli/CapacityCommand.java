package org.fcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fcsim.experiment.CapacitySearch;
import org.fcsim.report.CapacityFolder;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fcsim capacity}: the highest demand each level keeps up with, as staffed and with the equipment alone. */
@Command(name = "capacity",
    header = "Find each level's highest demand kept up with, and what binds it.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Find, for every level, the highest demand it keeps up with and what binds it:",
        "the whole demand profile is scaled (its hourly shape kept) and each load is",
        "simulated and judged with the keeps-up verdict, doubling then bisecting until the",
        "highest load kept up with and the lowest one not are within 2%. Twice per level:",
        "as staffed, and equipment only (every role given more people than it can use).",
        "Writes results/<scenario>/capacity-<run-id>/ holding capacity.csv, capacity.png",
        "and .svg, results.xlsx, report.html, the scenario as it ran and manifest.json.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:model error or results not written", "2:bad input (scenario file or option); nothing written"})
final class CapacityCommand implements Callable<Integer> {
  static final String AS_STAFFED = "as staffed";
  static final String EQUIPMENT_ONLY = "equipment only";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML) with demand.mode: poisson or trace")
  Path scenarioFile;

  @Option(names = {"-l", "--levels"}, paramLabel = "A,B,...", split = ",", hideParamSyntax = true,
      description = "the levels to study (default: all)")
  List<String> levelNames;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    common.check(cli);
    Instant start = Instant.now();
    ScenarioLevels levels = StudiedLevels.load(cli, scenarioFile, common, levelNames,
        s -> s.demand().mode().equals("poisson") || s.demand().mode().equals("trace"),
        "has no demand rate to scale; capacity needs demand.mode: poisson or trace");
    Warnings.check(cli, levels.levels(), common.strict);
    PrintWriter out = cli.getOut();
    List<CapacityFolder.Row> rows = new ArrayList<>();
    for (ScenarioLevels.Level level : levels.levels()) {
      Scenario scenario = level.scenario().scenario();
      for (String basis : List.of(AS_STAFFED, EQUIPMENT_ONLY)) {
        Scenario studied = basis.equals(AS_STAFFED) ? scenario : scenario.withEveryRoleUnbounded();
        CapacitySearch.Result r = CapacitySearch.search(level.name(), basis, studied, common.threads, p -> {
          if (!common.quiet) {
            cli.getErr().printf(Locale.ROOT, "  %s, %s: %.0f units/h → %s%n", level.name(), basis, p.demandUnitsPerHour(),
                p.verdict().keepsUp());
          }
        });
        double demand = r.tried().get(0).demandUnitsPerHour() / r.tried().get(0).scale();
        rows.add(new CapacityFolder.Row(level.name(), basis, r.capacity(), r.low(), r.high(), r.bottleneck(), demand,
            r.tried().size()));
      }
    }
    Scenario first = levels.levels().get(0).scenario().scenario();
    Path folder = CapacityFolder.write(common.resultsRoot, new CapacityFolder.Study(first.name(), scenarioFile,
        levels.resolvedYaml(), first.seed(), first.replications(), Version.current(), CommonOptions.commandLine(cli), start,
        Instant.now(), rows));
    if (!common.quiet) {
      out.print(table(first, rows));
    }
    out.println("Results: " + folder);
    return 0;
  }

  static String table(Scenario first, List<CapacityFolder.Row> rows) {
    StringBuilder sb = new StringBuilder();
    String scaled = first.demand().trace() == null ? "whole demand profile scaled (shape kept)"
        : "the trace's orders thinned or repeated";
    sb.append(String.format(Locale.ROOT, "%s: capacity per level, %s; %d replications per load, seed %d%n", first.name(),
        scaled, first.replications(), first.seed()));
    sb.append(String.format(Locale.ROOT, "%-24s %10s   %-44s %-44s%n", "level", "demand", "as staffed: capacity [kept up, did not] bottleneck",
        "equipment only"));
    for (Map.Entry<String, Map<String, CapacityFolder.Row>> e : CapacityFolder.byLevel(rows).entrySet()) {
      CapacityFolder.Row staffed = e.getValue().get(AS_STAFFED);
      CapacityFolder.Row equipment = e.getValue().get(EQUIPMENT_ONLY);
      sb.append(String.format(Locale.ROOT, "%-24s %10s   %-44s %-44s", e.getKey(), CapacityFolder.number(staffed.demand()),
          cell(staffed), cell(equipment)).stripTrailing()).append(System.lineSeparator());
    }
    sb.append("capacity: units/h shipped at the lowest load not kept up with; [highest load kept up with, lowest not]")
        .append(System.lineSeparator());
    return sb.toString();
  }

  private static String cell(CapacityFolder.Row r) {
    String capacity = Double.isNaN(r.capacity()) ? ">" + CapacityFolder.number(r.low()) : CapacityFolder.number(r.capacity());
    return capacity + " [" + CapacityFolder.number(r.low()) + ", " + CapacityFolder.number(r.high()) + "] " + r.bottleneck();
  }
}
