package org.fcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fcsim.dist.DistSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
  static Stream<Path> shippedScenarios() throws Exception {
    return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void everyShippedScenarioLoadsAndItsResolvedFormReloadsToTheSameValues(Path file, @org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    ScenarioLevels loaded = ScenarioLoader.loadLevels(file, Map.of());
    Path resolved = dir.resolve("resolved.yaml");
    Files.writeString(resolved, loaded.resolvedYaml());
    ScenarioLevels again = ScenarioLoader.loadLevels(resolved, Map.of());
    assertEquals(loaded.names(), again.names());
    for (int i = 0; i < loaded.levels().size(); i++) {
      assertEquals(loaded.levels().get(i).scenario().scenario(), again.levels().get(i).scenario().scenario());
    }
    assertEquals(loaded.resolvedYaml(), again.resolvedYaml());
  }

  @Test
  void theReferenceScenarioListsEveryKeyTheLoaderKnows() throws Exception {
    LoadedScenario reference = ScenarioLoader.load(Path.of("scenarios/reference.yaml"));
    Set<String> inFile = new TreeSet<>();
    collectPaths("", YamlTree.parse("reference.yaml", Files.readAllBytes(Path.of("scenarios/reference.yaml"))), inFile);
    Set<String> missing = new TreeSet<>(reference.declaredKeys());
    missing.removeAll(inFile);
    assertTrue(missing.isEmpty(), "keys missing from scenarios/reference.yaml: " + missing);
  }

  @Test
  void defaultsFillEveryKeyOfAnEmptyMapping() {
    Scenario s = parse("{}").scenario();
    assertEquals(8 * 3600, s.horizonSec());
    assertEquals(10, s.replications());
    assertEquals("shortestQueue", s.pickStations().policy().name());
    assertEquals(new DistSpec.Exponential(45), s.driveUnits().travelToStationSec());
    assertEquals(0, s.problemSolve().arrivalsPerSec());
  }

  @Test
  void readsUnitsAndEveryDistributionKind() {
    Scenario s = parse("""
        horizon: 2.5h
        warmup: 90s
        driveUnits:
          travelToStation: { dist: triangular, min: 10s, mode: 20s, max: 1min }
          travelToStorage: 45s
        pickStations:
          unitsPerVisit: { dist: empirical, values: [3, 1, 2] }
          pickTime: { dist: erlang, mean: 12s, k: 3 }
        problemSolve:
          arrivalRate: 30/h
          handleTime: { dist: gamma, mean: 5min, cv: 0.5 }
        """).scenario();
    assertEquals(9000, s.horizonSec());
    assertEquals(90, s.warmupSec());
    assertEquals(new DistSpec.Triangular(10, 20, 60), s.driveUnits().travelToStationSec());
    assertEquals(new DistSpec.Constant(45), s.driveUnits().travelToStorageSec());
    assertEquals(new DistSpec.Empirical(new double[] {1, 2, 3}), s.pickStations().unitsPerVisit());
    assertEquals(new DistSpec.Erlang(12, 3), s.pickStations().pickTimeSec());
    assertEquals(30 / 3600.0, s.problemSolve().arrivalsPerSec(), 1e-15);
    assertEquals(new DistSpec.Gamma(300, 0.5), s.problemSolve().handleTimeSec());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown top-level key       | horizn: 8h                                      | f.yaml:1:1: horizn: unknown key (did you mean "horizon"?)
      unknown nested key          | pickStations:\\n  cuont: 3                      | f.yaml:2:3: pickStations.cuont: unknown key (did you mean "count"?)
      duration without unit       | horizon: 8                                      | f.yaml:1:10: horizon: must be a duration with a unit
      unknown duration unit       | horizon: 8 hours                                | f.yaml:1:10: horizon: must be a duration with a unit
      negative duration           | warmup: -5s                                     | f.yaml:1:9: warmup: must be a duration
      warm-up past horizon        | horizon: 1h\\nwarmup: 2h                        | f.yaml:2:9: warmup: must be shorter than horizon (1h), got 2h
      count as text               | driveUnits:\\n  count: many                    | f.yaml:2:10: driveUnits.count: must be a whole number between 0 and 1000000, got "many"
      count quoted                | driveUnits:\\n  count: "3"                     | f.yaml:2:10: driveUnits.count: must be a whole number between 0 and 1000000, got "3"
      count decimal               | driveUnits:\\n  count: 2.5                     | f.yaml:2:10: driveUnits.count: must be a whole number between 0 and 1000000, got 2.5
      huge count                  | driveUnits:\\n  count: 99999999999999999999    | driveUnits.count: must be a whole number between 0 and 1000000
      zero stations               | pickStations:\\n  count: 0                     | f.yaml:2:10: pickStations.count: must be a whole number between 1 and 10000, got 0
      pickers as a word           | pickStations:\\n  pickersPerStation: lots         | f.yaml:2:22: pickStations.pickersPerStation: must be a whole number between 0 and 100, or unlimited, got "lots"
      traffic without a map       | floor:\\n  traffic: true                    | f.yaml:2:12: floor.traffic: needs a floor read from a map (floor.map)
      zero replications           | replications: 0                                 | f.yaml:1:15: replications: must be a whole number between 1 and 10000, got 0
      unknown policy              | pickStations:\\n  policy: shortestQeue         | f.yaml:2:11: pickStations.policy: unknown name "shortestQeue" (did you mean "shortestQueue"?); known: uniformRandom, shortestQueue
      unknown distribution        | pickStations:\\n  pickTime: { dist: expo, mean: 3s } | pickStations.pickTime.dist: unknown name "expo"; known: constant, exponential
      missing distribution param  | pickStations:\\n  pickTime: { dist: uniform, min: 3s } | f.yaml:2:13: pickStations.pickTime: the uniform distribution needs "max"
      misspelt distribution param | pickStations:\\n  pickTime: { dist: exponential, mena: 3s } | pickStations.pickTime: the exponential distribution needs "mean"
      uniform max below min       | pickStations:\\n  pickTime: { dist: uniform, min: 3s, max: 1s } | pickStations.pickTime.max: must be between 3s and 24h, got 1s
      missing dist key            | pickStations:\\n  pickTime: { mean: 3s }       | pickStations.pickTime: a distribution needs "dist"
      rate without per            | problemSolve:\\n  arrivalRate: 30              | f.yaml:2:16: problemSolve.arrivalRate: must be a rate, e.g. 300/h
      section as scalar           | driveUnits: 40                                  | f.yaml:1:13: driveUnits: must be a mapping of keys, got 40
      name with slash             | name: ../etc                                    | f.yaml:1:7: name: must be 1 to 80 letters
      duplicate key               | horizon: 1h\\nhorizon: 2h                       | f.yaml:2:1: horizon: this key appears twice
      boolean where name expected | pickStations:\\n  policy: no                   | pickStations.policy: must be a name (text), got no
      top level list              | - a\\n- b                                        | f.yaml:1:1: a scenario file must be a mapping of keys
      truncated flow mapping      | driveUnits: { count: 3                          | f.yaml:1:23: not valid YAML: while parsing a flow mapping; expected ',' or '}'
      empty file                  | ''                                              | f.yaml:1:1: the file is empty
      empirical empty list        | pickStations:\\n  pickTime: { dist: empirical, values: [] } | pickStations.pickTime.values: must be a non-empty list
      negative seed               | seed: -1                                        | f.yaml:1:7: seed: must be a whole number between 0 and
      count list of wrong length  | associates:\\n  shifts: [ { end: 8h } ]\\n  picker: { count: [3, 2] } | f.yaml:3:20: associates.picker.count: lists 2 counts, but there is 1 shift: give one count for every shift
      count list item not whole   | associates:\\n  picker: { count: [3, many] } | f.yaml:2:24: associates.picker.count[1]: must be a whole number between 0 and 1000000
      staggered past shift end    | associates:\\n  shifts: [ { end: 8h, breaks: [ { at: 7h, duration: 30min } ], staggerBreaks: { groups: 3 } } ] | associates.shifts[0].staggerBreaks.groups: puts the last group's break 0 (7h + 2 x 30min, for 30min) past the shift's end at 8h
      probability-like cv too big | pickStations:\\n  pickTime: { dist: lognormal, mean: 3s, cv: 50 } | pickStations.pickTime.cv: must be between 0 and 10, got 50
      """)
  void badInputGetsOneLineNamingFileLineColumnAndKey(String what, String yaml, String expected) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> parse(yaml.replace("\\n", "\n")));
    assertTrue(e.getMessage().contains(expected), what + ": got «" + e.getMessage() + "»");
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void invalidUtf8IsReportedWithItsPlace() {
    byte[] bytes = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("f.yaml", bytes));
    assertTrue(e.getMessage().startsWith("f.yaml:"), e.getMessage());
    assertTrue(e.getMessage().endsWith("not valid UTF-8 text; save the file as UTF-8"), e.getMessage());
  }

  @Test
  void aMissingFileIsOneLine() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("no/such.yaml")));
    assertEquals("no/such.yaml: no such file", e.getMessage());
  }

  @Test
  void commandLineOverridesReplaceTopLevelKeysAndShowInTheResolvedScenario(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "replications: 10\n");
    LoadedScenario loaded = ScenarioLoader.load(file, Map.of("replications", 3L, "seed", 7L));
    assertEquals(3, loaded.scenario().replications());
    assertEquals(7, loaded.scenario().seed());
    assertTrue(loaded.resolvedYaml().contains("replications: 3"), loaded.resolvedYaml());
    assertEquals("s", loaded.scenario().name());
  }

  @Test
  void withoutACostsSectionNoCostIsGivenAndNoneIsWrittenIntoTheResolvedScenario() {
    LoadedScenario none = parse("{}");
    assertFalse(none.scenario().costs().given());
    assertFalse(none.resolvedYaml().contains("costs:"), none.resolvedYaml());
    LoadedScenario some = parse("costs: { wages: { packer: 30 }, interestRate: 0.1, driveUnit: { price: 1000, serviceLife: 2 } }");
    Scenario.Costs c = some.scenario().costs();
    assertTrue(c.given());
    assertEquals(30, c.wagePerPaidHour().get(org.fcsim.task.Role.PACKER));
    assertEquals(25, c.wagePerPaidHour().get(org.fcsim.task.Role.PICKER));
    assertEquals(360 * 16, c.operatingHoursPerYear(), 1e-9);
    // capital recovery factor at 10% over 2 years: 0.1 / (1 - 1.1^-2) = 0.57619...
    assertEquals(1000 * 0.1 / (1 - Math.pow(1.1, -2)), c.capitalPerYear("driveUnit"), 1e-9);
    assertTrue(some.resolvedYaml().contains("costs:"));
  }

  @Test
  void pathwaysExpandListsOfRolesAndALaterEntryReplacesAnEarlierOne() {
    Scenario.Transitions t = parse("""
        transitions:
          trainingCapacity: 4
          pathways:
            - { from: [picker, packer], to: [roboticsTech, picker], classroomWeeks: 12, onTheJobHours: 2000, cost: 9 }
            - { from: packer, to: roboticsTech, classroomWeeks: 3 }
        """).scenario().transitions();
    assertEquals(4, t.trainingCapacity());
    assertEquals(List.of("picker>roboticsTech:12.0", "packer>picker:12.0", "packer>roboticsTech:3.0"),
        t.pathways().stream().map(p -> p.from().key() + ">" + p.to().key() + ":" + p.classroomWeeks()).toList());
    Scenario.Transitions defaults = parse("{}").scenario().transitions();
    assertTrue(defaults.pathways().stream().anyMatch(p -> p.from().key().equals("picker") && p.to().key().equals("roboticsTech")
        && p.classroomWeeks() == 12 && p.onTheJobHours() == 2000), "the sourced apprenticeship is a default pathway");
    ScenarioException e = assertThrows(ScenarioException.class, () -> parse("transitions: { pathways: [ { to: picker } ] }"));
    assertTrue(e.getMessage().contains("transitions.pathways[0]") && e.getMessage().contains("from:"), e.getMessage());
  }

  private static LoadedScenario parse(String yaml) {
    return ScenarioLoader.parse("f.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static void collectPaths(String prefix, YamlNode node, Set<String> out) {
    if (node instanceof YamlNode.Mapping m) {
      for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
        String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        out.add(path);
        collectPaths(path, e.getValue().value(), out);
      }
    } else if (node instanceof YamlNode.Sequence seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        collectPaths(prefix + "[" + i + "]", seq.items().get(i), out);
      }
    }
  }

}
