package org.fcsim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.model.Preflight;
import org.fcsim.scenario.ScenarioLevels;
import picocli.CommandLine;

/** The pre-flight check of every level, told on stderr before anything runs. */
final class Warnings {
  private Warnings() {}

  /** What each level's floor is built from, as YAML comment lines ({@code # level: ...}). */
  static String described(List<ScenarioLevels.Level> levels) {
    StringBuilder sb = new StringBuilder();
    for (ScenarioLevels.Level level : levels) {
      Preflight.describe(level.scenario().scenario()).forEach(line -> sb.append("# ").append(level.name()).append(": ")
          .append(line).append('\n'));
    }
    return sb.toString();
  }

  /**
   * Prints {@code fcsim: warning: LEVEL: ...} for each finding and returns them by level.
   *
   * @throws CommandLine.ParameterException under {@code --strict} when there is any (exit code 2, nothing run)
   */
  static Map<String, List<String>> check(CommandLine cli, List<ScenarioLevels.Level> levels, boolean strict) {
    Map<String, List<String>> byLevel = new LinkedHashMap<>();
    for (ScenarioLevels.Level level : levels) {
      List<String> found = Preflight.warnings(level.scenario().scenario());
      if (!found.isEmpty()) {
        byLevel.put(level.name(), found);
      }
    }
    byLevel.forEach((level, found) -> found.forEach(w -> cli.getErr().println("fcsim: warning: " + level + ": " + w)));
    if (strict && !byLevel.isEmpty()) {
      int n = byLevel.values().stream().mapToInt(List::size).sum();
      throw CommonOptions.bad(cli, "--strict: " + n + (n == 1 ? " warning" : " warnings") + " above; nothing was run");
    }
    return byLevel;
  }
}
