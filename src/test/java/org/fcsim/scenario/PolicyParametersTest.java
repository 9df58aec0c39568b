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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy keys in their plain and map forms, their located errors, level overrides by dotted path and the resolved form. */
class PolicyParametersTest {
  @TempDir
  Path dir;

  private static LoadedScenario parse(String yaml) {
    return ScenarioLoader.parse("f.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private ScenarioLevels levels(String yaml) throws Exception {
    Path file = dir.resolve("f.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ScenarioLoader.loadLevels(file, Map.of());
  }

  private static Choice podPolicy(ScenarioLevels levels, String level) {
    return levels.levels().stream().filter(l -> l.name().equals(level)).findFirst().orElseThrow()
        .scenario().scenario().pickStations().podPolicy();
  }

  @Test
  void theMapFormSetsParametersAndThePlainFormTakesTheDefaults() {
    assertEquals(new Choice("nearFront", Map.of("window", 20.0)),
        parse("pickStations: { podPolicy: { name: nearFront, window: 20 } }").scenario().pickStations().podPolicy());
    assertEquals(new Choice("nearFront", Map.of("window", 10.0)),
        parse("pickStations: { podPolicy: nearFront }").scenario().pickStations().podPolicy());
    assertEquals(Choice.of("mostUnits"), parse("pickStations: { podPolicy: { name: mostUnits } }").scenario().pickStations().podPolicy());
  }

  @Test
  void theResolvedScenarioShowsEveryParameterAndLoadsBackAsIs() {
    LoadedScenario loaded = parse("pickStations: { podPolicy: nearFront }");
    assertTrue(loaded.resolvedYaml().contains("  podPolicy:\n    name: nearFront\n    window: 10\n"), loaded.resolvedYaml());
    assertTrue(loaded.resolvedYaml().contains("  policy: shortestQueue\n"), "no parameters: the plain name, as before");
    LoadedScenario again = parse(loaded.resolvedYaml());
    assertEquals(loaded.scenario(), again.scenario());
    assertEquals(loaded.resolvedYaml(), again.resolvedYaml());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown parameter  | pickStations:\\n  podPolicy: { name: nearFront, widow: 20 } | f.yaml:2:33: pickStations.podPolicy.widow: unknown parameter of pod policy nearFront (did you mean "window"?); it takes: window
      out of range       | pickStations:\\n  podPolicy: { name: nearFront, window: 0 }  | f.yaml:2:41: pickStations.podPolicy.window: must be a whole number between 1 and 100000, got 0
      not whole          | pickStations:\\n  podPolicy: { name: nearFront, window: 2.5 } | pickStations.podPolicy.window: must be a whole number between 1 and 100000, got 2.5
      takes none         | pickStations:\\n  podPolicy: { name: mostUnits, window: 3 } | pickStations.podPolicy.window: unknown parameter of pod policy mostUnits; it takes none
      no name            | pickStations:\\n  podPolicy: { window: 3 }                  | f.yaml:2:14: pickStations.podPolicy: a pod policy written as a mapping needs name: one of oldestLine, mostUnits, nearFront
      unknown name       | pickStations:\\n  podPolicy: { name: nearBack }             | f.yaml:2:22: pickStations.podPolicy.name: unknown name "nearBack"; known: oldestLine, mostUnits, nearFront
      other kinds        | associates:\\n  assignmentPolicy: { name: longestIdle, x: 1 } | associates.assignmentPolicy.x: unknown parameter of assignment policy longestIdle; it takes none
      """)
  void badParametersGetOneLocatedLine(String what, String yaml, String expected) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> parse(yaml.replace("\\n", "\n")));
    assertTrue(e.getMessage().contains(expected), what + ": got «" + e.getMessage() + "»");
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void levelsAddressAParameterByDottedPathAndCanStillSwitchByPlainName() throws Exception {
    ScenarioLevels levels = levels("""
        pickStations: { podPolicy: nearFront }
        levels:
          base: {}
          wider: { pickStations.podPolicy.window: 30 }
          piled: { pickStations.podPolicy: mostUnits }
          mapped: { pickStations.podPolicy: { name: nearFront, window: 4 } }
        """);
    assertEquals(new Choice("nearFront", Map.of("window", 10.0)), podPolicy(levels, "base"));
    assertEquals(new Choice("nearFront", Map.of("window", 30.0)), podPolicy(levels, "wider"), "the plain name kept");
    assertEquals(Choice.of("mostUnits"), podPolicy(levels, "piled"));
    assertEquals(new Choice("nearFront", Map.of("window", 4.0)), podPolicy(levels, "mapped"));

    ScenarioLevels fromMap = levels("""
        pickStations: { podPolicy: { name: nearFront, window: 20 } }
        levels:
          wider: { pickStations.podPolicy.window: 30 }
          piled: { pickStations.podPolicy: { name: mostUnits } }
        """);
    assertEquals(new Choice("nearFront", Map.of("window", 30.0)), podPolicy(fromMap, "wider"));
    assertEquals(Choice.of("mostUnits"), podPolicy(fromMap, "piled"), "a mapping with name replaces, never inherits window");
  }

  @Test
  void aSweepSetsAParameter() throws Exception {
    ScenarioLevels levels = levels("""
        pickStations: { podPolicy: nearFront }
        sweep: { key: pickStations.podPolicy.window, values: [1, 50] }
        """);
    assertEquals(List.of("pickStations.podPolicy.window=1", "pickStations.podPolicy.window=50"), levels.names());
    assertEquals(new Choice("nearFront", Map.of("window", 50.0)), podPolicy(levels, "pickStations.podPolicy.window=50"));
  }
}
