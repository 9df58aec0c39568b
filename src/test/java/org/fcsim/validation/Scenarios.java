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

  /**
   * The order-driven floor reduced to a network of textbook queues: Poisson orders of one line
   * of one unit, a catalog so large and even (200,000 SKUs on 50,000 pods, skew 0) that a line
   * finds its pod already out for well under 0.2% of lines (more pods cost more time per
   * replication than they remove bias), drive units and station slots to spare (no trip ever
   * waits for either), every incident off, sorting instant, nobody on a break (no shifts: all
   * work the whole horizon), pickers one per station. A line's path is then: travel to a
   * station drawn uniformly at random (fetching the pod costs nothing with
   * {@code travel: distributions}), the station's FCFS queue, the pick, an instant sort, then
   * the packers' FCFS queue and the pack.
   */
  static Scenario orderFloor(double ordersPerHour, int stations, DistSpec travelToStation, DistSpec pick, int packers,
      DistSpec pack, double horizonSec, int replications) {
    return parse(orderFloorYaml(ordersPerHour, stations, travelToStation, pick, packers, pack, horizonSec, replications));
  }

  /**
   * As {@link #orderFloor}, with stations that pick every pod on arrival ({@code pickersPerStation:
   * unlimited}) and no pickers: each station an M/G/∞ node.
   */
  static Scenario orderFloorWithPureDelayStations(double ordersPerHour, int stations, DistSpec travelToStation,
      DistSpec pick, double horizonSec, int replications) {
    return parse(orderFloorYaml(ordersPerHour, stations, travelToStation, pick, 4, new DistSpec.Constant(0), horizonSec,
        replications).replace("pickersPerStation: 1", "pickersPerStation: unlimited")
        .replace("picker: { count: " + stations + " }", "picker: { count: 0 }")
        // one SKU a pod: a line finds its pod out on another trip 4x less often (a bias of ~0.03 s otherwise)
        .replace("pods: 50000", "pods: 200000, widthCells: 500, lengthCells: 400"));
  }

  private static String orderFloorYaml(double ordersPerHour, int stations, DistSpec travelToStation, DistSpec pick,
      int packers, DistSpec pack, double horizonSec, int replications) {
    return String.format("""
        horizon: %s
        warmup: 1h
        replications: %d
        seed: 1955
        demand:
          mode: poisson
          ordersPerHour: %s/h
          linesPerOrder: 1
          unitsPerLine: 1
          skus: 200000
          skuSkew: 0
          damagedPerUnit: 0
          missingPerLine: 0
          mispickPerHumanLine: 0
          qualityCheckShare: 0
        floor: { pods: 50000 }
        driveUnits: { count: 400, travel: distributions, travelToStation: %s, travelToStorage: 20s }
        pickStations: { count: %d, pickersPerStation: 1, policy: uniformRandom, pickTime: %s, armShare: 0, podsPerStation: 1000 }
        sortation: { robotShare: 0, jamPerUnit: 0 }
        associates:
          picker: { count: %d }
          sorter: { count: 4 }
          packer: { count: %d }
          problemSolver: { count: 0 }
          roboticsTech: { count: 0 }
          automationOperator: { count: 0 }
          qualityControl: { count: 0 }
          taskTimes: { sort: 0s, pack: %s }
        """, Quantities.formatDuration(horizonSec), replications, Quantities.plain(ordersPerHour), yaml(travelToStation),
        stations, yaml(pick), stations, packers, yaml(pack));
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
