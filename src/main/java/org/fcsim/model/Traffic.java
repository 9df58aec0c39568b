package org.fcsim.model;

import java.util.Map;
import org.fcsim.floor.CellTraffic;
import org.fcsim.floor.Kinematics;
import org.fcsim.floor.Layout;
import org.fcsim.floor.MapLayout;
import org.fcsim.floor.MapRoads;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.Metric;
import umontreal.ssj.simevents.Simulator;

/** {@code floor.traffic} for either floor: the roads drive units block each other on, and what they report. */
final class Traffic {
  static final Metric CONGESTION_HOURS = new Metric("congestionHours", "h");
  static final Metric BLOCKED_SEC = new Metric("blockedSecPerDriveUnit", "s");
  static final Metric DEADLOCKS = new Metric("deadlocksResolvedPerHour", "1/h");


  private Traffic() {}

  /**
   * The roads of the scenario's map, or null when traffic is off (units pass through each other).
   *
   * @param starts each unit's start cell, where it stands parked
   */
  static MapRoads roads(Scenario scenario, Simulator simulator, Layout layout, int[][] stationCells, int[][] chargerCells,
      int[][] starts) {
    if (!scenario.floor().traffic()) {
      return null;
    }
    Scenario.DriveUnits du = scenario.driveUnits();
    return new MapRoads(simulator, scenario.floor().map(), ((MapLayout) layout).paths(),
        du.speedMetersPerSec() / du.accelerationMetersPerSec2(), resolveSec(scenario), stationCells, chargerCells, starts);
  }

  /**
   * Time a deadlock holds its units: the controller backs one unit of the cycle a cell out of
   * the way, the others each pass a cell, and the first comes back, three one-cell moves from
   * standstill with the scenario's kinematics (6 s with the defaults: 1 m cells, 1.5 m/s, 1 m/s²).
   * The manoeuvre is not drawn cell by cell; its time is what the cycle's units lose.
   */
  static double resolveSec(Scenario scenario) {
    return 3 * Kinematics.of(scenario.driveUnits()).legSec(scenario.floor().cellMeters());
  }

  /** Congestion hours, blocked seconds per unit and deadlocks resolved per hour; nothing when {@code roads} is null. */
  static void addMetrics(MapRoads roads, int units, double hours, Map<Metric, Double> m) {
    if (roads == null) {
      return;
    }
    CellTraffic t = roads.traffic();
    m.put(CONGESTION_HOURS, t.congestionHours());
    m.put(BLOCKED_SEC, t.congestionHours() * 3600 / Math.max(1, units));
    m.put(DEADLOCKS, t.deadlocksResolved() / hours);
  }
}
