package org.fcsim.scenario;

import java.util.Set;

/**
 * A scenario as loaded: where it came from, its bytes (for the scenario hash), the
 * validated values, and the resolved YAML (every default written out) that reloads to the
 * same values.
 *
 * @param declaredKeys every key path the loader knows, in reading order
 */
public record LoadedScenario(
    String file, byte[] bytes, Scenario scenario, String resolvedYaml, Set<String> declaredKeys) {}
