package org.fcsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Checks a scenario file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario file and print it with every default filled in; runs nothing.")
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML), e.g. scenarios/goods-to-person.yaml")
  Path scenarioFile;

  @Option(names = {"-q", "--quiet"}, description = "print nothing when the file is valid")
  boolean quiet;

  @Override
  public Integer call() {
    ScenarioLevels loaded = ScenarioLoader.loadLevels(scenarioFile, java.util.Map.of());
    if (!quiet) {
      spec.commandLine().getOut().print(loaded.resolvedYaml());
    }
    return 0;
  }
}
