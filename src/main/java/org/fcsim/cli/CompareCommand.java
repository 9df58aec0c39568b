package org.fcsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.LoadedScenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.report.CompareReport;
import org.fcsim.report.VerdictsCsv;
import org.fcsim.stats.Differences;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.MetricDifference;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fcsim compare}: two levels of one scenario (or two one-level scenario files), run
 * with common random numbers, and the difference of every metric with a paired and an
 * unpaired 95% confidence interval.
 */
@Command(name = "compare",
    header = "Compare two levels, or two scenario files, metric by metric.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Compare two automation levels of a scenario, or two scenario files with one",
        "level each. Both run with the same random numbers in replication r (common",
        "random numbers); for every metric both report, fcsim prints the difference",
        "B - A with a paired 95%% confidence interval (Student t on the per-replication",
        "differences) beside the unpaired (Welch) one, and writes",
        "results/<scenario>/compare-<run-id>/ holding compare.csv (with a column",
        "'significant': the paired interval excludes 0, per metric, unadjusted for",
        "multiple comparisons), a chart of the headline differences, report.html,",
        "the scenario as it ran and manifest.json. Earlier results are never",
        "overwritten.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the run failed (a model error, or results that cannot be written)", "2:bad input (scenario file or option); nothing written"})
final class CompareCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "SCENARIO",
      description = "one scenario file with --levels A,B, or two files FILE_A FILE_B with one level each")
  List<Path> files;

  @Option(names = {"-l", "--levels"}, paramLabel = "A,B", split = ",", hideParamSyntax = true,
      description = "the two levels to compare, e.g. --levels goods-to-person,high-automation "
          + "(default: the scenario's levels, if it has exactly two)")
  List<String> levelNames;

  @Mixin
  CommonOptions common;

  /** One side of the comparison. */
  private record Side(String label, Path file, LoadedScenario scenario, String resolvedYaml) {}

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    common.check(cli);
    Instant start = Instant.now();
    Side a;
    Side b;
    String scenarioName;
    if (files.size() == 1) {
      ScenarioLevels all = ScenarioLoader.loadLevels(files.get(0), common.overrides());
      List<String> names = levelNames;
      if (names == null) {
        if (all.levels().size() != 2) {
          throw CommonOptions.bad(cli, "name the two levels to compare with --levels A,B; " + files.get(0)
              + " has " + (all.levels().size() == 1 ? "no levels" : "levels " + String.join(", ", all.names())));
        }
        names = all.names();
      }
      if (names.size() != 2) {
        throw CommonOptions.bad(cli, "--levels: compare takes exactly two levels, A,B; got " + names.size());
      }
      if (names.get(0).equals(names.get(1))) {
        throw CommonOptions.bad(cli, "--levels: compare takes two different levels; got " + names.get(0) + " twice");
      }
      a = level(cli, all, names.get(0));
      b = level(cli, all, names.get(1));
      scenarioName = all.base().scenario().name();
    } else {
      if (levelNames != null) {
        throw CommonOptions.bad(cli, "--levels picks two levels of one scenario file; with two files, each must have "
            + "a single level");
      }
      a = only(cli, files.get(0));
      b = only(cli, files.get(1));
      if (a.label().equals(b.label())) {
        a = new Side(files.get(0).toString(), a.file(), a.scenario(), a.resolvedYaml());
        b = new Side(files.get(1).toString(), b.file(), b.scenario(), b.resolvedYaml());
      }
      String nameA = a.scenario().scenario().name();
      String nameB = b.scenario().scenario().name();
      scenarioName = nameA.equals(nameB) ? nameA : nameA + "-vs-" + nameB;
    }
    int n = a.scenario().scenario().replications();
    if (b.scenario().scenario().replications() != n) {
      throw CommonOptions.bad(cli, a.label() + " has " + n + " replications and " + b.label() + " "
          + b.scenario().scenario().replications() + "; pairs need as many of each: pass --replications N");
    }
    Map<String, List<String>> warnings = Warnings.check(cli, List.of(new ScenarioLevels.Level(a.label(), a.scenario()),
        new ScenarioLevels.Level(b.label(), b.scenario())), common.strict);
    long seedA = a.scenario().scenario().seed();
    long seedB = b.scenario().scenario().seed();

    List<List<ReplicationResult>> results;
    try (ProgressDisplay progress = common.quiet ? null : new ProgressDisplay("2 levels", 2 * n, System.err)) {
      results = Experiment.run(List.of(a.scenario().scenario(), b.scenario().scenario()), common.threads,
          progress == null ? ProgressListener.NONE : progress);
    }
    List<MetricDifference> rows = Differences.of(results.get(0), results.get(1));
    List<Verdict> verdicts = List.of(
        Verdict.of(new LevelResults(a.label(), results.get(0)), warnings.getOrDefault(a.label(), List.of()),
            LevelTargets.of(a.scenario().scenario())),
        Verdict.of(new LevelResults(b.label(), results.get(1)), warnings.getOrDefault(b.label(), List.of()),
            LevelTargets.of(b.scenario().scenario())));

    Map<String, String> contents = new LinkedHashMap<>();
    contents.put(CompareFolder.CSV, CompareFolder.csv(a.label(), b.label(), rows));
    contents.put(VerdictsCsv.FILE, VerdictsCsv.text(verdicts));
    if (files.size() == 1) {
      contents.put("scenario.yaml", a.resolvedYaml());
    } else {
      contents.put("scenario-a.yaml", a.resolvedYaml());
      contents.put("scenario-b.yaml", b.resolvedYaml());
    }
    String seeds = seedA == seedB ? "seed " + seedA
        : "seeds " + seedA + " and " + seedB + " (different: no common random numbers, pairing gains nothing)";
    Map<String, byte[]> files = new LinkedHashMap<>();
    contents.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    files.putAll(CompareReport.files(new CompareReport.Comparison("fcsim compare: " + scenarioName,
        String.format(Locale.ROOT, "%s vs %s, %d replications each, %s", a.label(), b.label(), n, seeds), a.label(),
        b.label(), verdicts, rows), java.util.stream.Stream.concat(contents.keySet().stream(), java.util.stream.Stream.of("manifest.json"))
        .toList()));
    List<String> written = new java.util.ArrayList<>(files.keySet());
    files.put("manifest.json", manifest(scenarioName, a, b, n, start, written).getBytes(StandardCharsets.UTF_8));
    Path folder = UnwritableResults.whileWriting(common.scenarioFolder(scenarioName),
        () -> CompareFolder.write(common.resultsRoot, scenarioName, start, files));

    PrintWriter out = cli.getOut();
    if (!common.quiet) {
      verdicts.forEach(v -> out.println(v.line()));
      out.print(CompareTable.format(String.format(Locale.ROOT, "%s: %s vs %s, %d replications each, %s",
          scenarioName, a.label(), b.label(), n, seeds), a.label(), b.label(), rows));
      out.println();
    }
    out.println("Results: " + folder);
    return 0;
  }

  /** The level {@code name} of {@code all}; unknown, or a name standing for several sweep points, is bad input. */
  private static Side level(CommandLine cli, ScenarioLevels all, String name) {
    ScenarioLevels one;
    try {
      one = all.select(List.of(name));
    } catch (IllegalArgumentException e) {
      throw CommonOptions.bad(cli, "--levels: " + e.getMessage());
    }
    if (one.levels().size() != 1) {
      throw CommonOptions.bad(cli, "--levels: \"" + name + "\" has " + one.levels().size() + " sweep points; name one, "
          + "e.g. " + one.names().get(0));
    }
    ScenarioLevels.Level level = one.levels().get(0);
    return new Side(level.name(), Path.of(level.scenario().file()), level.scenario(), all.resolvedYaml());
  }

  /** The single level of {@code file}; a file with several is bad input. */
  private Side only(CommandLine cli, Path file) {
    ScenarioLevels all = ScenarioLoader.loadLevels(file, common.overrides());
    if (all.levels().size() != 1) {
      throw CommonOptions.bad(cli, file + " has " + all.levels().size() + " levels (" + String.join(", ", all.names())
          + "); compare two of them with 'fcsim compare " + file + " --levels A,B'");
    }
    ScenarioLevels.Level level = all.levels().get(0);
    String label = level.name().equals("base") ? all.base().scenario().name()
        : all.base().scenario().name() + "/" + level.name();
    return new Side(label, file, level.scenario(), all.resolvedYaml());
  }

  private String manifest(String scenarioName, Side a, Side b, int replications, Instant start, List<String> written)
      throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("kind", "compare");
    m.put("scenarioName", scenarioName);
    ObjectNode levels = m.putObject("levels");
    side(levels.putObject("a"), a);
    side(levels.putObject("b"), b);
    m.put("replications", replications);
    m.put("fcsimVersion", Version.current());
    ArrayNode commandLine = m.putArray("commandLine");
    CommonOptions.commandLine(spec.commandLine()).forEach(commandLine::add);
    m.put("threads", common.threads);
    Instant end = Instant.now();
    m.put("start", start.toString());
    m.put("end", end.toString());
    m.put("wallTimeSec", Duration.between(start, end).toNanos() / 1e9);
    m.put("javaVersion", System.getProperty("java.version"));
    ArrayNode files = m.putArray("files");
    written.forEach(files::add);
    files.add("manifest.json");
    return JSON.writeValueAsString(m) + "\n";
  }

  private static void side(ObjectNode node, Side side) {
    node.put("level", side.label());
    node.put("scenarioFile", side.file().toString());
    node.put("scenarioHash", hash(side.scenario().bytes()));
    node.put("seed", side.scenario().scenario().seed());
  }

  private static String hash(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
