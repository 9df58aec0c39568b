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
@Command(name = "validate",
    header = "Check a scenario file and print it with every default filled in.", mixinStandardHelpOptions = true,
    description = {"Check a scenario file and print it with every default filled in, after what each level's floor",
        "is built from (as YAML comments); pre-flight warnings go to stderr. Runs nothing."})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML), e.g. scenarios/goods-to-person.yaml")
  Path scenarioFile;

  @Option(names = {"-q", "--quiet"}, description = "print nothing when the file is valid")
  boolean quiet;

  @Option(names = "--strict", description = "treat pre-flight warnings as bad input (exit code 2)")
  boolean strict;

  @Override
  public Integer call() {
    ScenarioLevels loaded = ScenarioLoader.loadLevels(scenarioFile, java.util.Map.of());
    Warnings.check(spec.commandLine(), loaded.levels(), strict);
    if (!quiet) {
      spec.commandLine().getOut().print(Warnings.described(loaded.levels()) + loaded.resolvedYaml());
    }
    return 0;
  }
}
