package org.fcsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fcsim.policy.StationPolicies;

/**
 * Loads a scenario file: YAML → validated {@link Scenario}, plus the resolved scenario (every
 * default filled in) as YAML text. Each key is declared here once with its default and
 * range; {@code scenarios/reference.yaml} documents the same keys with comments.
 */
public final class ScenarioLoader {
  static final double MAX_DURATION_SEC = 366 * 86400.0;
  private static final double MAX_TASK_SEC = 86400.0;
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build();

  private ScenarioLoader() {}

  /** Reads and validates {@code file}; any problem is a one-line {@link ScenarioException}. */
  public static LoadedScenario load(Path file) {
    return load(file, Map.of());
  }

  /**
   * As {@link #load(Path)}, with top-level whole-number keys replaced before validation (the
   * command line's {@code --replications} and {@code --seed}), so the resolved scenario
   * records what actually ran.
   */
  public static LoadedScenario load(Path file, Map<String, Long> overrides) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file.toString(), null, "", "no such file");
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), null, "", "cannot read: " + e.getMessage());
    }
    return parse(file.toString(), bytes, overrides);
  }

  /** Validates scenario text; {@code file} is used only for messages and the default name. */
  public static LoadedScenario parse(String file, byte[] bytes) {
    return parse(file, bytes, Map.of());
  }

  private static LoadedScenario parse(String file, byte[] bytes, Map<String, Long> overrides) {
    LoadContext context = new LoadContext(file);
    YamlNode root = YamlTree.parse(file, bytes);
    if (!(root instanceof YamlNode.Mapping mapping)) {
      throw new ScenarioException(file, root.at(), "",
          "a scenario file must be a mapping of keys (name:, horizon:, ...), got " + YamlNode.describe(root));
    }
    Section top = new Section(context, "", withOverrides(mapping, overrides));
    Scenario scenario = read(top, defaultName(file));
    top.finish();
    return new LoadedScenario(file, bytes, scenario, toYaml(top.resolved()), context.declaredPaths());
  }

  private static Scenario read(Section top, String defaultName) {
    String name = top.name("name", defaultName);
    double horizon = top.duration("horizon", 8 * 3600, 1, MAX_DURATION_SEC);
    double warmup = top.duration("warmup", 0, 0, MAX_DURATION_SEC);
    if (warmup >= horizon) {
      throw top.errorAt("warmup", "must be shorter than horizon ("
          + Quantities.formatDuration(horizon) + "), got " + Quantities.formatDuration(warmup));
    }
    int replications = top.integer("replications", 10, 1, 10_000);
    long seed = top.seed("seed", 20261126L);

    Section du = top.section("driveUnits");
    Scenario.DriveUnits driveUnits = new Scenario.DriveUnits(
        du.integer("count", 40, 0, 1_000_000),
        du.durationDist("travelToStation", new DistSpec.Exponential(45), MAX_TASK_SEC),
        du.durationDist("travelToStorage", new DistSpec.Exponential(45), MAX_TASK_SEC));

    Section ps = top.section("pickStations");
    Scenario.PickStations pickStations = new Scenario.PickStations(
        ps.integer("count", 8, 1, 10_000),
        ps.integer("pickersPerStation", 1, 1, 100),
        ps.choice("policy", "shortestQueue", StationPolicies.names()),
        ps.countDist("unitsPerVisit", new DistSpec.Constant(1), 10_000),
        ps.durationDist("pickTime", new DistSpec.Lognormal(12, 0.35), MAX_TASK_SEC));

    Section desk = top.section("problemSolve");
    Scenario.ProblemSolve problemSolve = new Scenario.ProblemSolve(
        desk.ratePerSec("arrivalRate", 0, 0, 1_000_000 / 3600.0),
        desk.integer("solvers", 2, 1, 10_000),
        desk.durationDist("handleTime", new DistSpec.Exponential(240), MAX_TASK_SEC));

    return new Scenario(name, horizon, warmup, replications, seed, driveUnits, pickStations, problemSolve);
  }

  private static YamlNode.Mapping withOverrides(YamlNode.Mapping mapping, Map<String, Long> overrides) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(mapping.entries());
    overrides.forEach((key, value) -> {
      YamlNode.Entry old = entries.get(key);
      YamlNode.Location at = old == null ? mapping.at() : old.keyAt();
      entries.put(key, new YamlNode.Entry(at,
          new YamlNode.Scalar(Long.toString(value), YamlNode.Scalar.Kind.INTEGER, at)));
    });
    return new YamlNode.Mapping(entries, mapping.at());
  }

  private static String defaultName(String file) {
    String base = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String safe = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
    return safe.isEmpty() ? "scenario" : safe.substring(0, Math.min(80, safe.length()));
  }

  private static String toYaml(Map<String, Object> resolved) {
    try {
      return YAML.writeValueAsString(resolved);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a resolved scenario", e);
    }
  }
}
