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
    return suited(cli, file, select(cli, ScenarioLoader.loadLevels(file, common.overrides()), names), suits, unless);
  }

  /** The levels {@code --levels} names (all when null or empty); an unknown name is bad input (exit code 2). */
  static ScenarioLevels select(CommandLine cli, ScenarioLevels all, List<String> names) {
    if (names == null || names.isEmpty()) {
      return all;
    }
    try {
      return all.select(names);
    } catch (IllegalArgumentException e) {
      throw CommonOptions.bad(cli, "--levels: " + e.getMessage());
    }
  }

  /** {@code levels}, once every one's scenario satisfies {@code suits}; see {@link #load}. */
  static ScenarioLevels suited(CommandLine cli, Path file, ScenarioLevels levels, Predicate<Scenario> suits, String unless) {
    for (ScenarioLevels.Level level : levels.levels()) {
      if (!suits.test(level.scenario().scenario())) {
        throw CommonOptions.bad(cli, file + ": level " + level.name() + " " + unless);
      }
    }
    return levels;
  }
}
