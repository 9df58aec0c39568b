package org.fcsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import picocli.CommandLine;

/** The levels a study ({@code capacity}, {@code staff}) works on: loaded, selected, and checked to suit it. */
final class StudiedLevels {
  private StudiedLevels() {}

  /**
   * The levels of {@code file} named by {@code names} (all when null or empty), with the
   * command line's overrides.
   *
   * @param suits  what every level's scenario must satisfy
   * @param unless the problem when one does not, after "level NAME "
   * @throws CommandLine.ParameterException for an unknown level or one that does not suit (exit code 2)
   */
  static ScenarioLevels load(CommandLine cli, Path file, CommonOptions common, List<String> names, Predicate<Scenario> suits,
      String unless) {
    ScenarioLevels levels = ScenarioLoader.loadLevels(file, common.overrides());
    if (names != null && !names.isEmpty()) {
      try {
        levels = levels.select(names);
      } catch (IllegalArgumentException e) {
        throw CommonOptions.bad(cli, "--levels: " + e.getMessage());
      }
    }
    for (ScenarioLevels.Level level : levels.levels()) {
      if (!suits.test(level.scenario().scenario())) {
        throw CommonOptions.bad(cli, file + ": level " + level.name() + " " + unless);
      }
    }
    return levels;
  }
}
