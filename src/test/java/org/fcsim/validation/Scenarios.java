package org.fcsim.validation;

import java.nio.charset.StandardCharsets;
import org.fcsim.dist.DistSpec;
import org.fcsim.scenario.Quantities;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;

/**
 * Scenarios for the validation tests, written as scenario text so they go through the same
 * loader and defaults a user's file does.
 */
final class Scenarios {
  private Scenarios() {}

  /** Drive units cycling through stations; the problem-solve desk is off. */
  static Scenario closedLoop(int driveUnits, int stations, DistSpec travelEachWay, DistSpec pick, String policy,
      double horizonSec, int replications) {
    return parse(String.format("""
        horizon: %s
        warmup: 1h
        replications: %d
        seed: 1980
        driveUnits: { count: %d, travelToStation: %s, travelToStorage: %s }
        pickStations: { count: %d, pickersPerStation: 1, policy: %s, unitsPerVisit: 1, pickTime: %s }
        """, Quantities.formatDuration(horizonSec), replications, driveUnits, yaml(travelEachWay), yaml(travelEachWay),
        stations, policy, yaml(pick)));
  }

  /** Only the problem-solve desk: Poisson arrivals, {@code solvers} servers. */
  static Scenario desk(double arrivalsPerHour, int solvers, DistSpec handle, double horizonSec, int replications) {
    return parse(String.format("""
        horizon: %s
        warmup: 50h
        replications: %d
        seed: 1917
        driveUnits: { count: 0 }
        problemSolve: { arrivalRate: %s/h, solvers: %d, handleTime: %s }
        """, Quantities.formatDuration(horizonSec), replications, Quantities.plain(arrivalsPerHour), solvers, yaml(handle)));
  }

  private static String yaml(DistSpec spec) {
    StringBuilder sb = new StringBuilder("{ ");
    spec.describe(Quantities::formatDuration).forEach((k, v) -> sb.append(k).append(": ").append(v).append(", "));
    return sb.substring(0, sb.length() - 2) + " }";
  }

  private static Scenario parse(String yaml) {
    return ScenarioLoader.parse("validation.yaml", yaml.getBytes(StandardCharsets.UTF_8)).scenario();
  }
}
