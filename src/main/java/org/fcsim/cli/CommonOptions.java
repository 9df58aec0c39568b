package org.fcsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.report.PublishedFolder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every command that runs replications takes: how many, which seed, how fast, where. */
final class CommonOptions {
  @Option(names = {"-r", "--replications"}, paramLabel = "N",
      description = "replications to run, 1 to 10000 (default: the scenario's 'replications')")
  Integer replications;

  @Option(names = {"-s", "--seed"}, paramLabel = "SEED",
      description = "seed of every random stream, a whole number >= 0 (default: the scenario's 'seed')")
  Long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "worker threads, 1 to 1024; results do not depend on it (default: all ${sys:fcsim.cores} cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--results", paramLabel = "DIR", description = "where results folders go (default: ${DEFAULT-VALUE})")
  Path resultsRoot = Path.of("results");

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary table; print only the results folder (and the warm-up or "
          + "replications fcsim chose, if asked to)")
  boolean quiet;

  @Option(names = "--strict", description = "treat pre-flight warnings (a stage below demand, a task nobody can do, ...) "
      + "as bad input: exit code 2, nothing run")
  boolean strict;

  static {
    System.setProperty("fcsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  /** Rejects out-of-range values as bad input (exit code 2). */
  void check(CommandLine cli) {
    if (replications != null && (replications < 1 || replications > 10_000)) {
      throw bad(cli, "--replications must be between 1 and 10000, got " + replications);
    }
    if (seed != null && seed < 0) {
      throw bad(cli, "--seed must be a whole number >= 0, got " + seed);
    }
    if (threads < 1 || threads > 1024) {
      throw bad(cli, "--threads must be between 1 and 1024, got " + threads);
    }
    checkResultsRoot(cli, resultsRoot);
  }

  /**
   * Rejects a {@code --results} that cannot become a folder because it, or a folder on its way,
   * is a file: found before anything runs, so it is bad input (exit code 2) and nothing is
   * written. Other trouble (no permission, a full disk) shows when writing: exit code 1.
   */
  static void checkResultsRoot(CommandLine cli, Path root) {
    Path existing = root;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent(); // null past the first name of a relative path: the working folder, a folder
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw bad(cli, "--results " + root + ": " + (existing.equals(root) ? "" : existing + " ")
          + "is a file, not a folder; name a folder (it is created if missing)");
    }
  }

  /** The folder a scenario's results go to: {@code <--results>/<scenario as a folder name>}. */
  Path scenarioFolder(String scenarioName) {
    return resultsRoot.resolve(PublishedFolder.safeFolderName(scenarioName));
  }

  /** {@code --replications} and {@code --seed} as the loader's top-level overrides. */
  Map<String, Long> overrides() {
    Map<String, Long> overrides = new LinkedHashMap<>();
    if (replications != null) {
      overrides.put("replications", (long) replications);
    }
    if (seed != null) {
      overrides.put("seed", seed);
    }
    return overrides;
  }

  /** {@code fcsim} and the arguments as given, for the manifest. */
  static List<String> commandLine(CommandLine cli) {
    List<String> args = new ArrayList<>();
    args.add("fcsim");
    args.addAll(cli.getParseResult().originalArgs());
    return args;
  }

  static CommandLine.ParameterException bad(CommandLine cli, String message) {
    return new CommandLine.ParameterException(cli, message);
  }
}
