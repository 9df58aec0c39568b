package org.fcsim.bench;

import java.nio.charset.StandardCharsets;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;

/**
 * Bench case (b): a full-size goods-to-person site running around the clock. At scale 1: 3,000
 * drive units on grid travel with batteries and faults, 60 pick stations (a quarter of them
 * robotic arms, the rest two pickers each), sorting arms, incidents on, and about 1,000
 * associates over three 8-hour shifts a day, each with three breaks, the same people every day.
 * Demand is a steady Poisson stream sized to ship about a million units a day.
 *
 * <p>Written as scenario text and read by {@link ScenarioLoader#parse}, so it goes through the
 * same loader, defaults and checks as a user's file ({@code ./fcsim bench --print-site} prints
 * it). {@code scale} multiplies the fleet, the stations, the people, the floor and the demand
 * together; {@code days} sets the horizon.
 */
final class SiteDay {
  private SiteDay() {}

  static Scenario scenario(double scale, double days) {
    return ScenarioLoader.parse("bench-site-day.yaml", yaml(scale, days).getBytes(StandardCharsets.UTF_8)).scenario();
  }

  /** Drive units at this scale. */
  static int driveUnits(double scale) {
    return count(3000, scale);
  }

  static String yaml(double scale, double days) {
    StringBuilder shifts = new StringBuilder();
    for (int start = 0; start < 24; start += 8) {
      shifts.append(String.format("""
              - start: %dh
                end: %dh
                breaks:
                  - { at: %dh, duration: 15min }
                  - { at: %dh, duration: 30min }
                  - { at: %dh, duration: 15min }
          """, start, start + 8, start + 2, start + 4, start + 6));
    }
    return String.format("""
        name: bench-site-day
        horizon: %s
        warmup: 0s
        replications: 1
        seed: 20261126

        demand:
          mode: poisson
          ordersPerHour: %d/h
          linesPerOrder: { dist: empirical, values: [1, 2, 2, 3, 3, 4] }
          unitsPerLine: { dist: empirical, values: [1, 1, 1, 2] }
          skus: %d
          skuSkew: 0.6

        floor: { widthCells: %d, lengthCells: %d, cellSize: 1m, pods: %d, zones: %d }

        driveUnits:
          count: %d
          travel: grid
          battery: { runtime: 8h, fullCharge: 1h, chargers: %d, threshold: 0.25 }
          faults: { mtbf: 100h, repairShare: 0.1 }

        pickStations:
          count: %d
          pickersPerStation: 2
          policy: shortestQueue
          podPolicy: oldestLine
          pickTime: { dist: lognormal, mean: 5s, cv: 0.35 }
          armShare: 0.15
          podsPerStation: 45

        arms:
          attemptTime: { dist: uniform, min: 5s, max: 7s }
          retries: 1
          fallback: problemSolve
          mtbf: 90min

        sortation: { robotShare: 0.75, sortArms: %d }

        associates:
          picker:             { count: %d }
          sorter:             { count: %d }
          packer:             { count: %d }
          problemSolver:      { count: %d, skills: [pack] }
          roboticsTech:       { count: %d }
          automationOperator: { count: %d }
          qualityControl:     { count: %d }
          shifts:
        %s  shiftsRepeatEvery: 24h
          taskTimes:
            pack: { dist: lognormal, mean: 30s, cv: 0.4 }
        """,
        days == Math.rint(days) ? (long) days + "d" : Math.round(days * 24) + "h",
        count(13_600, scale), count(200_000, scale),
        count(130, Math.sqrt(scale)), count(90, Math.sqrt(scale)), count(12_000, scale), 4,
        count(3000, scale), count(400, scale),
        count(60, scale), count(44, scale),
        count(106, scale), count(36, scale), count(150, scale), count(34, scale), count(5, scale), count(8, scale),
        count(6, scale),
        shifts);
  }

  private static int count(double atScaleOne, double scale) {
    return (int) Math.max(1, Math.round(atScaleOne * scale));
  }
}
