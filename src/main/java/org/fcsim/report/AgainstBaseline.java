package org.fcsim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Values by level and name (people per shift by role, people's hours by kind of work) set
 * against one level, the baseline: what {@code transition.csv}, the report's "Roles gained and
 * lost" and the roles chart show. A name a level lacks counts as 0 there, so a role that appears
 * or vanishes has a change; a baseline that is not among the levels has nobody.
 *
 * @param byLevel  level → name → value; levels in their order, which every output keeps
 * @param baseline the level every level is compared with
 */
record AgainstBaseline(Map<String, Map<String, Double>> byLevel, String baseline) {
  AgainstBaseline {
    Objects.requireNonNull(byLevel, "byLevel");
    Objects.requireNonNull(baseline, "baseline");
  }

  List<String> levels() {
    return List.copyOf(byLevel.keySet());
  }

  /** Every name any level has, in the order first seen. */
  List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    byLevel.values().forEach(m -> names.addAll(m.keySet()));
    return new ArrayList<>(names);
  }

  double value(String level, String name) {
    return byLevel.getOrDefault(level, Map.of()).getOrDefault(name, 0.0);
  }

  double atBaseline(String name) {
    return value(baseline, name);
  }

  /** The level's value less the baseline's: above 0 gained, below 0 lost; 0 at the baseline itself. */
  double change(String level, String name) {
    return value(level, name) - atBaseline(name);
  }

  /** How many levels have a value above 0 (for crews: levels with people). */
  long levelsWithAny() {
    return byLevel.values().stream().filter(m -> m.values().stream().anyMatch(v -> v > 0)).count();
  }
}
