package org.fcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.dist.DistSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelsTest {
  @TempDir
  Path dir;

  private Path write(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private ScenarioLevels load(String yaml) throws Exception {
    return ScenarioLoader.loadLevels(write("f.yaml", yaml), Map.of());
  }

  private String failure(String yaml) throws Exception {
    Path file = write("f.yaml", yaml);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadLevels(file, Map.of()));
    String message = e.getMessage();
    assertTrue(message.startsWith(file + ":"), message);
    return "f.yaml" + message.substring(file.toString().length());
  }

  private void assertFails(String prefix, String yaml) throws Exception {
    String message = failure(yaml);
    assertTrue(message.startsWith(prefix), message);
  }

  private static Scenario scenario(ScenarioLevels levels, String name) {
    return levels.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().scenario().scenario();
  }

  private static final String BASE = """
      name: ladder
      horizon: 1h
      replications: 2
      driveUnits:
        count: 40
        travelToStation: { dist: exponential, mean: 45s }
      pickStations:
        count: 8
        pickTime: { dist: lognormal, mean: 12s, cv: 0.35 }
      """;

  @Test
  void dottedAndNestedOverridesMergeKeyByKeyAndCreateMissingMappings() throws Exception {
    ScenarioLevels levels = load(BASE + """
        levels:
          manual:   { driveUnits.count: 5, pickStations: { pickersPerStation: 2 } }
          desk:     { problemSolve.solvers: 3 }
          baseline: {}
          empty:
        """);
    assertEquals(List.of("manual", "desk", "baseline", "empty"), levels.names());

    Scenario manual = scenario(levels, "manual");
    assertEquals(5, manual.driveUnits().count());
    assertEquals(new DistSpec.Exponential(45), manual.driveUnits().travelToStationSec(), "sibling kept");
    assertEquals(8, manual.pickStations().count(), "nested mapping merged, not replaced");
    assertEquals(2, manual.pickStations().pickersPerStation());

    Scenario desk = scenario(levels, "desk");
    assertEquals(3, desk.problemSolve().solvers(), "problemSolve was absent from the base");
    assertEquals(40, desk.driveUnits().count());
    assertEquals(levels.base().resolvedYaml(), levels.levels().get(2).scenario().resolvedYaml());
    assertEquals(levels.base().resolvedYaml(), levels.levels().get(3).scenario().resolvedYaml());
    assertEquals("ladder", manual.name());
  }

  @Test
  void mergedTreesAreBuiltAsDescribed() {
    YamlNode.Mapping root = (YamlNode.Mapping) YamlTree.parse("t.yaml", """
        a: { b: 1, c: { d: 2 } }
        levels:
          one: { a.c.e: 3, x.y.z: 4, a: { b: 5 } }
          two: { a: 7, a2.b: [1, 2] }
        """.getBytes(StandardCharsets.UTF_8));
    Levels levels = Levels.read("t.yaml", root);
    assertEquals(Map.of("a", Map.of("b", num("1"), "c", Map.of("d", num("2")))), Levels.plain(levels.base()));
    assertEquals(Map.of(
        "a", Map.of("b", num("5"), "c", Map.of("d", num("2"), "e", num("3"))),
        "x", Map.of("y", Map.of("z", num("4")))), Levels.plain(levels.levels().get(0).root()));
    assertEquals(Map.of("a", num("7"), "a2", Map.of("b", List.of(num("1"), num("2")))),
        Levels.plain(levels.levels().get(1).root()));
    // the created mapping and its entries stand where the override's key stands
    YamlNode.Mapping x = (YamlNode.Mapping) levels.levels().get(0).root().entries().get("x").value();
    assertEquals(new YamlNode.Location(3, 20), x.entries().get("y").keyAt());
  }

  private static Levels.NumberText num(String text) {
    return new Levels.NumberText(text);
  }

  @Test
  void aDistributionOverrideReplacesTheWholeDistribution() throws Exception {
    ScenarioLevels levels = load(BASE + """
        levels:
          constant: { pickStations.pickTime: { dist: constant, value: 10s } }
          slower:   { pickStations.pickTime: { mean: 15s } }
        """);
    assertEquals(new DistSpec.Constant(10), scenario(levels, "constant").pickStations().pickTimeSec());
    assertEquals(new DistSpec.Lognormal(15, 0.35), scenario(levels, "slower").pickStations().pickTimeSec());
  }

  @Test
  void anUnknownKeyInALevelFailsAtTheOverrideNamingTheLevel() throws Exception {
    String message = failure("""
        name: f
        horizon: 1h
        levels:
          manual:            { driveUnits.cuont: 0 }
        """);
    assertTrue(message.startsWith(
        "f.yaml:4:24: levels.manual: driveUnits.cuont: unknown key (did you mean \"count\"?); allowed here: count"),
        message);
    assertEquals(1, message.lines().count());
  }

  @Test
  void aBadValueInALevelFailsAtTheValueNamingTheLevel() throws Exception {
    assertEquals("f.yaml:5:26: levels.big: driveUnits.count: must be a whole number between 0 and 1000000, got -1",
        failure("""
            horizon: 1h
            levels:
              small: { driveUnits.count: 5 }
              big:
                driveUnits: { count: -1 }
            """));
    assertFails("f.yaml:3:19: levels.long: warmup: must be shorter than horizon (1h)", """
        horizon: 1h
        levels:
          long: { warmup: 2h }
        """);
    assertFails("f.yaml:2:11: levels.typo: driveUnit: unknown key (did you mean \"driveUnits\"?)", """
        levels:
          typo: { driveUnit.count: 5 }
        """);
  }

  @Test
  void aMistakeInTheBaseReadsAsWithoutLevels() throws Exception {
    assertFails("f.yaml:2:22: driveUnits.count: must be a whole number", """
        horizon: 1h
        driveUnits: { count: -3 }
        levels:
          a: {}
        """);
  }

  @Test
  void levelsAreCheckedThemselves() throws Exception {
    assertFails("f.yaml:1:16: levels.a: seed: levels cannot change the scenario's seed; they share it",
        "levels: { a: { seed: 3 } }\n");
    assertFails("f.yaml:1:16: levels.a: name: levels cannot change", "levels: { a: { name: x } }\n");
    assertFails("f.yaml:1:37: levels.a: driveUnits.count: set twice in this level",
        "levels: { a: { driveUnits.count: 5, driveUnits: { count: 6 } } }\n");
    assertFails("f.yaml:1:16: levels.a: driveUnits..count: a key path is keys joined by '.'",
        "levels: { a: { driveUnits..count: 5 } }\n");
    assertFails("f.yaml:1:14: levels.a: must be a mapping of overrides", "levels: { a: 5 }\n");
    assertFails("f.yaml:1:11: levels.a b: a level name must be", "levels: { 'a b': {} }\n");
    assertFails("f.yaml:1:9: levels: must be a mapping of level names", "levels: {}\n");
    StringBuilder many = new StringBuilder("levels:\n");
    for (int i = 0; i <= Levels.MAX_LEVELS; i++) {
      many.append("  l").append(i).append(": {}\n");
    }
    assertFails("f.yaml:2:3: levels: 101 levels; at most 100", many.toString());
  }

  @Test
  void aSweepExpandsEveryLevelIntoOneLevelPerValueNamedAsWritten() throws Exception {
    ScenarioLevels levels = load(BASE + """
        levels:
          manual: { driveUnits.count: 5 }
          full:   { driveUnits.count: 20 }
        sweep:
          key: pickStations.pickTime.cv
          values: [0.2, 0.50]
        """);
    assertEquals(List.of("manual/pickStations.pickTime.cv=0.2", "manual/pickStations.pickTime.cv=0.50",
        "full/pickStations.pickTime.cv=0.2", "full/pickStations.pickTime.cv=0.50"), levels.names());
    Scenario s = scenario(levels, "full/pickStations.pickTime.cv=0.50");
    assertEquals(20, s.driveUnits().count());
    assertEquals(new DistSpec.Lognormal(12, 0.5), s.pickStations().pickTimeSec());
    assertEquals(5, scenario(levels, "manual/pickStations.pickTime.cv=0.2").driveUnits().count());

    ScenarioLevels rates = load(BASE + "sweep: { key: problemSolve.arrivalRate, values: [30/h, 1/min] }\n");
    assertEquals(List.of("problemSolve.arrivalRate=30/h", "problemSolve.arrivalRate=1/min"), rates.names());
    assertEquals(1 / 60.0, scenario(rates, "problemSolve.arrivalRate=1/min").problemSolve().arrivalsPerSec(), 1e-12);
  }

  @Test
  void aBadSweepFailsAtItsKeyOrValue() throws Exception {
    assertFails("f.yaml:1:45: levels.driveUnits.count=2.5: driveUnits.count: must be a whole number",
        "sweep: { key: driveUnits.count, values: [5, 2.5] }\n");
    assertFails("f.yaml:2:15: levels.a/driveUnits.cuont=5: driveUnits.cuont: unknown key (did you mean \"count\"?)",
        "levels: { a: {} }\nsweep: { key: driveUnits.cuont, values: [5] }\n");
    assertFails("f.yaml:1:41: sweep.values: must be a non-empty list",
        "sweep: { key: driveUnits.count, values: [] }\n");
    assertFails("f.yaml:1:33: sweep.vals: unknown key (did you mean \"values\"?)",
        "sweep: { key: driveUnits.count, vals: [1] }\n");
    assertFails("f.yaml:1:45: sweep.values[1]: must be a number or a quantity",
        "sweep: { key: driveUnits.count, values: [1, {a: 2}] }\n");
    assertFails("f.yaml:1:45: sweep.values[1]: 1 appears twice",
        "sweep: { key: driveUnits.count, values: [1, 1] }\n");
    assertFails("f.yaml:1:15: sweep.key: seed: levels cannot", "sweep: { key: seed, values: [1] }\n");
    String values = String.join(", ", java.util.stream.IntStream.range(0, 51).mapToObj(Integer::toString).toList());
    assertFails("f.yaml:2:8: sweep: 102 levels after the sweep (2 levels x 51 values); at most 100",
        "levels: { a: {}, b: {} }\nsweep: { key: driveUnits.count, values: [" + values + "] }\n");
  }

  @Test
  void withoutLevelsThereIsOneLevelNamedBaseAsPlainLoadGivesIt() throws Exception {
    Path file = write("plain.yaml", BASE);
    ScenarioLevels levels = ScenarioLoader.loadLevels(file, Map.of("replications", 3L));
    LoadedScenario plain = ScenarioLoader.load(file, Map.of("replications", 3L));
    assertEquals(List.of("base"), levels.names());
    assertEquals(plain.resolvedYaml(), levels.resolvedYaml());
    assertEquals(plain.resolvedYaml(), levels.levels().get(0).scenario().resolvedYaml());
    assertEquals(3, levels.levels().get(0).scenario().scenario().replications());
  }

  @Test
  void theResolvedYamlLoadsAgainToTheSameLevels() throws Exception {
    ScenarioLevels levels = ScenarioLoader.loadLevels(write("f.yaml", BASE + """
        levels:
          manual: { driveUnits.count: 5, pickStations: { pickTime: { dist: gamma, mean: 9s, cv: 0.3 } } }
          "quoted": { problemSolve.arrivalRate: 12/h }
          none:
        sweep: { key: pickStations.pickTime.cv, values: [0.2, 0.50] }
        """), Map.of("seed", 7L));
    assertTrue(levels.resolvedYaml().startsWith(levels.base().resolvedYaml()));
    assertTrue(levels.resolvedYaml().contains("seed: 7"));
    assertTrue(levels.resolvedYaml().contains("\n  none: {}\n"), levels.resolvedYaml());
    assertTrue(levels.resolvedYaml().endsWith("\n  - 0.2\n  - 0.50\n"), levels.resolvedYaml());
    ScenarioLevels again = ScenarioLoader.loadLevels(write("again.yaml", levels.resolvedYaml()), Map.of());
    assertEquals(levels.names(), again.names());
    for (int i = 0; i < levels.levels().size(); i++) {
      assertEquals(levels.levels().get(i).scenario().resolvedYaml(), again.levels().get(i).scenario().resolvedYaml());
    }
    assertEquals(levels.resolvedYaml(), again.resolvedYaml());
  }

  @Test
  void selectKeepsFileOrderAndANameSelectsItsSweepPoints() throws Exception {
    ScenarioLevels levels = load("levels: { a: {}, b: {}, c: {} }\nsweep: { key: driveUnits.count, values: [1, 2] }\n");
    assertEquals(List.of("a/driveUnits.count=1", "a/driveUnits.count=2", "c/driveUnits.count=2"),
        levels.select(List.of("c/driveUnits.count=2", "a")).names());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> levels.select(List.of("d")));
    assertTrue(e.getMessage().startsWith("unknown level \"d\"; known: a/driveUnits.count=1, "), e.getMessage());
  }

  @Test
  void aBaselineNamesALevelOrStandsForItsFirstSweepPoint() throws Exception {
    ScenarioLevels levels = load("levels: { a: {}, b: {} }\nsweep: { key: driveUnits.count, values: [1, 2] }\n");
    assertEquals("b/driveUnits.count=1", levels.levelNamed("b"));
    assertEquals("b/driveUnits.count=2", levels.levelNamed("b/driveUnits.count=2"));
    assertEquals(null, levels.levelNamed("b/driveUnits"));
    assertEquals("b/driveUnits.count=1", load("transitions: { baseline: b }\nlevels: { a: {}, b: {} }\n"
        + "sweep: { key: driveUnits.count, values: [1, 2] }\n").levelNamed("b"));
  }

  @Test
  void aBaselineInTheFileThatNamesNoLevelFailsAtItsValueListingTheLevels() throws Exception {
    assertFails("f.yaml:1:26: transitions.baseline: unknown level \"manul\" (did you mean \"manual\"?); known: manual, robots",
        "transitions: { baseline: manul }\nlevels: { manual: {}, robots: {} }\n");
    assertFails("f.yaml:1:26: transitions.baseline: unknown level \"manual\"; known: base",
        "transitions: { baseline: manual }\n");
    assertEquals(List.of("manual", "robots"), load("transitions: { baseline: robots }\nlevels: { manual: {}, robots: {} }\n").names());
  }
}
