package org.fcsim.cli;

import java.nio.file.Path;
import org.fcsim.scenario.ScenarioLevels;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --baseline} of the commands that compare levels' workforces ({@code run}, {@code sweep}, {@code staff}). */
final class BaselineOption {
  @Option(names = "--baseline", paramLabel = "NAME",
      description = "the level every level's people are compared with in transition.csv, the report's roles gained "
          + "and lost and the roles chart; a level's name also stands for its first sweep point (default: the "
          + "scenario's transitions.baseline, else the first level run)")
  String name;

  /**
   * The level the run compares with: {@code --baseline}, else the file's {@code transitions.baseline}
   * (which the loader has checked names a level), else the first level of {@code selected}.
   *
   * @param all      every level of the file
   * @param selected the levels {@code --levels} keeps
   * @throws CommandLine.ParameterException for a name that is no level, or a level {@code --levels}
   *                                        leaves out (exit code 2)
   */
  String choose(CommandLine cli, Path file, ScenarioLevels all, ScenarioLevels selected) {
    String wanted = name != null ? name : all.base().scenario().transitions().baseline();
    if (wanted.isEmpty()) {
      return selected.names().get(0);
    }
    String source = name != null ? "--baseline" : file + ": transitions.baseline";
    String level = all.levelNamed(wanted);
    if (level == null) {
      throw CommonOptions.bad(cli, source + ": " + all.unknown(wanted));
    }
    if (!selected.names().contains(level)) {
      throw CommonOptions.bad(cli, source + ": level " + level + " is not among the levels --levels runs ("
          + String.join(", ", selected.names()) + "); add it to --levels, or name one of those with --baseline");
    }
    return level;
  }
}
